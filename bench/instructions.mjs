#!/usr/bin/env node
// Two builds compared by the instructions one pass over the corpus costs, not by time: on a machine shared with other
// work, time A/Bs swing by ±5–10 % where instruction counts under `node --predictable` (compilation and collection on
// the main thread, hash and random seeds fixed) repeat to 1e-5. Needs valgrind.
//   node bench/instructions.mjs <before/index.js> <after/index.js> [function] [--passes 16] [--warm 30] [--mb 0.02]
// Each build runs twice under valgrind (cachegrind, no cache simulation): `warm` warm-up passes, then `passes` passes
// or none; a pass costs the difference over `passes`. Instructions leave out cache misses and the collector's helper
// threads; a control (one build against itself) reads within ±1 %.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { args, opt } from './args.mjs';

const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [beforePath, afterPath, fn = 'extractCasualties'] = positional;
if (process.env.HASILA_PASSES !== undefined) await runPasses();
else if (!beforePath || !afterPath) {
  console.error('usage: node bench/instructions.mjs <before/index.js> <after/index.js> [function] [--passes 16] [--warm 30] [--mb 0.02]');
  process.exit(2);
} else await compare();

async function compare() {
  const passes = Number(opt('--passes', 16));
  const count = async (lib, n) => {
    const env = { ...process.env, HASILA_PASSES: String(n), HASILA_WARM: opt('--warm', '30'), HASILA_MB: opt('--mb', '0.02') };
    const node = ['node', '--predictable', '--hash-seed=1', '--random-seed=1', fileURLToPath(import.meta.url), resolve(lib), fn];
    const { stderr } = await promisify(execFile)('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', ...node], { env, maxBuffer: 1 << 24 });
    return Number(/I\s+refs:\s+([\d,]+)/u.exec(stderr)[1].replaceAll(',', ''));
  };
  const [b0, bN, a0, aN] = await Promise.all([count(beforePath, 0), count(beforePath, passes), count(afterPath, 0), count(afterPath, passes)]);
  const [b, a] = [(bN - b0) / passes, (aN - a0) / passes];
  console.log(`${fn}: ${(b / 1e6).toFixed(1)} M instructions per pass before, ${(a / 1e6).toFixed(1)} M after: ×${(b / a).toFixed(3)} fewer`);
}

/** The child: warm-up passes, then the counted ones (the library and corpus loaded as in every run). */
async function runPasses() {
  const { buildCorpus, MB } = await import('./corpus.mjs');
  const [libPath, name] = positional;
  const lib = await import(pathToFileURL(resolve(libPath)).href);
  const corpus = buildCorpus(Number(process.env.HASILA_MB) * MB);
  const run = name === 'analyze' ? (t) => lib.analyze(t).casualties.length : (t) => lib[name](t).length;
  let sink = 0;
  const total = Number(process.env.HASILA_WARM) + Number(process.env.HASILA_PASSES);
  for (let k = 0; k < total; k++) for (const t of corpus.articles) sink += run(t);
  if (sink < 0) console.log(sink);
}
