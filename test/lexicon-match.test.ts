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
