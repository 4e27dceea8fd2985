import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer.js';
import { findActors } from '../src/actors/index.js';
import type { LexiconData } from '../src/lexicon/types.js';

// The documented example (docs/lexicons.md): a lexicon for another conflict, loaded from a JSON file and used
// through the same API as the built-in one.
const yemen = JSON.parse(readFileSync(new URL('../examples/yemen.json', import.meta.url), 'utf8')) as LexiconData;
const analyzer = createAnalyzer({ lexicons: [yemen] });
const mentions = (text: string) => analyzer.findActors(text).map((m) => [m.actor, m.text, m.role]);

const CASES: readonly { text: string; expected: (string | null)[][] }[] = [
  { text: 'شنت طائرات التحالف العربي غارات على مواقع جماعة الحوثي في صعدة', expected: [['saudi-led-coalition', 'طائرات التحالف العربي', 'attacker'], ['houthis', 'جماعة الحوثي', 'target']] },
  { text: 'قصفت ميليشيا الحوثي أحياء سكنية في مدينة تعز', expected: [['houthis', 'ميليشيا الحوثي', 'attacker']] },
  { text: 'قتل ستة مدنيين بغارات للطيران السعودي والإماراتي على الحديدة', expected: [['saudi-arabia', 'للطيران السعودي والإماراتي', 'attacker'], ['uae', 'للطيران السعودي والإماراتي', 'attacker']] },
  { text: 'وقالت قناة المسيرة التابعة لأنصار الله إن الغارات استهدفت سوقا شعبيا', expected: [['houthis', 'قناة المسيرة التابعة لأنصار الله', 'source']] },
  { text: 'المناطق الخاضعة لسيطرة الحوثيين في محافظة الحديدة', expected: [['houthis', 'الحوثيين', 'controller']] },
];

describe('a Yemen lexicon from examples/yemen.json', () => {
  it.each(CASES)('«$text»', ({ text, expected }) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('keeps isA lineage and categories', () => {
    const [m] = analyzer.findActors('أعلنت السعودية');
    expect(m?.lineage).toEqual(['saudi-arabia', 'saudi-led-coalition']);
    expect(m?.category).toBe('international-coalition');
  });

  it('matches the built-in lexicon too, unless it is left out', () => {
    expect(analyzer.findActors('قصفت قوات النظام دوما')[0]?.actor).toBe('syrian-government');
    const alone = createAnalyzer({ lexicons: [yemen], builtin: false });
    expect(alone.findActors('قصفت قوات النظام دوما')).toEqual([]);
    expect(alone.findActors('قصفت جماعة الحوثي مأرب')[0]?.actor).toBe('houthis');
  });

  it('coexists with other analyzers and with the root functions', () => {
    const other = createAnalyzer({ lexicons: [{ id: 'other', actors: [{ id: 'coalition-x', labels: { ar: 'التحالف العربي', en: 'x' }, forms: ['التحالف العربي'] }] }] });
    const text = 'غارات التحالف العربي على صنعاء';
    expect(analyzer.findActors(text).map((m) => m.actor)).toEqual(['saudi-led-coalition']);
    expect(other.findActors(text).map((m) => m.actor)).toEqual(['coalition-x']);
    expect(findActors(text).map((m) => m.actor)).toEqual(['international-coalition']);
    expect(analyzer.findActors(text).map((m) => m.actor)).toEqual(['saudi-led-coalition']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(analyzer)).toBe(true);
    expect(Object.isFrozen(analyzer.lexicons)).toBe(true);
    expect(() => ((analyzer as unknown as Record<string, unknown>).findActors = () => [])).toThrow(TypeError);
  });
});
