#!/usr/bin/env node
// Byte-identity check for speed work: every text layer's JSON on the bench articles, the development passages (dev,
// pages, pages2a/b, pages3a/b, when present; never the held-out half), the seed texts and a slice of each hostile input, with the built-in lexicon and a doubled one.
//   node bench/dump.mjs [--lib dist/index.js] > before.json   … optimize, build …   node bench/dump.mjs | diff before.json -
import { existsSync, readFileSync } from 'node:fs';
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
  [join(HERE, '../../shared/corpus/seeds-gold.jsonl'), 'seed'],
];
for (const [file, label] of SETS) {
  if (!existsSync(file)) continue;
  readFileSync(file, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
    const row = JSON.parse(line);
    if (typeof row.text === 'string') texts.push([`${label} ${row.id ?? i}`, row.text, row.country]);
  });
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
