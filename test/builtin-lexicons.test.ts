/**
 * The built-in lexicons are built without `defineLexicon`'s checks (src/lexicons/builtin-lexicon.ts), so that the
 * root `analyze` bundle carries no validator. Here every one of them is checked: it must be exactly what
 * `defineLexicon` makes of it (fields, their order, deep freezing).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/cli/packs.js';
import { defineLexicon, LexiconError } from '../src/lexicon/define.js';
import type { Lexicon, LexiconData } from '../src/lexicon/types.js';
import { builtinLexicon } from '../src/lexicons/builtin-lexicon.js';
import { coreLexicon } from '../src/lexicons/core/index.js';
import { defaultLexicon, syriaPack } from '../src/lexicons/syria/index.js';

const BUILTIN: readonly (readonly [string, Lexicon])[] = [
  ['coreLexicon', coreLexicon],
  ['syriaPack', syriaPack],
  ['defaultLexicon', defaultLexicon],
  ...Object.entries(PACKS).map(([id, pack]) => [`packs/${id}`, pack] as const),
];

function frozenEverywhere(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([k, v]) => frozenEverywhere(v, `${path}.${k}`))];
}

describe('built-in lexicons', () => {
  it.each(BUILTIN)('%s is valid, and is what defineLexicon makes of it (field order included)', (_name, lexicon) => {
    expect(JSON.stringify(defineLexicon(lexicon))).toBe(JSON.stringify(lexicon));
    expect(frozenEverywhere(lexicon)).toEqual([]);
  });

  it('builds entries with their fields in defineLexicon order, whatever order the data writes them in', () => {
    const data: LexiconData = {
      labels: { en: 'Test', ar: 'تجربة' },
      country: 'test',
      id: 'test',
      places: [{ type: 'town', forms: ['بلدة'], isIn: 'x', id: 'b', labels: { en: 'B', ar: 'بلدة' } }, { id: 'x', labels: { ar: 'س', en: 'X' }, forms: ['س'], type: 'governorate' }],
      victims: [{ plurals: ['رعاة'], id: 'shepherd', number: 'singular', forms: ['راع'], labels: { ar: 'راع', en: 'shepherd' } }],
      actors: [{ category: 'armed-group', forms: ['جماعة'], labels: { ar: 'جماعة', en: 'group' }, id: 'g' }],
    };
    expect(JSON.stringify(builtinLexicon(data))).toBe(JSON.stringify(defineLexicon(data)));
  });

  it('keeps a field defineLexicon does not know, so that the check above rejects it', () => {
    const typo = { id: 'test', actors: [{ id: 'g', labels: { ar: 'جماعة', en: 'group' }, forms: ['جماعة'], catgory: 'armed-group' }] };
    const built = builtinLexicon(typo as unknown as LexiconData);
    expect(built.actors![0]).toHaveProperty('catgory', 'armed-group');
    expect(() => defineLexicon(built)).toThrow(LexiconError);
    expect(() => defineLexicon(built)).toThrow(/catgory/u);
  });
});
