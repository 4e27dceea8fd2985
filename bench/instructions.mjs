#!/usr/bin/env node
// Two builds compared by the instructions one pass over the corpus costs, not by time: on a machine shared with other
// work, time A/Bs swing by ±5–10 % where instruction counts under `node --predictable` (compilation and collection on
// the main thread, hash and random seeds fixed) repeat to 1e-5. Needs valgrind.
//   node bench/instructions.mjs <before/index.js> <after/index.js> [function] [--passes 16] [--warm 30] [--mb 0.02] [--steady]
// Each build runs twice under valgrind (cachegrind, no cache simulation): `warm` warm-up passes, then `passes` passes
// or none; a pass costs the difference over `passes`. Instructions leave out cache misses and the collector's helper
// threads; a control (one build against itself) reads within ±1 %.
// --steady: under callgrind instead, leaving out the optimizing compiler's own instructions (V8's `compiler::` code
// and its helpers, by symbol). After 30 warm-up passes over the five articles TurboFan still compiles in the counted
// passes, and that compile work was about two thirds of a pass (93 M of which ~30 M steady work): which functions
// happen to be optimized then moves the plain count more than most changes do. Use it with --warm 200: at 100 some
// functions still run unoptimized in the counted passes (the same build read 30.82 M at 100, 29.38 M at 200).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { args, opt } from './args.mjs';

const positional = args.filter((a, i) => !a.startsWith('--') && (!args[i - 1]?.startsWith('--') || args[i - 1] === '--steady'));
const [beforePath, afterPath, fn = 'extractCasualties'] = positional;
if (process.env.HASILA_PASSES !== undefined) await runPasses();
else if (!beforePath || !afterPath) {
  console.error('usage: node bench/instructions.mjs <before/index.js> <after/index.js> [function] [--passes 16] [--warm 30] [--mb 0.02] [--steady]');
  process.exit(2);
} else await compare();

async function compare() {
  const passes = Number(opt('--passes', 16));
  const steady = args.includes('--steady');
  const count = async (lib, n) => {
    const env = { ...process.env, HASILA_PASSES: String(n), HASILA_WARM: opt('--warm', '30'), HASILA_MB: opt('--mb', '0.02') };
    const node = ['node', '--predictable', '--hash-seed=1', '--random-seed=1', fileURLToPath(import.meta.url), resolve(lib), fn];
    if (steady) return steadyCount(node, env);
    const { stderr } = await promisify(execFile)('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', ...node], { env, maxBuffer: 1 << 24 });
    return Number(/I\s+refs:\s+([\d,]+)/u.exec(stderr)[1].replaceAll(',', ''));
  };
  const [b0, bN, a0, aN] = await Promise.all([count(beforePath, 0), count(beforePath, passes), count(afterPath, 0), count(afterPath, passes)]);
  const [b, a] = [(bN - b0) / passes, (aN - a0) / passes];
  const what = steady ? 'instructions (compiler left out)' : 'instructions';
  console.log(`${fn}: ${(b / 1e6).toFixed(2)} M ${what} per pass before, ${(a / 1e6).toFixed(2)} M after: ×${(b / a).toFixed(3)} fewer`);
}

/** Symbols of the optimizing compiler and of the containers and assembler it runs on (V8's own, in the node binary). */
function isCompiler(symbol) {
  return /compiler::|Zone|RegisterAllocat|std::_Rb|std::_Hashtable|std::__detail|Assembler|Translation|Reloc|SourcePosition|Safepoint|InstructionSe|InstructionOperand|maglev|Maglev|CodeGenerator|OptimizedCompilationJob|PipelineImpl|Turbo|turboshaft|BytecodeAnalysis|JSHeapBroker/u.test(symbol);
}

/** A run under callgrind: every instruction but the compiler's (self cost by function, from callgrind_annotate). */
async function steadyCount(node, env) {
  const dir = mkdtempSync(join(tmpdir(), 'hasila-steady-'));
  try {
    const out = join(dir, 'callgrind.out');
    await promisify(execFile)('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, ...node], { env, maxBuffer: 1 << 24 });
    const { stdout } = await promisify(execFile)('callgrind_annotate', ['--threshold=100', '--inclusive=no', out], { maxBuffer: 1 << 28 });
    let total = 0;
    for (const line of stdout.split('\n')) {
      const m = /^\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?(.*)$/u.exec(line);
      if (m && !m[2].startsWith('PROGRAM TOTALS') && !isCompiler(m[2])) total += Number(m[1].replaceAll(',', ''));
    }
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
