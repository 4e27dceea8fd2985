#!/usr/bin/env node
// One layer of `analyze` run alone, again and again, on articles prepared once: the process to put under a CPU
// profiler (`node --cpu-prof bench/profile.mjs casualties`), so the profile holds that layer and nothing else. The
// layers are internal, so the harness is bundled from `src` with esbuild (a dev dependency), as in split.mjs.
//   node [--cpu-prof] bench/profile.mjs [analyze|findActors|casualties|context|patterns|matcher|numbers|actors|dates] [--seconds 10] [--mb 0.5] [--src src] [--keep]
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { args, opt } from './args.mjs';
import { buildCorpus, MB } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const src = resolve(opt('--src', join(HERE, '../src')));
const layer = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'casualties';
const dir = mkdtempSync(join(tmpdir(), 'hasila-profile-'));
const at = (p) => JSON.stringify(join(src, p));
writeFileSync(
  join(dir, 'layer.ts'),
  `import { builtinCompiled } from ${at('builtin.ts')};
import { prepareMended } from ${at('document.ts')};
import { matchLexicon } from ${at('lexicon/match.ts')};
import { ENTRY_TYPES } from ${at('lexicon/types.ts')};
import { numbersInDoc } from ${at('numbers/index.ts')};
import { actorsInDoc, findActorsWith } from ${at('actors/find-actors.ts')};
import { casualtiesInDoc } from ${at('casualties/extract.ts')};
import { buildContext } from ${at('casualties/context.ts')};
import { findCandidates } from ${at('casualties/phrases.ts')};
import { datesInDoc } from ${at('dates/index.ts')};
import * as words from ${at('tokenize/words.ts')};
import { analyzeWith } from ${at('analyze.ts')};
const types = [...ENTRY_TYPES, 'actorAdjectives'] as any;
// Only what the layer reads is kept alive across passes: objects that outlive many collections make V8 allocate
// their kind in the old generation from then on, which would distort the layer that makes them.
export function prepared(articles: string[], layer: string) {
  const compiled = builtinCompiled();
  const readAll: (d: unknown) => void = (words as Record<string, any>).readAllWords ?? (() => {});
  return articles.map((text) => {
    const doc = prepareMended(text, compiled.memo.words);
    readAll(doc);
    const matches = matchLexicon(compiled, doc, types);
    const numbers = numbersInDoc(doc);
    const actors = actorsInDoc(compiled, doc, undefined, matches).filter((a: any) => a.actor !== null);
    const all: Record<string, unknown> = { compiled, text, doc, matches, numbers, actors, ctx: layer === 'patterns' ? buildContext(doc, numbers, matches, actors) : undefined };
    return Object.fromEntries((READS[layer] ?? Object.keys(all)).map((k) => [k, all[k]]));
  });
}
/** What each layer reads of a prepared article (the rest is dropped, so it cannot outlive the setup). */
const READS: Record<string, string[]> = {
  analyze: ['compiled', 'text'],
  findActors: ['compiled', 'text'],
  matcher: ['compiled', 'doc'],
  numbers: ['doc'],
  actors: ['compiled', 'doc', 'matches'],
  dates: ['doc', 'numbers'],
  casualties: ['doc', 'numbers', 'matches', 'actors'],
  context: ['doc', 'numbers', 'matches', 'actors'],
  patterns: ['ctx'],
};
export const layers: Record<string, (s: any) => number> = {
  analyze: (s) => analyzeWith(s.compiled, s.text).casualties.length,
  findActors: (s) => findActorsWith(s.compiled, s.text).length,
  casualties: (s) => casualtiesInDoc(s.doc, s.numbers, s.matches, s.actors).mentions.length,
  context: (s) => buildContext(s.doc, s.numbers, s.matches, s.actors).n,
  patterns: (s) => findCandidates(s.ctx).length,
  matcher: (s) => matchLexicon(s.compiled, s.doc, types).length,
  numbers: (s) => numbersInDoc(s.doc).length,
  actors: (s) => actorsInDoc(s.compiled, s.doc, undefined, s.matches).length,
  dates: (s) => datesInDoc(s.doc, s.numbers).length,
};
`,
);
try {
  await build({ entryPoints: [join(dir, 'layer.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'layer.mjs'), logLevel: 'error' });
  const { prepared, layers } = await import(pathToFileURL(join(dir, 'layer.mjs')).href);
  const run = layers[layer];
  if (!run) throw new Error(`bench/profile: no layer ${layer} (known: ${Object.keys(layers).join(', ')})`);
  const corpus = buildCorpus(Number(opt('--mb', 0.5)) * MB);
  const states = prepared(corpus.articles, layer);
  let sink = 0;
  let passes = 0;
  const cpu = process.cpuUsage();
  const until = performance.now() + Number(opt('--seconds', 10)) * 1000;
  while (performance.now() < until) {
    for (const s of states) sink += run(s);
    passes++;
  }
  const used = process.cpuUsage(cpu);
  const mbps = (passes * corpus.bytes) / MB / ((used.user + used.system) / 1e6);
  console.log(`${layer}: ${passes} passes over ${(corpus.bytes / MB).toFixed(2)} MB, ${mbps.toFixed(1)} MB/s of CPU time (${sink})`);
} finally {
  // --keep: leave the bundle in place, to read the profile's line numbers against it.
  if (args.includes('--keep')) console.log(`bundle kept: ${join(dir, 'layer.mjs')}`);
  else rmSync(dir, { recursive: true, force: true });
}
