// One measurement in a fresh process (so that peak memory and JIT state belong to it alone), driven by run.mjs.
//   node --expose-gc bench/measure.mjs throughput <lib/index.js> <case name>
//   node --expose-gc bench/measure.mjs growth <lib/index.js> <function> <input> <MB,MB,…> <seconds limit>
// Prints one JSON object per line.
import { pathToFileURL } from 'node:url';
import { ADVERSARIAL, buildCorpus, MB, repeatTo } from './corpus.mjs';
import { textFunctions, throughputCases } from './layers.mjs';

const [mode, libPath, name, ...rest] = process.argv.slice(2);
const lib = await import(pathToFileURL(libPath).href);
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const peakRss = () => process.resourceUsage().maxRSS * 1024; // bytes

let sink = 0; // results feed this, so no call can be optimized away

if (mode === 'throughput') {
  const c = throughputCases(lib).find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  const corpus = buildCorpus();
  const pass = () => {
    const t = performance.now();
    for (const a of corpus.articles) sink += Number(c.run(a)) | 0;
    return (performance.now() - t) / 1000;
  };
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  pass(); // warm-up: compiles, and builds whatever the layer builds once
  // Best of several passes: the machine is shared, and the best pass is the one least disturbed by others.
  let best = Infinity;
  for (let r = 0; r < 5; r++) best = Math.min(best, pass());
  print({ name, kind: c.kind, baseline: c.baseline, seconds: best, bytes: corpus.bytes, articles: corpus.articles.length,
    from: corpus.from, peakExtra: peakRss() - rss0, sink });
} else if (mode === 'growth') {
  const fn = textFunctions(lib).find((f) => f.name === name);
  const [input, sizeList, limit] = rest;
  const unit = ADVERSARIAL[input];
  if (!fn || unit === undefined) throw new Error(`no function ${name} or input ${input}`);
  const run = (text) => {
    const t = performance.now();
    const r = fn.run(text);
    sink += (typeof r === 'string' ? r.length : Array.isArray(r) ? r.length : 1) | 0;
    return (performance.now() - t) / 1000;
  };
  run(repeatTo(unit, 64_000));
  run(repeatTo(unit, 64_000));
  for (const size of sizeList.split(',').map(Number)) {
    const text = repeatTo(unit, size * MB);
    globalThis.gc?.();
    let seconds = run(text);
    if (seconds < 1) seconds = Math.min(seconds, run(text));
    print({ name, input, size, seconds, sink });
    if (seconds > Number(limit)) break; // the next size would only confirm the verdict, slowly
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
