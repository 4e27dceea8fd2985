import { readFileSync } from 'node:fs';
const lib = await import('../../dist/index.js');
const an = process.env.PACK ? lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync(`packs/${process.env.PACK}.json`, 'utf8')))] }) : lib;
for (const t of readFileSync(0, 'utf8').split('\n').filter(Boolean)) { const r = an.analyze(t.replace(/\\n/g, '\n')); console.log(r.summary.killed.total, r.events.length, '←', t.slice(0, 90)); }
