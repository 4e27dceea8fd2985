#!/usr/bin/env node
// Byte-identity check for speed work: every text layer's JSON on the bench articles, the dev passages (when
// present), the seed texts and a slice of each hostile input, with the built-in lexicon and a doubled one.
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
for (const [file, label] of [['/work/split/dev.jsonl', 'dev'], [join(HERE, '../../shared/corpus/seeds-gold.jsonl'), 'seed']]) {
  if (!existsSync(file)) continue;
  readFileSync(file, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
    const row = JSON.parse(line);
    if (typeof row.text === 'string') texts.push([`${label} ${row.id ?? i}`, row.text]);
  });
}
for (const [name, unit] of Object.entries(ADVERSARIAL)) texts.push([`hostile ${name}`, unit.repeat(Math.ceil(4000 / unit.length))]);

const doubled = lib.createAnalyzer({ lexicons: [doubledLexicon(lib.defaultLexicon)] });
const line = (o) => process.stdout.write(JSON.stringify(o) + '\n');
for (const [name, text] of texts) {
  line({ name, analyze: lib.analyze(text), nonFacts: lib.extractCasualties(text, { includeNonFacts: true }) });
  line({ name, numbers: lib.extractNumbers(text), actors: lib.findActors(text), bare: lib.findActors(text, { anaphors: false }) });
  line({ name, doubled: doubled.analyze(text), doubledActors: doubled.findActors(text) });
}
