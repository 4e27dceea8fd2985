import { describe, expect, it } from 'vitest';
import { defineLexicon, LexiconError } from '../src/lexicon/define.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { defaultLexicon } from '../src/lexicons/syria/index.js';

const labels = { ar: 'س', en: 'x' };

// Each invalid lexicon and the words its error must contain: the entry and the problem.
const INVALID: readonly { name: string; data: unknown; message: RegExp }[] = [
  { name: 'no id', data: { actors: [] }, message: /'id' must be a non-empty string/ },
  { name: 'duplicate id', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['قوات'] }, { id: 'a', labels, forms: ['جيش'] }] }, message: /actors 'a': duplicate id/ },
  { name: 'empty form', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['  '] }] }, message: /actors 'a': empty form/ },
  { name: 'form that normalizes to nothing', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['ـــ ًٌ'] }] }, message: /actors 'a': form "ـــ ًٌ" normalizes to no word/ },
  { name: 'no forms', data: { id: 'l', victims: [{ id: 'v', labels, forms: [] }] }, message: /victims 'v': 'forms' must list at least one form/ },
  {
    name: 'member form with the article',
    data: { id: 'l', victims: [{ id: 'houthi-fighters', labels, forms: ['حوثي', 'الحوثيون'], reportsAs: 'fighters', role: 'member' }] },
    message: /victims 'houthi-fighters': member form "الحوثيون" must be written without the article/,
  },
  {
    name: 'reportsAs naming no victim class',
    data: { id: 'l', victims: [{ id: 'houthi-fighters', labels, forms: ['حوثي'], reportsAs: 'fightrs', role: 'member' }] },
    message: /victims 'houthi-fighters': reportsAs 'fightrs' is neither a victim group/,
  },
  { name: 'forms not an array', data: { id: 'l', causes: [{ id: 'c', labels, forms: 'قصف' }] }, message: /causes 'c': 'forms' must be an array of strings/ },
  { name: 'unknown parent', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['قوات'], isA: 'nobody' }] }, message: /actors 'a': unknown isA parent 'nobody'/ },
  { name: 'isA cycle', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['قوات'], isA: 'b' }, { id: 'b', labels, forms: ['جيش'], isA: 'a' }] }, message: /isA cycle/ },
  { name: 'unknown place parent', data: { id: 'l', places: [{ id: 'p', labels, forms: ['تعز'], type: 'city', isIn: 'yemen' }] }, message: /places 'p': unknown isIn parent 'yemen'/ },
  { name: 'wrong kind', data: { id: 'l', casualtyWords: [{ id: 'w', labels, forms: ['قتل'], kind: 'dead', pos: 'verb' }] }, message: /casualtyWords 'w': 'kind' must be one of killed, injured/ },
  { name: 'missing pos', data: { id: 'l', casualtyWords: [{ id: 'w', labels, forms: ['قتل'], kind: 'killed' }] }, message: /casualtyWords 'w': 'pos' must be one of verb, noun, participle/ },
  { name: 'wrong place type', data: { id: 'l', places: [{ id: 'p', labels, forms: ['تعز'], type: 'planet' }] }, message: /places 'p': 'type' must be one of governorate/ },
  { name: 'wrong type of flag', data: { id: 'l', actorNouns: [{ id: 'n', labels, forms: ['طائرات'], anaphoric: 'yes' }] }, message: /actorNouns 'n': 'anaphoric' must be a boolean/ },
  { name: 'group not an array', data: { id: 'l', actors: {} }, message: /actors: must be an array/ },
  { name: 'entry not an object', data: { id: 'l', actors: ['النظام'] }, message: /actors\[0\]: entry must be an object/ },
  { name: 'labels missing', data: { id: 'l', actors: [{ id: 'a', forms: ['قوات'] }] }, message: /actors 'a': labels must be an object/ },
  { name: 'labels.en missing', data: { id: 'l', actors: [{ id: 'a', labels: { ar: 'س' }, forms: ['قوات'] }] }, message: /actors 'a': labels.en must be a non-empty string/ },
  { name: 'unknown field (typo)', data: { id: 'l', actors: [{ id: 'a', labels, form: ['قوات'] }] }, message: /actors 'a': unknown field 'form'/ },
  { name: 'unknown group', data: { id: 'l', actor: [] }, message: /unknown field 'actor'/ },
  { name: 'one form, two entries', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['الجيش'] }, { id: 'b', labels, forms: ['الْجَيْش'] }] }, message: /actors 'b': form "الْجَيْش" also belongs to actors 'a'/ },
  { name: 'form of too many words', data: { id: 'l', actors: [{ id: 'a', labels, forms: [Array(17).fill('قصف').join(' ')] }] }, message: /actors 'a': form "قصف قصف.*" has 17 words \(at most 16\)/ },
  { name: 'reserved id', data: { id: 'l', actors: [{ id: '__proto__', labels, forms: ['قوات'] }] }, message: /'__proto__' is a reserved name/ },
  { name: 'defaultFor not a list of ids', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['قوات'], defaultFor: 'aircraft' }] }, message: /actors 'a': 'defaultFor' must be an array of non-empty string ids/ },
  { name: 'one noun, two default actors', data: { id: 'l', actors: [{ id: 'a', labels, forms: ['قوات'], defaultFor: ['aircraft'] }, { id: 'b', labels, forms: ['جيش'], defaultFor: ['aircraft'] }] }, message: /actors 'b': defaultFor 'aircraft' is already the default of actors 'a'/ },
  { name: 'unknown source actor', data: { id: 'l', sources: [{ id: 's', labels, forms: ['وكالة'], actor: 'nobody' }] }, message: /sources 's': unknown actor 'nobody'/ },
];

