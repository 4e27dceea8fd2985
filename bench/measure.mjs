// One measurement in a fresh process (so that peak memory and JIT state belong to it alone), driven by run.mjs.
//   node --expose-gc bench/measure.mjs throughput <lib/index.js> <case name>
//   node --expose-gc bench/measure.mjs growth <lib/index.js> <function> <input> <MB,MB,…> <seconds limit>
//   node --expose-gc bench/measure.mjs memory <lib/index.js> <function>
// Prints one JSON object per line.
import { pathToFileURL } from 'node:url';
import { ADVERSARIAL, buildCorpus, MB, repeatTo, sourceArticles } from './corpus.mjs';
import { textFunctions, throughputCases } from './layers.mjs';

const [mode, libPath, name, ...rest] = process.argv.slice(2);
const lib = await import(pathToFileURL(libPath).href);
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const peakRss = () => process.resourceUsage().maxRSS * 1024; // bytes

let sink = 0; // results feed this, so no call can be optimized away

if (mode === 'throughput') {
  const cases = throughputCases(lib);
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  // The baseline runs in the same process, its passes interleaved with the layer's, so that the ratio survives a
  // machine whose load changes during the run.
  const base = c.baseline ? cases.find((x) => x.name === c.baseline) : undefined;
  const corpus = buildCorpus();
  const pass = (run) => {
    const t = performance.now();
    for (const a of corpus.articles) sink += Number(run(a)) | 0;
    return (performance.now() - t) / 1000;
  };
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  pass(c.run); // warm-up: compiles, and builds whatever the layer builds once
  const peakExtra = peakRss() - rss0; // before the baseline adds its own garbage
  if (base) pass(base.run);
  // Best of several passes: the machine is shared, and the best pass is the one least disturbed by others.
  let best = Infinity;
  let baseBest = Infinity;
  for (let r = 0; r < 5; r++) {
    best = Math.min(best, pass(c.run));
    if (base) baseBest = Math.min(baseBest, pass(base.run));
  }
  print({ name, kind: c.kind, baseline: c.baseline, seconds: best, baselineSeconds: base ? baseBest : undefined,
    bytes: corpus.bytes, articles: corpus.articles.length, from: corpus.from, peakExtra: Math.max(peakExtra, peakRss() - rss0), sink });
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
  // Rounds over all sizes, best time per size: a burst of load on the machine then spoils one round, not the ratio.
  const sizes = sizeList.split(',').map(Number);
  const texts = new Map(sizes.map((size) => [size, repeatTo(unit, size * MB)]));
  const best = new Map();
  for (let round = 0; round < 3; round++) {
    for (const size of sizes) {
      globalThis.gc?.();
      const seconds = run(texts.get(size));
      best.set(size, Math.min(best.get(size) ?? Infinity, seconds));
      if (round === 0) print({ name, input, size, seconds, sink }); // partial results survive a kill
      if (seconds > Number(limit)) {
        print({ name, input, size, seconds, final: true, sink });
        process.exit(0); // the next size would only confirm the verdict, slowly
      }
    }
    if ([...best.values()].reduce((a, b) => a + b, 0) > 5) break; // slow layers: one round is enough
  }
  for (const size of sizes) print({ name, input, size, seconds: best.get(size), final: true, sink });
} else if (mode === 'memory') {
  // One article of 1 MB (the real articles joined into one string): the memory one call needs at its peak.
  const fn = textFunctions(lib).find((f) => f.name === name);
  if (!fn) throw new Error(`no function ${name}`);
  const { articles } = sourceArticles();
  let text = '';
  for (let i = 0; Buffer.byteLength(text, 'utf8') < MB; i++) text += articles[i % articles.length] + '\n\n';
  fn.run(articles[0]); // compiles the lexicon and warms up, so the peak is the call's own
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  const result = fn.run(text);
  const seconds = (performance.now() - t) / 1000;
  const heapHeld = process.memoryUsage().heapUsed - heap0; // the result and the garbage not yet collected
  sink += Array.isArray(result) ? result.length : 1;
  print({ name, bytes: Buffer.byteLength(text, 'utf8'), seconds, peakExtra: peakRss() - rss0, heapHeld, sink });
} else {
  throw new Error(`unknown mode ${mode}`);
}
