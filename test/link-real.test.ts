/**
 * Linking real reporting: outlets' reports of incidents in the shared real corpus (../shared, development half only),
 * grouped as a person reading them would. The texts are read at run time, never copied here; only passages of the
 * development half are selected, by id, before any line is parsed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkReports, type LinkReport } from '../src/index.js';

const PASSAGES = fileURLToPath(new URL('../../shared/corpus/real/passages.jsonl', import.meta.url));
const present = existsSync(PASSAGES);

/**
 * The set: [report id, passage id, paragraph (or the whole text), publication day]. One mine explosion in Al-Hasakah
 * as an outlet's lead and the two agencies it quotes (SANA: a child killed; Hawar: three children, «أسفر عن مصرع 3
 * أطفال» — the corpus gold gives both, for the same blast); two Russian
 * strikes on markets of Maarat al-Numan five months apart; two coalition strikes on Raqqa two weeks apart. The
 * passages carry no publication day for all of them: the days are read from their texts (and they are only compared
 * with each other).
 */
const SET: readonly [string, string, number | null, string][] = [
  ['hasakah-lead', 'rb-014-libyaakhbar', 0, '2018-03-10'],
  ['hasakah-sana', 'rb-014-libyaakhbar', 1, '2018-03-10'],
  ['hasakah-hawar', 'rb-014-libyaakhbar', 2, '2018-03-10'],
  ['maarra-july', 'ra-024-aljazirah', null, '2019-07-23'],
  ['maarra-december', 'ra-026-alaraby', null, '2019-12-02'],
  ['raqqa-august-21', 'ra-014-alhayat', null, '2017-08-21'],
  ['raqqa-august-7', 'ra-016-alaraby', null, '2017-08-07'],
];

function reports(): LinkReport[] {
  const wanted = new Set(SET.map(([, passage]) => passage));
  const texts = new Map<string, string>();
  for (const line of readFileSync(PASSAGES, 'utf8').split('\n')) {
    const id = /^\{"id": "([^"]+)"/u.exec(line)?.[1];
    if (id && wanted.has(id)) texts.set(id, (JSON.parse(line) as { text: string }).text);
  }
  return SET.map(([id, passage, paragraph, publishedAt]) => {
    const text = texts.get(passage);
    if (text === undefined) throw new Error(`passage ${passage} is missing from ${PASSAGES}`);
    return { id, text: paragraph === null ? text : text.split(/\n+/u)[paragraph]!, publishedAt };
  });
}

describe.skipIf(!present)('linking real reports (../shared/corpus/real, development passages; skipped when ../shared is absent)', () => {
  const incidents = present ? linkReports(reports()) : [];
  const together = (a: string, b: string) => incidents.some((i) => i.reports.includes(a) && i.reports.includes(b));

  it('the outlet and the two agencies it quotes tell one explosion in Al-Hasakah', () => {
    const [explosion, ...others] = incidents.filter((i) => i.reports.includes('hasakah-sana'));
    expect(others).toEqual([]);
    // Three places for one blast: «جنوب مدينة الحسكة»، «أطراف حي النشوة الغربية»، «جانب الجسر الأبيض جنوب غربي الحسكة».
    expect(explosion?.reports).toEqual(['hasakah-hawar', 'hasakah-lead', 'hasakah-sana']);
    expect(explosion?.governorate).toBe('hasakah');
    expect(['al-nashwa-west', 'white-bridge']).toContain(explosion?.place);
    const children = explosion?.figures.find((f) => f.kind === 'killed' && f.victims === 'children');
    expect(children?.figures.map((f) => [f.report, f.count])).toEqual([
      ['hasakah-hawar', { value: 3 }],
      ['hasakah-lead', { vague: 'some' }],
      ['hasakah-sana', { value: 1 }],
    ]);
    // The two agencies' exact tolls, published the same day, disagree: one child or three.
    expect(children?.conflict).toBe(true);
    expect(children?.spread).toEqual({ min: 1, max: 3 });
  });

  it('strikes on one town months apart, or two weeks apart, are different incidents', () => {
    expect(together('maarra-july', 'maarra-december')).toBe(false);
    expect(together('raqqa-august-7', 'raqqa-august-21')).toBe(false);
  });

  it('nothing from Al-Hasakah joins a strike elsewhere', () => {
    for (const i of incidents.filter((x) => x.reports.some((r) => r.startsWith('hasakah')))) {
      expect(i.reports.every((r) => r.startsWith('hasakah'))).toBe(true);
    }
  });
});
