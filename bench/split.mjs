#!/usr/bin/env node
// Where `analyze` spends its time, layer by layer: each layer of the pipeline timed alone on the same prepared
// articles, as the sum over articles of each article's fastest of N calls. On a shared machine the fastest call is
// the one no other process interrupted (collector pauses mostly drop out too), so the shares hold under load where
// MB/s do not. The layers are internal, so the harness is bundled from `src` with esbuild (a dev dependency).
//   node bench/split.mjs [--mb 0.1] [--calls 15] [--src src] [--against <other src>]
//   --src: another checkout's src to time; --against: time a second src in the same process, the two builds' calls
//   alternating article by article, and print each layer's speed-up over it (the A/B of a speed change).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { opt } from './args.mjs';
import { buildCorpus, MB } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const src = resolve(opt('--src', join(HERE, '../src')));
const against = opt('--against') && resolve(opt('--against'));
const calls = Number(opt('--calls', 15));
const dir = mkdtempSync(join(tmpdir(), 'hasila-split-'));
// Each layer reads what the pipeline gives it (the order of `src/analyze.ts`); the casualty layer is also split into
// its context, its patterns and the rest (the attachers).
const source = (at) =>
  `import { builtinCompiled } from ${at('builtin.ts')};
import { prepareMended } from ${at('document.ts')};
import { matchLexicon } from ${at('lexicon/match.ts')};
import { ENTRY_TYPES } from ${at('lexicon/types.ts')};
import { numbersInDoc } from ${at('numbers/index.ts')};
import { actorsInDoc } from ${at('actors/find-actors.ts')};
import { casualtiesInDoc } from ${at('casualties/extract.ts')};
import { buildContext } from ${at('casualties/context.ts')};
import { findCandidates } from ${at('casualties/phrases.ts')};
import { datesInDoc } from ${at('dates/index.ts')};
import * as words from ${at('tokenize/words.ts')};
export function steps(): [string, (s: any) => unknown][] {
  const compiled = builtinCompiled();
  const types = [...ENTRY_TYPES, 'actorAdjectives'] as const;
  const readAll: (d: unknown) => void = (words as Record<string, any>).readAllWords ?? (() => {});
  return [
    ['prepare', (s) => (s.doc = prepareMended(s.text, compiled.memo.words))],
    ['word facts', (s) => readAll(s.doc)],
    ['lexicon matcher', (s) => (s.matches = matchLexicon(compiled, s.doc, types as any))],
    ['numbers', (s) => (s.numbers = numbersInDoc(s.doc))],
    ['actors', (s) => (s.actors = actorsInDoc(compiled, s.doc, undefined, s.matches).filter((a: any) => a.actor !== null))],
    ['casualties', (s) => casualtiesInDoc(s.doc, s.numbers, s.matches, s.actors)],
    ['dates', (s) => datesInDoc(s.doc, s.numbers)],
    ['  casualty context', (s) => (s.ctx = buildContext(s.doc, s.numbers, s.matches, s.actors))],
    ['  casualty patterns', (s) => findCandidates(s.ctx)],
  ];
}
`;
/** The harness bundled from `from`, in `dir` under `name`. */
async function harness(from, name) {
  const at = (p) => JSON.stringify(join(from, p));
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, source(at));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, `${name}.mjs`), logLevel: 'error' });
  return (await import(pathToFileURL(join(dir, `${name}.mjs`)).href)).steps();
}

try {
  const runs = [{ src, steps: await harness(src, 'layers') }];
  if (against) runs.push({ src: against, steps: await harness(against, 'against') });
  const corpus = buildCorpus(Number(opt('--mb', 0.1)) * MB);
  const once = (steps, text, t) => {
    const s = { text };
    steps.forEach(([, f], k) => { const from = performance.now(); f(s); t[k] = Math.min(t[k], performance.now() - from); });
  };
  for (let warm = 0; warm < 3; warm++) for (const text of corpus.articles) for (const r of runs) once(r.steps, text, r.steps.map(() => Infinity));
  const best = runs.map((r) => r.steps.map(() => 0));
  for (const text of corpus.articles) {
    const t = runs.map((r) => r.steps.map(() => Infinity));
    // With --against, the two builds alternate call by call, each going first in turn: a change in load falls on both.
    for (let c = 0; c < calls; c++) for (let k = 0; k < runs.length; k++) { const r = (k + c) % runs.length; once(runs[r].steps, text, t[r]); }
    t.forEach((row, r) => row.forEach((x, k) => (best[r][k] += x)));
  }
  const mbps = (ms) => (corpus.bytes / MB / (ms / 1000)).toFixed(1);
  console.log(`${(corpus.bytes / MB).toFixed(2)} MB (${corpus.articles.length} articles), fastest of ${calls} calls per article`);
  runs.forEach((r, i) => {
    const rows = r.steps.map(([name], k) => ({ name, ms: best[i][k] }));
    const pipeline = rows.filter((x) => !x.name.startsWith(' ')).reduce((sum, x) => sum + x.ms, 0);
    console.log(`${r.src}:`);
    for (const x of rows) {
      const other = i === 0 && runs.length > 1 ? runs[1].steps.findIndex(([name]) => name === x.name) : -1;
      const vs = other >= 0 ? `  ×${(best[1][other] / x.ms).toFixed(2)} against the other` : '';
      console.log(`  ${x.name.padEnd(20)} ${mbps(x.ms).padStart(8)} MB/s  ${((100 * x.ms) / pipeline).toFixed(0).padStart(3)} %${vs}`);
    }
    const otherPipeline = runs.length > 1 && i === 0 ? best[1].filter((_, k) => !runs[1].steps[k][0].startsWith(' ')).reduce((a, b) => a + b, 0) : 0;
    console.log(`  ${'whole pipeline'.padEnd(20)} ${mbps(pipeline).padStart(8)} MB/s${otherPipeline ? `  ×${(otherPipeline / pipeline).toFixed(2)} against the other` : ''}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
