import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/actors/index.js';
import * as cues from '../src/actors/cues.js';
import { normalize } from '../src/normalize/index.js';

// Sentences written for these tests, each with every mention findActors must report: [actor, text, role].
const { cases } = JSON.parse(readFileSync(new URL('./data/actors-cases.json', import.meta.url), 'utf8')) as {
  cases: { text: string; mentions: [string | null, string, string][] }[];
};

describe('findActors', () => {
  it.each(cases)('«$text»', ({ text, mentions }) => {
    expect(findActors(text).map((m) => [m.actor, m.text, m.role])).toEqual(mentions);
  });

  it('gives one mention per actor of a shared adjectival phrase, with the same span', () => {
    const text = 'عاودت الطائرات السورية والروسية غاراتها على حلب';
    const ms = findActors(text);
    expect(ms.map((m) => m.actor)).toEqual(['syrian-government', 'russia']);
    for (const m of ms) expect([m.start, m.end, m.rule]).toEqual([text.indexOf('الطائرات'), text.indexOf(' غاراتها'), 'noun+adjective']);
  });

  it('reports the lineage, category and rule of a mention', () => {
    const [m] = findActors('وأعدمت الميليشيات الموالية للنظام عشرة أشخاص');
    expect(m).toMatchObject({ actor: 'pro-government-militias', category: 'government', lineage: ['pro-government-militias', 'syrian-government'], rule: 'name' });
    expect(findActors('بث التلفزيون السوري التابع للنظام صورا')[0]).toMatchObject({ rule: 'source', source: 'sana', role: 'source' });
  });

  it('resolves anaphors in the window and keeps the article context otherwise', () => {
    const text = 'شن الطيران الروسي غارات على إدلب. وقال ناشطون إن القصف مستمر. وعاد الطيران الحربي إلى قصف سراقب.';
    const ms = findActors(text);
    expect(ms.map((m) => [m.actor, m.text, m.anaphoric ?? false])).toEqual([['russia', 'الطيران الروسي', false], [null, 'الطيران الحربي', true]]);
    expect(ms[1]?.actorContext).toEqual(['russia']);
    expect(findActors(text, { anaphors: false }).map((m) => m.text)).toEqual(['الطيران الروسي']);
    expect(findActors(text, { unresolved: false }).map((m) => m.text)).toEqual(['الطيران الروسي']);
  });

  it('keeps spans in the caller\u2019s string through diacritics, tatweel and no-break spaces', () => {
    const text = 'قَصَفَتْ طائراتُ\u00a0روسيا\u00a0والنظـــام مدينةَ دوما';
    const ms = findActors(text);
    expect(ms.map((m) => m.text)).toEqual(['روسيا', 'النظـــام']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a text that opens with a post word before its owner («حاجز لقوات النظام…») without throwing', () => {
    for (const text of ['حاجز لقوات النظام يعتقل 3 نساء', 'مقر لقوات النظام يتعرض لقصف', 'موقع لقوات النظام']) {
      expect(findActors(text).map((a) => a.actor)).toEqual(['syrian-government']);
    }
  });
  it('rejects a non-string text with a TypeError naming the argument', () => {
    expect(() => findActors(42 as never)).toThrow(/findActors: argument 'text' must be a string/);
    expect(() => findActors('x', 'y' as never)).toThrow(/argument 'options'/);
  });

  it('returns slices of the input for any text', () => {
    const words = ['قوات', 'النظام', 'الطيران', 'الروسي', 'والسوري', 'طائرات', 'روسيا', 'والنظام', 'تحت', 'سيطرة', 'المعارضة', '.', '،', 'الوزارة', 'وزارة', 'الدفاع', 'الروسية', 'قواتها', '"', 'قسد', 'التابعة', 'لتنظيم', 'الدولة'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
      const text = ws.join(' ');
      for (const m of findActors(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(['attacker', 'target', 'source', 'controller', 'other']).toContain(m.role);
      }
    }));
  });

  it('stays linear on text without sentence ends', () => {
    const unit = 'الطيران الحربي وقوات النظام والطيران قواتها ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      findActors(text);
      return performance.now() - t0;
    };
    time(300);
    const small = Math.min(time(1000), time(1000));
    const large = Math.min(time(4000), time(4000));
    expect(large).toBeLessThan(small * 10 + 300); // 4× the text: linear is ~4×, quadratic 16×
  });
});

// Cue words are compared with normalized tokens: one written with a ة, ى or hamza on alef would never match.
describe('actor cue words', () => {
  const words = Object.entries(cues).flatMap(([table, value]) => [...(value as Iterable<unknown>)].map((entry) => [table, [entry].flat()[0] as string] as const));
  it('are read from every table', () => expect(words.length).toBeGreaterThan(200));
  it.each(words)('%s: «%s» is in search-normalized form', (_, word) => expect(normalize(word)).toBe(word));
});
