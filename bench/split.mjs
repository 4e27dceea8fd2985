#!/usr/bin/env node
// Where `analyze` spends its time, layer by layer: each layer of the pipeline timed alone on the same prepared
// articles, as the sum over articles of each article's fastest of N calls. On a shared machine the fastest call is
// the one no other process interrupted (collector pauses mostly drop out too), so the shares hold under load where
// MB/s do not. The layers are internal, so the harness is bundled from `src` with esbuild (a dev dependency).
//   node bench/split.mjs [--mb 0.1] [--calls 15] [--src src]      (--src: another checkout's src, to compare)
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { opt } from './args.mjs';
import { buildCorpus, MB } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const src = resolve(opt('--src', join(HERE, '../src')));
const calls = Number(opt('--calls', 15));
const dir = mkdtempSync(join(tmpdir(), 'hasila-split-'));
const entry = join(dir, 'layers.ts');
const at = (p) => JSON.stringify(join(src, p));
// Each layer reads what the pipeline gives it (the order of `src/analyze.ts`); the casualty layer is also split into
// its context, its patterns and the rest (the attachers).
writeFileSync(
  entry,
  `import { builtinCompiled } from ${at('builtin.ts')};
import { prepare } from ${at('document.ts')};
import { matchLexicon } from ${at('lexicon/match.ts')};
import { ENTRY_TYPES } from ${at('lexicon/types.ts')};
import { numbersInDoc } from ${at('numbers/index.ts')};
import { actorsInDoc } from ${at('actors/find-actors.ts')};
import { casualtiesInDoc } from ${at('casualties/extract.ts')};
import { buildContext } from ${at('casualties/context.ts')};
import { findCandidates } from ${at('casualties/phrases.ts')};
import { datesInDoc } from ${at('dates/index.ts')};
import * as words from ${at('tokenize/words.ts')};
export function layers(articles: string[], calls: number) {
  const compiled = builtinCompiled();
  const types = [...ENTRY_TYPES, 'actorAdjectives'] as const;
  const readAll: (d: unknown) => void = (words as Record<string, any>).readAllWords ?? (() => {});
  const steps: [string, (s: any) => unknown][] = [
    ['prepare', (s) => (s.doc = prepare(s.text, compiled.memo.words))],
    ['word facts', (s) => readAll(s.doc)],
    ['lexicon matcher', (s) => (s.matches = matchLexicon(compiled, s.doc, types as any))],
    ['numbers', (s) => (s.numbers = numbersInDoc(s.doc))],
    ['actors', (s) => (s.actors = actorsInDoc(compiled, s.doc, undefined, s.matches).filter((a: any) => a.actor !== null))],
    ['casualties', (s) => casualtiesInDoc(s.doc, s.numbers, s.matches, s.actors)],
    ['dates', (s) => datesInDoc(s.doc, s.numbers)],
    ['  casualty context', (s) => (s.ctx = buildContext(s.doc, s.numbers, s.matches, s.actors))],
    ['  casualty patterns', (s) => findCandidates(s.ctx)],
  ];
  for (let warm = 0; warm < 3; warm++) for (const text of articles) { const s = { text }; for (const [, f] of steps) f(s); }
  const best = steps.map(() => 0);
  for (const text of articles) {
    const t = steps.map(() => Infinity);
    for (let c = 0; c < calls; c++) {
      const s = { text };
      steps.forEach(([, f], k) => { const from = performance.now(); f(s); t[k] = Math.min(t[k]!, performance.now() - from); });
    }
    t.forEach((x, k) => (best[k] += x));
  }
  return steps.map(([name], k) => ({ name, ms: best[k]! }));
}
`,
);
try {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'layers.mjs'), logLevel: 'error' });
  const { layers } = await import(pathToFileURL(join(dir, 'layers.mjs')).href);
  const corpus = buildCorpus(Number(opt('--mb', 0.1)) * MB);
  const rows = layers(corpus.articles, calls);
  const pipeline = rows.filter((r) => !r.name.startsWith(' ')).reduce((sum, r) => sum + r.ms, 0);
  const mbps = (ms) => (corpus.bytes / MB / (ms / 1000)).toFixed(1);
  console.log(`${src}: ${(corpus.bytes / MB).toFixed(2)} MB (${corpus.articles.length} articles), fastest of ${calls} calls per article`);
  for (const r of rows) console.log(`  ${r.name.padEnd(20)} ${mbps(r.ms).padStart(8)} MB/s  ${((100 * r.ms) / pipeline).toFixed(0).padStart(3)} %`);
  console.log(`  ${'whole pipeline'.padEnd(20)} ${mbps(pipeline).padStart(8)} MB/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
