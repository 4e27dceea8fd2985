/**
 * The built-in lexicons are built without `defineLexicon`'s checks (src/lexicons/builtin-lexicon.ts), so that the
 * root `analyze` bundle carries no validator. Here they are checked: the entry lists they are made of pass
 * `defineLexicon`, and each lexicon is exactly what `defineLexicon` makes of it (fields, their order, deep freezing).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/cli/packs.js';
import { defineLexicon } from '../src/lexicon/define.js';
import { formWords } from '../src/lexicon/forms.js';
import { searchNormalize } from '../src/normalize/normalize.js';
import { tokenize } from '../src/tokenize/index.js';
import type { Lexicon, LexiconData } from '../src/lexicon/types.js';
import { builtinLexicon } from '../src/lexicons/builtin-lexicon.js';
import * as core from '../src/lexicons/core/index.js';
import * as syria from '../src/lexicons/syria/index.js';

const { coreLexicon } = core;
const { defaultLexicon, syriaPack } = syria;

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

  // formWords takes a form of letters the search fold keeps as its one word, without folding and tokenizing it: every
  // string of the lexicon (forms, plurals, labels) reads as folding and tokenizing it would.
  it.each(BUILTIN)('%s: formWords of every string is its folded, tokenized words', (_name, lexicon) => {
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(strings) : []);
    const all = strings(lexicon);
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) expect(formWords(s)).toEqual(tokenize(searchNormalize(s)).filter((t) => t.kind !== 'punct').map((t) => t.text));
  });

  it('builds lexicons and entries with their fields in defineLexicon order, whatever order the data writes them in', () => {
    const data: LexiconData = {
      labels: { ar: 'تجربة', en: 'Test' },
      country: 'test',
      id: 'test',
      places: [{ type: 'town', forms: ['بلدة'], isIn: 'x', id: 'b', labels: { ar: 'بلدة', en: 'B' } }, { id: 'x', labels: { ar: 'س', en: 'X' }, forms: ['س'], type: 'governorate' }],
      victims: [{ plurals: ['رعاة'], id: 'shepherd', number: 'singular', forms: ['راع'], labels: { ar: 'راع', en: 'shepherd' } }],
      actors: [{ category: 'armed-group', forms: ['جماعة'], labels: { ar: 'جماعة', en: 'group' }, id: 'g' }],
    };
    expect(JSON.stringify(builtinLexicon(data))).toBe(JSON.stringify(defineLexicon(data)));
  });

  it('keeps every field of the data the built-in lexicons are made of (defineLexicon of the raw lists gives the same)', () => {
    const fromCore = defineLexicon({ ...coreLexicon, actorNouns: core.actorNouns, victims: core.victims, casualtyWords: core.casualtyWords, causes: core.causes, sources: core.sources });
    expect(JSON.stringify(coreLexicon)).toBe(JSON.stringify(fromCore));
    const fromSyria = defineLexicon({ ...syriaPack, actors: syria.actors, places: syria.places, sources: syria.sources });
    expect(JSON.stringify(syriaPack)).toBe(JSON.stringify(fromSyria));
    // A field defineLexicon does not know fails there.
    const typo = { id: 'g', labels: { ar: 'جماعة', en: 'group' }, forms: ['جماعة'], catgory: 'armed-group' };
    expect(() => defineLexicon({ id: 'test', actors: [typo] } as unknown as LexiconData)).toThrow(/catgory/u);
  });
});
