import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../src/document.js';
import { compileLexicons } from '../src/lexicon/compile.js';
import { defineLexicon } from '../src/lexicon/define.js';
import { matchLexicon } from '../src/lexicon/match.js';
import type { MatchType } from '../src/lexicon/compile.js';
import { defaultLexicon } from '../src/lexicons/syria/index.js';

const compiled = compileLexicons([defaultLexicon]);
const find = (text: string, type: MatchType) => matchLexicon(compiled, prepare(text), [type]).map((m) => [m.id, m.text]);

// Forms are written once; clitics, the article and endings are derived at match time.
const CASES: readonly { text: string; type: MatchType; expected: [string, string][] }[] = [
  { text: 'قصفت طائرات روسيا والنظام مدينة دوما', type: 'actors', expected: [['russia', 'روسيا'], ['syrian-government', 'النظام']] },
  { text: 'بالنظام وللنظام', type: 'actors', expected: [['syrian-government', 'النظام'], ['syrian-government', 'للنظام']] },
  { text: 'مديرية الصحة التابعة للحكومة السورية المؤقتة', type: 'actors', expected: [['opposition', 'للحكومة السورية المؤقتة']] },
  { text: 'قالت الحكومة السورية', type: 'actors', expected: [['syrian-government', 'الحكومة السورية']] },
  { text: 'تحت سيطرة تنظيم "داعش" داخل المدينة', type: 'actors', expected: [['isis', 'تنظيم "داعش"']] },
  { text: 'قتل مدنيا ومدنيين والمدنيين والمدنيون', type: 'victims', expected: [['civilians', 'مدنيا'], ['civilians', 'مدنيين'], ['civilians', 'المدنيين'], ['civilians', 'المدنيون']] },
  { text: 'الغارات الروسية والروسيه', type: 'actorAdjectives', expected: [['russia', 'الروسية'], ['russia', 'الروسيه']] },
  { text: 'قُتِلَ وقتلوا فقتلت', type: 'casualtyWords', expected: [['killed-verb', 'قُتِلَ'], ['killed-verb', 'قتلوا'], ['killed-verb', 'قتلت']] },
  { text: 'في إدلب وبادلب ولإدلب', type: 'places', expected: [['idlib', 'إدلب'], ['idlib', 'ادلب'], ['idlib', 'إدلب']] },
  // A place name takes no article it was not written with: «السورية» is not «سورية».
  { text: 'المعارضة السورية', type: 'places', expected: [] },
  { text: 'ريف حلب الغربي', type: 'places', expected: [['aleppo-countryside-western', 'ريف حلب الغربي']] },
];

describe('matchLexicon', () => {
  it.each(CASES)('$type in «$text»', ({ text, type, expected }) => {
    expect(find(text, type)).toEqual(expected);
  });

  it('keeps spans in the caller\'s string', () => {
    const text = 'قُتِلَ 52 مدنياً بغاراتٍ روسيّة';
    for (const m of matchLexicon(compiled, prepare(text))) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports other readings of the same words', () => {
    const [m] = matchLexicon(compiled, prepare('قتل'), ['casualtyWords']);
    expect(m?.id).toBe('killed-verb');
    expect(m?.alternatives.map((e) => e.id)).toEqual(['killed-noun']);
  });

  it('lets a later lexicon win over an earlier one', () => {
    const mine = defineLexicon({ id: 'mine', actors: [{ id: 'regime', labels: { ar: 'النظام', en: 'regime' }, forms: ['النظام'] }] });
    const c = compileLexicons([defaultLexicon, mine]);
    expect(matchLexicon(c, prepare('قوات النظام والنظام'), ['actors']).map((m) => m.id)).toEqual(['syrian-government', 'regime']);
  });
});

