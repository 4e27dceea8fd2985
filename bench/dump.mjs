#!/usr/bin/env node
// Byte-identity check for speed work: every text layer's JSON on the bench articles, the development passages (dev,
// pages, pages2a/b, pages3a/b, pages4a/b, pagesA/C/D, when present; never the held-out sets), the seed texts, the
// sentences of the tests' data (test/data: casualty, actor and pack cases, each pack case also with its pack, each user-lexicon case
// with its lexicon) and a slice of each hostile input, with the built-in lexicon and a doubled one.
//   node bench/dump.mjs [--lib dist/index.js] > before.json   … optimize, build …   node bench/dump.mjs | diff before.json -
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADVERSARIAL, sourceArticles } from './corpus.mjs';
import { doubledLexicon } from './layers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--lib');
const lib = await import(pathToFileURL(resolve(at >= 0 ? args[at + 1] : join(HERE, '../dist/index.js'))).href);

const texts = sourceArticles().articles.map((text, i) => [`article ${i}`, text]);
const SETS = [
  ['/work/split/dev.jsonl', 'dev'],
  ['/work/split/pages.jsonl', 'pages'],
  ['/work/split/pages2a.jsonl', 'pages2a'],
  ['/work/split/pages2b.jsonl', 'pages2b'],
  ['/work/split/pages3a.jsonl', 'pages3a'],
  ['/work/split/pages3b.jsonl', 'pages3b'],
  ['/work/split/pages4a.jsonl', 'pages4a'],
  ['/work/split/pages4b.jsonl', 'pages4b'],
  ['/work/split/pagesA.jsonl', 'pagesA'],
  ['/work/split/pagesC.jsonl', 'pagesC'],
  ['/work/split/pagesD.jsonl', 'pagesD'],
  [join(HERE, '../../shared/corpus/seeds-gold.jsonl'), 'seed'],
];
for (const [file, label] of SETS) {
  if (!existsSync(file)) continue;
  readFileSync(file, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
    const row = JSON.parse(line);
    if (typeof row.text === 'string') texts.push([`${label} ${row.id ?? i}`, row.text, row.country]);
  });
}
// The tests' data: every object with a string `text`, found by walking the data files' exports (the TypeScript ones
// bundled with esbuild, a dev dependency); a case with a `pack` is also read with that pack, and the user-lexicon
// cases with their lexicon.
const lexiconCases = [];
{
  const data = join(HERE, '../test/data');
  const walk = (value, label, pack) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${label}.${i}`, pack));
    else if (value && typeof value === 'object') {
      if (typeof value.text === 'string') texts.push([label, value.text, value.pack ?? pack]);
      else for (const [k, v] of Object.entries(value)) walk(v, `${label}.${k}`, pack);
    }
  };
  for (const file of ['casualty-cases.json', 'not-casualties.json', 'actors-cases.json']) {
    if (existsSync(join(data, file))) walk(JSON.parse(readFileSync(join(data, file), 'utf8')), `data ${file}`);
  }
  for (const file of ['articles-gold.jsonl', 'articles-gold-2.jsonl']) {
    if (existsSync(join(data, file))) readFileSync(join(data, file), 'utf8').split('\n').filter(Boolean).forEach((l, i) => walk(JSON.parse(l), `data ${file}.${i}`));
  }
  const tmp = mkdtempSync(join(tmpdir(), 'hasila-dump-'));
  try {
    for (const file of ['casualty-patterns.ts', 'casualty-victim-words.ts', 'pack-cases.ts']) {
      if (!existsSync(join(data, file))) continue;
      const out = join(tmp, file.replace(/\.ts$/u, '.mjs'));
      await build({ entryPoints: [join(data, file)], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
      const mod = await import(pathToFileURL(out).href);
      for (const [name, value] of Object.entries(mod)) {
        if (name.endsWith('_LEXICON')) continue;
        const lexicon = mod[name.replace(/_CASES$/u, '_LEXICON')];
        if (name.endsWith('_CASES') && lexicon) lexiconCases.push([`data ${file}.${name}`, value, lexicon]);
        else if (name === 'PACK_VICTIM_CASES') for (const [pack, cases] of Object.entries(value)) walk(cases, `data ${file}.${name}.${pack}`, pack);
        else walk(value, `data ${file}.${name}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
for (const [name, unit] of Object.entries(ADVERSARIAL)) texts.push([`hostile ${name}`, unit.repeat(Math.ceil(4000 / unit.length))]);

const doubled = lib.createAnalyzer({ lexicons: [doubledLexicon(lib.defaultLexicon)] });
const line = (o) => process.stdout.write(JSON.stringify(o) + '\n');
// A passage with a country is also read with its country's pack, as the scorer's `--lexicons packs` reads it.
const packs = new Map();
const packFor = (country) => {
  const file = join(HERE, '../packs', `${country}.json`);
  if (!packs.has(country)) packs.set(country, existsSync(file) ? lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync(file, 'utf8')))] }) : null);
  return packs.get(country);
};
for (const [name, text, country] of texts) {
  line({ name, analyze: lib.analyze(text), nonFacts: lib.extractCasualties(text, { includeNonFacts: true }) });
  const pack = country ? packFor(country) : null;
  if (pack) line({ name, country, pack: pack.analyze(text) });
  line({ name, numbers: lib.extractNumbers(text), actors: lib.findActors(text), bare: lib.findActors(text, { anaphors: false }) });
  line({ name, doubled: doubled.analyze(text), doubledActors: doubled.findActors(text) });
}
for (const [label, cases, lexicon] of lexiconCases) {
  const own = lib.createAnalyzer({ lexicons: [lib.defineLexicon(lexicon)] });
  cases.forEach((c, i) => line({ name: `${label}.${i}`, own: own.analyze(c.text), nonFacts: own.extractCasualties(c.text, { includeNonFacts: true }) }));
}
