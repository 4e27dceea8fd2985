import { readFileSync } from 'node:fs';
const lib = await import('../../dist/index.js');
const an = process.env.PACK ? lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync(`packs/${process.env.PACK}.json`, 'utf8')))] }) : lib;
const t = process.argv[2];
for (const m of an.extractCasualties(t, { includeNonFacts: true })) console.log('C', m.kind, JSON.stringify(m.count), m.victims, (m.actors||[]).join(','), m.cause, 'loc=' + m.location?.text, 'src=' + m.source?.text, m.denied ? 'DENIED' : '', m.hypothetical ? 'HYPO' : '', '«' + m.text + '»');
for (const a of an.findActors(t)) console.log('A', a.actor, a.role, a.rule, '«' + a.text + '»');
