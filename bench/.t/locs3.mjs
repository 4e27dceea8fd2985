import { readFileSync } from 'node:fs';
const lib = await import('../../dist/index.js');
const packs = ['iraq', 'syria', 'sudan', 'lebanon'];
readFileSync('bench/.t/locs3.txt', 'utf8').split('\n').filter(Boolean).forEach((t, i) => {
  const an = lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync(`packs/${packs[i]}.json`, 'utf8')))] });
  const r = an.analyze(t.replace(/\\n/g, '\n'));
  console.log(r.casualties.map((m) => `${m.count?.value}:${m.location?.text ?? '-'}`).join(' | '), ' total', r.summary.killed.total);
});