describe('matcher properties', () => {
  const words = ['قوات', 'النظام', 'والنظام', 'الروسية', 'طائرات', 'روسيا', 'مدنيا', 'قتل', 'في', 'حلب', '،', '.', '"', 'داعش', 'تنظيم', 'الدولة', 'الإسلامية', 'ريف', 'إدلب', 'أكاديمية', 'الأسد', '52', 'الـ', 'بقصف'];
  const textArb = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((ws) => ws.join(' '));
  const withNoise = (t: string, marks: number[]): string => {
    // Insert diacritics and tatweel after letters: matches must keep their ids, spans must still cut the input.
    let out = '';
    let k = 0;
    for (const ch of t) {
      out += ch;
      if (ch >= '\u0621' && ch <= '\u064a' && marks[k++ % marks.length]! % 3 === 0) out += ['\u064e', '\u0651', '\u0640'][marks[k % marks.length]! % 3];
    }
    return out;
  };

  it('spans are slices of the input, for every group', () => {
    fc.assert(fc.property(textArb, (text) => {
      for (const m of matchLexicon(compiled, prepare(text))) expect(text.slice(m.start, m.end)).toBe(m.text);
    }));
  });

  it('diacritics and tatweel do not change what matches', () => {
    fc.assert(fc.property(textArb, fc.array(fc.nat(99), { minLength: 1, maxLength: 9 }), (text, marks) => {
      const ids = (t: string) => matchLexicon(compiled, prepare(t)).map((m) => `${m.type}:${m.id}:${m.firstToken}`);
      const noisy = withNoise(text, marks);
      expect(ids(noisy)).toEqual(ids(text));
      for (const m of matchLexicon(compiled, prepare(noisy))) expect(noisy.slice(m.start, m.end)).toBe(m.text);
    }));
  });

  it('matches of one group never overlap', () => {
    fc.assert(fc.property(textArb, (text) => {
      const byType = new Map<string, number>();
      for (const m of matchLexicon(compiled, prepare(text))) {
        expect(m.firstToken).toBeGreaterThan(byType.get(m.type) ?? -1);
        byType.set(m.type, m.lastToken);
      }
    }));
  });
});

describe('clitic prefixes', () => {
  it('reads a first word through the clitics cliticSplits finds, the article fused or not', () => {
    const read = (word: string) => matchLexicon(compiled, prepare(word)).map((m) => [m.id, m.text, m.prefix, m.article]);
    expect(read('وبالنظام')).toEqual([['syrian-government', 'النظام', 'وب', true]]);
    expect(read('للنظام')).toEqual([['syrian-government', 'للنظام', 'ل', true]]);
    expect(read('وللنظام')).toEqual([['syrian-government', 'للنظام', 'ول', true]]);
    expect(read('فالقوات')).toEqual([['forces', 'القوات', 'ف', true]]);
    expect(read('كالنظام')).toEqual([['syrian-government', 'النظام', 'ك', true]]);
    expect(read('والنظام')).toEqual([['syrian-government', 'النظام', 'و', true]]);
    expect(read('بروسيا')).toEqual([['russia', 'روسيا', 'ب', false]]);
    expect(read('النظام')).toEqual([['syrian-government', 'النظام', '', true]]);
    for (const word of ['نظام', 'ولل', 'فبال']) expect(read(word)).toEqual([]);
  });
});

describe('compiled lexicons', () => {
  // Speed belongs in the bench; this only catches a superlinear compile. It reads CPU time (another process's load
  // does not stall it), interleaves the two sizes so a burst of load hits both, and keeps the best of five rounds:
  // four times the forms cost about 4× when compiling is linear and 16× when quadratic; the bound sits between.
  it('build in linear time with the lexicon: four times the forms, well under 16 times the work', () => {
    // Each copy renames every entry (and the references between them), so no copy replaces an earlier entry.
    const copy = (n: number) =>
      defineLexicon(JSON.parse(JSON.stringify(defaultLexicon), (key, value) =>
        typeof value === 'string' && ['id', 'isA', 'isIn', 'actor'].includes(key) ? `${value}-${n}` : value));
    const copies = [1, 2, 3].map(copy);
    const cpu = (lexicons: Parameters<typeof compileLexicons>[0]) => {
      const t0 = process.cpuUsage();
      compileLexicons(lexicons);
      const { user, system } = process.cpuUsage(t0);
      return user + system;
    };
    cpu([defaultLexicon]);
    cpu([defaultLexicon, ...copies]);
    let one = Infinity;
    let four = Infinity;
    for (let round = 0; round < 5; round++) {
      one = Math.min(one, cpu([defaultLexicon]));
      four = Math.min(four, cpu([defaultLexicon, ...copies]));
    }
    expect(four).toBeLessThan(one * 8 + 20_000); // µs; the constant absorbs timer granularity on a tiny lexicon
  });
});
