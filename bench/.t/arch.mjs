import { readFileSync } from 'node:fs';
const ids = process.argv.slice(2);
for (const L of ['/tmp/dist-start34/index.js', '/work/main/dist/index.js']) {
  const lib = await import(L);
  const out = [];
  for (const l of readFileSync('/tmp/trial34/work/archive.jsonl', 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l); if (!ids.includes(d.id)) continue;
    const an = lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync(`packs/${d.pack ?? 'syria'}.json`, 'utf8')))] });
    const r = an.analyze(`${d.title}\n\n${d.body}`, { publishedAt: d.published });
    out.push(`${d.id}:${r.summary.killed.total}/${r.summary.injured}/${r.events.length}ev`);
  }
  console.log(L.includes('start') ? 'start' : 'end  ', out.join('  '));
}