describe('defineLexicon', () => {
  it('accepts the documented JSON shape as it is', () => {
    const json = '{"id": "yemen", "actors": [{"id": "houthis", "labels": {"ar": "الحوثيون", "en": "Houthis"}, "forms": ["الحوثيون", "جماعة الحوثي", "أنصار الله"], "category": "other"}]}';
    const lexicon = defineLexicon(JSON.parse(json) as LexiconData);
    expect(lexicon.actors?.[0]?.forms).toEqual(['الحوثيون', 'جماعة الحوثي', 'أنصار الله']);
  });

  it.each(INVALID)('rejects $name, naming the entry', ({ data, message }) => {
    expect(() => defineLexicon(data as LexiconData)).toThrow(LexiconError);
    expect(() => defineLexicon(data as LexiconData)).toThrow(message);
  });

  it('rejects non-objects with a TypeError naming the argument', () => {
    for (const bad of [null, 'syria', 3, []]) expect(() => defineLexicon(bad as never)).toThrow(/argument 'data'/);
  });

  it('resolves parents in the lexicons it extends', () => {
    const mine = defineLexicon({ id: 'mine', actors: [{ id: 'tiger-forces', labels, forms: ['قوات النمر'], isA: 'syrian-government' }] }, { extends: [defaultLexicon] });
    expect(mine.actors?.[0]?.isA).toBe('syrian-government');
    expect(() => defineLexicon({ id: 'mine', actors: [{ id: 't', labels, forms: ['قوات النمر'], isA: 'syrian-government' }] })).toThrow(/unknown isA parent/);
  });

  it('cannot be polluted through __proto__ or constructor keys', () => {
    const json = '{"id": "evil", "__proto__": {"polluted": true}, "actors": [{"id": "a", "labels": {"ar": "س", "en": "x", "__proto__": {"polluted": true}}, "forms": ["قوات"], "constructor": {"prototype": {"polluted": true}}}]}';
    expect(() => defineLexicon(JSON.parse(json) as LexiconData)).toThrow(/unknown field '__proto__'/);
    const inLabels = '{"id": "evil", "actors": [{"id": "a", "labels": {"ar": "س", "en": "x", "__proto__": {"polluted": true}}, "forms": ["قوات"]}]}';
    const lexicon = defineLexicon(JSON.parse(inLabels) as LexiconData);
    expect(Object.getPrototypeOf(lexicon.actors![0]!.labels)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(lexicon.actors![0]!.labels)).toEqual(['ar', 'en']);
  });

  it("copies and freezes: later changes to the caller's data do not reach the lexicon", () => {
    const data = { id: 'l', actors: [{ id: 'a', labels, forms: ['قوات'] }] };
    const lexicon = defineLexicon(data);
    data.actors[0]!.forms.push('جيش');
    expect(lexicon.actors?.[0]?.forms).toEqual(['قوات']);
    expect(Object.isFrozen(lexicon.actors![0]!.forms)).toBe(true);
  });

  it('takes a victim class its own lexicon names, and a member form that opens with «أل» (no article)', () => {
    const lexicon = defineLexicon({
      id: 'l',
      victims: [
        { id: 'guards', labels, forms: ['حارس'] },
        { id: 'night-guards', labels, forms: ['خفير'], reportsAs: 'guards' },
        { id: 'german-fighters', labels, forms: ['ألماني'], reportsAs: 'fighters', role: 'member' },
      ],
    });
    expect(lexicon.victims?.map((v) => v.reportsAs)).toEqual([undefined, 'guards', 'fighters']);
  });

  it('exports every table frozen, so no caller can change what defineLexicon accepts for the others', async () => {
    const api = (await import('../src/index.js')) as Record<string, unknown>;
    const tables = Object.entries(api).filter(([, v]) => typeof v === 'object' && v !== null);
    expect(tables.map(([k]) => k)).toContain('VICTIM_ROLES');
    for (const [name, v] of tables) expect(Object.isFrozen(v), name).toBe(true);
    expect(() => (api.VICTIM_ROLES as string[]).push('evil')).toThrow(TypeError);
  });

  it('leaves the built-in lexicon deeply frozen', () => {
    const walk = (v: unknown): void => {
      if (typeof v !== 'object' || v === null) return;
      expect(Object.isFrozen(v)).toBe(true);
      for (const x of Object.values(v)) walk(x);
    };
    walk(defaultLexicon);
    expect(() => (defaultLexicon.actors as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('covers the required actor ids and the 14 governorates', () => {
    const ids = new Set(defaultLexicon.actors?.map((a) => a.id));
    for (const id of ['syrian-government', 'pro-government-militias', 'russia', 'international-coalition', 'usa', 'isis', 'sdf', 'opposition', 'nusra', 'turkey', 'iran-backed', 'hezbollah', 'israel']) {
      expect(ids.has(id)).toBe(true);
    }
    expect(defaultLexicon.places?.filter((p) => p.type === 'governorate')).toHaveLength(14);
  });
});
