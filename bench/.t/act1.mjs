import { readFileSync } from 'node:fs';
const lib = await import(process.env.LIB);
const an = lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync('packs/lebanon.json', 'utf8')))] });
const r = an.analyze(process.argv[2]);
for (const m of r.casualties) console.log(m.kind, m.count?.value, 'loc=' + m.location?.text, '«' + m.text + '»');
console.log(r.events.length, r.summary.killed.total);
