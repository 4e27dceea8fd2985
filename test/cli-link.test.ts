// `hasila link`: JSON Lines reports in, the incidents `linkReports` gives out. Runs the built dist/cli.js.
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasila, LIBRARY, lines } from './fixtures/cli/hasila.js';

type Lib = typeof import('../src/index.js');
let lib: Lib;
beforeAll(async () => {
  lib = (await import(pathToFileURL(LIBRARY).href)) as Lib;
});

const REPORTS = [
  { id: 'a', body: { text: 'قتل 20 مدنيا في غارات روسية على مدينة معرة النعمان بريف إدلب الجنوبي.' }, published: '2019-07-22' },
  { id: 'b', body: { text: 'مقتل 35 مدنيا بقصف جوي روسي على سوق في معرة النعمان.' }, published: '2019-07-22' },
  { id: 7, body: { text: 'قتل 4 أطفال بقصف على حي الشعار بمدينة حلب.' }, published: '2019-07-22' },
];
const jsonl = REPORTS.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('hasila link', () => {
  it('gives the incidents of linkReports, one a line', () => {
    const { code, stdout, stderr } = hasila(['link', '--field', 'body.text', '--date-field', 'published'], jsonl);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const expected = lib.linkReports(REPORTS.map((r) => ({ id: String(r.id), text: r.body.text, publishedAt: r.published })));
    expect(lines(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(lines(stdout).map((i) => [i.reports, i.conflict])).toEqual([[['7'], false], [['a', 'b'], true]]);
  });

  it('says which line lacks the text field, and rejects unknown options', () => {
    const missing = hasila(['link', '--field', 'content'], jsonl);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("stdin:1: no field 'content'");
    const bogus = hasila(['link', '--bogus'], jsonl);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe('hasila: unknown option --bogus (see hasila link --help)\n');
  });

  it('reads with a pack (--pack) and dates relative days from each publication day', async () => {
    const { yemenPack } = (await import(pathToFileURL(LIBRARY.replace(/index\.js$/u, 'packs/yemen.js')).href)) as typeof import('../src/packs/yemen.js');
    const yemen = [
      { id: 'y1', text: 'قتل 6 مدنيين أمس بغارة لطيران التحالف على سوق في مدينة صعدة.', publishedAt: '2018-08-10' },
      { id: 'y2', text: 'مقتل 9 مدنيين في غارة للتحالف استهدفت سوقا شعبيا بصعدة يوم الخميس.', publishedAt: '2018-08-11' },
    ];
    const { code, stdout, stderr } = hasila(['link', '--pack', 'yemen'], yemen.map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const expected = lib.createAnalyzer({ packs: [yemenPack] }).linkReports(yemen);
    expect(lines(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    // «أمس» of 2018-08-10 and «يوم الخميس» before 2018-08-11 are the same day: one incident in Saada.
    expect(lines(stdout).map((i) => [i.reports, i.governorate, i.date])).toEqual([[['y1', 'y2'], 'saada', { from: '2018-08-09', to: '2018-08-09' }]]);
    expect(hasila(['link', '--pack', 'atlantis'], '').stderr).toContain("unknown pack 'atlantis'");
  });

  it('stops at an unreadable line, or with --skip-bad tells it on stderr and links the rest', () => {
    const input = ['{"id":"x","body":{"text":"قتل 5 مدنيين في قصف على مدينة دوما"},"published":"12/03/2024"}', 'not json', jsonl.split('\n')[0]!].join('\n') + '\n';
    const stop = hasila(['link', '--field', 'body.text', '--date-field', 'published'], input);
    expect(stop.code).toBe(1);
    expect(stop.stdout).toBe('');
    const { code, stdout, stderr } = hasila(['link', '--skip-bad', '--field', 'body.text', '--date-field', 'published'], input);
    expect(code).toBe(0);
    expect(lines(stdout).map((i) => i.reports)).toEqual([['a']]);
    expect(stderr.trim().split('\n').map((l) => /^hasila link: stdin:(\d):.*\(skipped\)$/u.exec(l)?.[1])).toEqual(['1', '2']);
    expect(stderr).toContain('publishedAt');
    expect(hasila(['link', '--skip-bad'], 'not json\n')).toMatchObject({ code: 1 });
  });

  it('has its help, and the tool lists it', () => {
    expect(hasila(['link', '--help']).stdout).toContain('--date-field PATH');
    expect(hasila(['--help']).stdout).toMatch(/^ {2}link +incidents/mu);
  });
});
