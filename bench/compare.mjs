#!/usr/bin/env node
// Two builds of the library in one process, on the same corpus: a speed change measured against the build before it.
//   node bench/compare.mjs <before/index.js> <after/index.js> [function] [--mb 1] [--rounds 7]
// e.g. after `cp -r dist /tmp/before` … change, build …: node bench/compare.mjs /tmp/before/index.js dist/index.js analyze
//
// Passes of the two builds alternate, so a change in the machine's load falls on both; each pass is timed in CPU time
// of this process (user + system, the collector's threads included) as well as wall time, and the medians are
// reported with the word-count yardstick measured in the same process. On a shared machine the CPU-time speed-up is
// the figure to trust; MB/s are this machine's at this moment.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, MB } from './corpus.mjs';
import { args, opt } from './args.mjs';

const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [beforePath, afterPath, fn = 'analyze'] = positional;
if (!beforePath || !afterPath) {
  console.error('usage: node bench/compare.mjs <before/index.js> <after/index.js> [function] [--mb 1] [--rounds 7]');
  process.exit(2);
}
const load = async (p) => import(pathToFileURL(resolve(p)).href);
const [before, after] = [await load(beforePath), await load(afterPath)];
const corpus = buildCorpus(Number(opt('--mb', 1)) * MB);
const rounds = Number(opt('--rounds', 7));

const call = (lib) => (fn === 'analyze' ? (t) => lib.analyze(t).casualties.length : (t) => lib[fn](t).length);
const WHITESPACE = /\s+/u;
const wordCount = (t) => {
  const counts = new Map();
  for (const w of t.split(WHITESPACE)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts.size;
};
let sink = 0;
function pass(run) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const a of corpus.articles) sink += Number(run(a)) | 0;
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
}
const runs = { before: call(before), after: call(after), 'word count': wordCount };
const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (const run of Object.values(runs)) pass(run); // warm-up
for (let r = 0; r < rounds; r++) for (const [k, run] of Object.entries(runs)) times[k].push(pass(run));

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const mbps = (s) => corpus.bytes / MB / s;
const row = (k) => {
  const wall = median(times[k].map((x) => x.wall));
  const cpu = median(times[k].map((x) => x.cpu));
  return { wall, cpu, text: `${mbps(wall).toFixed(2)} MB/s wall, ${mbps(cpu).toFixed(2)} MB/s CPU` };
};
const [b, a, w] = ['before', 'after', 'word count'].map(row);
console.log(`${fn} on ${(corpus.bytes / MB).toFixed(1)} MB (${corpus.articles.length} articles), median of ${rounds} interleaved passes:`);
console.log(`  before      ${b.text}; ${(w.wall / b.wall).toFixed(3)} × word count`);
console.log(`  after       ${a.text}; ${(w.wall / a.wall).toFixed(3)} × word count`);
console.log(`  word count  ${w.text}`);
console.log(`  speed-up ×${(b.cpu / a.cpu).toFixed(2)} (CPU time), ×${(b.wall / a.wall).toFixed(2)} (wall)`);
