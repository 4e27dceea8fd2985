/**
 * Custom lexicons from untrusted JSON: prototype-pollution keys, reserved ids, forms made only of diacritics, huge
 * forms, many entries. Each gets a clear error or works within a documented limit (docs/performance.md), and
 * none corrupts the built-in lexicon, the root functions or another analyzer.
 */
import { describe, expect, it } from 'vitest';
import * as hasila from '../src/index.js';
import * as lexicon from '../src/lexicon/index.js';

type Fn = (...a: unknown[]) => unknown;
const lib = hasila as unknown as Record<string, unknown>;
const createAnalyzer = lib.createAnalyzer as ((o?: unknown) => Record<string, Fn> & { compiled?: unknown }) | undefined;
const defineLexicon = lib.defineLexicon as Fn | undefined;
const defaultLexicon = lib.defaultLexicon as object | undefined;
const findActors = lib.findActors as Fn | undefined;
const ready = Boolean(createAnalyzer && defineLexicon && defaultLexicon && findActors);

const TEXT = 'قتل 5 مدنيين بقصف لقوات النظام والطيران الروسي على حلب، وقصفت جماعة الحوثي مأرب. constructor __proto__ toString';
const actor = (id: string, forms: unknown[], extra: object = {}) => ({ id, labels: { ar: 'س', en: 'x' }, forms, ...extra });
const attempt = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (e) {
    return e;
  }
};

describe.skipIf(!ready)('untrusted lexicons', () => {
  // Taken before anything else runs, compared at the end.
  const builtinJson = ready ? JSON.stringify(defaultLexicon) : '';
  const rootBefore = ready ? JSON.stringify(findActors!(TEXT)) : '';
  const bystander = ready ? createAnalyzer!() : undefined;
  const bystanderBefore = ready ? JSON.stringify(bystander!.findActors!(TEXT)) : '';

  it('prototype-pollution keys never reach Object.prototype', () => {
    const payloads = [
      '{"id":"p1","__proto__":{"polluted":"yes"},"actors":[]}',
      '{"id":"p2","actors":[{"id":"a","labels":{"ar":"س","en":"x","__proto__":{"polluted":"yes"}},"forms":["الحوثيون"]}]}',
      '{"id":"p3","actors":[{"id":"a","labels":{"ar":"س","en":"x"},"forms":["الحوثيون"],"__proto__":{"polluted":"yes"}}]}',
      '{"id":"p4","actors":[{"id":"a","labels":{"ar":"س","en":"x"},"forms":["الحوثيون"],"constructor":{"prototype":{"polluted":"yes"}}}]}',
      '{"id":"__proto__","actors":[]}',
      '{"id":"p5","__proto__":[],"constructor":{"prototype":{"polluted":"yes"}}}',
    ];
    for (const json of payloads) {
      const data = JSON.parse(json) as unknown;
      attempt(() => defineLexicon!(data));
      attempt(() => createAnalyzer!({ lexicons: [data] }));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(defaultLexicon)).toBe(Object.prototype);
  });

  it('reserved names cannot be ids; prototype names as forms are plain words', () => {
    for (const id of ['__proto__', 'constructor', 'prototype']) {
      expect(() => defineLexicon!({ id: 'r', actors: [actor(id, ['الحوثيون'])] }), id).toThrow(/reserved|__proto__|constructor|prototype/u);
    }
    const analyzer = createAnalyzer!({ lexicons: [{ id: 'words', actors: [actor('proto-words', ['constructor', '__proto__', 'toString', 'hasOwnProperty'])] }] });
    const found = analyzer.findActors!('constructor و__proto__ و toString hasOwnProperty valueOf') as { actor: string }[];
    expect(found.map((m) => m.actor)).toEqual(['proto-words', 'proto-words', 'proto-words', 'proto-words']);
    expect(findActors!('constructor __proto__ toString hasOwnProperty valueOf')).toEqual([]);
  });

  it('a form made only of diacritics (or tatweel, or invisibles) is a clear error', () => {
    for (const form of ['َُِ', 'ًّ', 'ـــ', '\u200c\u200d', ' ', '']) {
      const error = attempt(() => defineLexicon!({ id: 'marks', actors: [actor('m', [form])] }));
      expect(error, JSON.stringify(form)).toBeInstanceOf(Error);
      expect((error as Error).message, JSON.stringify(form)).toMatch(/'m'|form/u);
    }
  });

  it('malformed entries name the entry and the problem', () => {
    const cases: [unknown, RegExp][] = [
      [{ id: 'x', actors: [actor('a', 'الحوثيون' as unknown as unknown[])] }, /'a'.*forms/u],
      [{ id: 'x', actors: [actor('a', [42])] }, /'a'/u],
      [{ id: 'x', actors: [actor('a', ['الحوثيون']), actor('a', ['أنصار الله'])] }, /duplicate/u],
      [{ id: 'x', actors: [actor('a', ['الحوثيون'], { isA: 'nobody' })] }, /nobody/u],
      [{ id: 'x', actors: [{ ...actor('a', ['الحوثيون']), form: ['x'] }] }, /form/u],
      [{ id: 'x', actors: 'none' }, /actors/u],
    ];
    for (const [data, message] of cases) expect(() => defineLexicon!(data), JSON.stringify(data)).toThrow(message);
  });

  it('a huge one-word form (100,000 letters) is handled quickly', () => {
    const huge = 'ب'.repeat(100_000);
    const t = performance.now();
    const made = attempt(() => createAnalyzer!({ lexicons: [{ id: 'huge', actors: [actor('h', [huge])] }] }));
    if (!(made instanceof Error)) {
      const found = (made as Record<string, Fn>).findActors!(`${huge} و${huge}`) as { actor: string }[];
      expect(found.map((m) => m.actor)).toEqual(['h', 'h']);
    }
    expect((performance.now() - t) / 1000).toBeLessThan(30);
  });

  // Matching tries a form word by word from every token, so its work is text × longest form: defineLexicon caps forms
  // at lexicon.MAX_FORM_WORDS words (a 1,000-word form once made findActors take ~8 s on 80 KB).
  it('a form of 1,000 words is rejected with an error naming the entry and the limit; the limit itself is accepted', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'قصف').join(' ');
    expect(() => defineLexicon!({ id: 'long', actors: [actor('long-form', [words(1000)])] })).toThrow(
      new RegExp(`'long-form'.*has 1000 words \\(at most ${lexicon.MAX_FORM_WORDS}\\)`, 'u'),
    );
    expect(() => defineLexicon!({ id: 'long', actors: [actor('long-form', [words(lexicon.MAX_FORM_WORDS + 1)])] })).toThrow(/at most/u);
    expect(() => defineLexicon!({ id: 'long', actors: [actor('long-form', [words(lexicon.MAX_FORM_WORDS)])] })).not.toThrow();
  });

  it('matching work grows linearly with the text, even when every token starts a walk as deep as the longest form', () => {
    // Each «قصف» of the text starts a walk through lexicon.MAX_FORM_WORDS - 1 more «قصف» before the form's last word fails.
    const deep = [...Array.from({ length: lexicon.MAX_FORM_WORDS - 1 }, () => 'قصف'), 'حلب'].join(' ');
    const compiled = (form: string) => lexicon.compileLexicons([lexicon.defineLexicon({ id: 'deep', actors: [{ id: 'deep', labels: { ar: 'س', en: 'x' }, forms: [form] }] })]);
    // Counted work, not time: the trie steps and memo look-ups are Map#get calls.
    const work = (compiledLexicon: lexicon.CompiledLexicon, tokens: number): number => {
      const text = 'قصف '.repeat(tokens);
      lexicon.matchText(compiledLexicon, text, ['actors']); // fills the per-word memo, as a real run would after its first words
      const get = Map.prototype.get;
      let calls = 0;
      Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
        calls++;
        return get.call(this, key);
      };
      try {
        expect(lexicon.matchText(compiledLexicon, text, ['actors'])).toEqual([]);
      } finally {
        Map.prototype.get = get;
      }
      return calls;
    };
    const longest = compiled(deep);
    const [small, large] = [work(longest, 2_000), work(longest, 8_000)];
    // Four times the text, about four times the work (generous: quadratic matching would give 16).
    expect(large / small).toBeGreaterThan(3.5);
    expect(large / small).toBeLessThan(5);
    // Per token, the work is bounded by the form's words: deep walks really happen, and cost no more than their depth.
    const shallow = work(compiled('قصف حلب'), 8_000);
    expect(large / shallow).toBeGreaterThan(lexicon.MAX_FORM_WORDS / 4);
    expect(large / shallow).toBeLessThan(lexicon.MAX_FORM_WORDS * 2);
  });

  it('20,000 entries compile and match (the documented practical size; millions are not supported)', { timeout: 300_000 }, () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const form = (k: number) => {
      let s = '';
      for (let x = k + 1, j = 0; j < 4; j++, x = Math.floor(x / 28)) s += letters[x % 28];
      return `${s}ستان`;
    };
    const N = 20_000;
    const data = { id: 'many', actors: Array.from({ length: N }, (_, k) => actor(`a${k}`, [form(k)])) };
    const analyzer = createAnalyzer!({ lexicons: [data] });
    const found = analyzer.findActors!(`قصفت ${form(7)} و${form(N - 1)} مدينة حلب`) as { actor: string }[];
    expect(found.map((m) => m.actor)).toEqual(['a7', `a${N - 1}`]);
  });

  it('the built-in lexicon is frozen, deeply, and cannot be changed through a lexicon built on it', () => {
    const unfrozen: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v === null || typeof v !== 'object') return;
      if (!Object.isFrozen(v)) unfrozen.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(defaultLexicon, 'defaultLexicon');
    expect(unfrozen.slice(0, 5)).toEqual([]);
    const actors = (defaultLexicon as { actors: { forms: string[] }[] }).actors;
    expect(() => actors[0]!.forms.push('قتل')).toThrow(TypeError);
    expect(() => (actors as unknown as unknown[]).push({})).toThrow(TypeError);
    // A user entry with a built-in id wins in its own analyzer only.
    const override = createAnalyzer!({ lexicons: [{ id: 'mine', actors: [actor('syrian-government', ['الحوثيون'])] }] });
    expect((override.findActors!('قصفت الحوثيون مأرب') as { actor: string }[]).map((m) => m.actor)).toContain('syrian-government');
    expect(findActors!('قصفت الحوثيون مأرب')).toEqual([]);
  });

  // The compiled matcher (whose Maps are shared with every analyzer over the built-in lexicon and with the root
  // functions, and which `Object.freeze` cannot protect from `Map#clear`) lives in the analyzer's closures: nothing
  // reachable from an analyzer can empty it.
  it('emptying every Map reachable from an analyzer does not change the root functions', () => {
    const victim = createAnalyzer!();
    const before = JSON.stringify(findActors!(TEXT));
    const maps: Map<unknown, unknown>[] = [];
    const seen = new Set<unknown>();
    const collect = (v: unknown) => {
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if (v instanceof Map) maps.push(v);
      else for (const x of Object.values(v)) collect(x);
    };
    collect(victim.compiled);
    const saved = maps.map((m) => [...m.entries()]);
    maps.forEach((m) => m.clear());
    try {
      expect(JSON.stringify(findActors!(TEXT))).toBe(before);
    } finally {
      maps.forEach((m, i) => saved[i]!.forEach(([k, x]) => m.set(k, x))); // put everything back for the other tests
    }
  });

  it('after all of the above, the built-in lexicon, the root functions and an earlier analyzer are unchanged', () => {
    expect(JSON.stringify(defaultLexicon)).toBe(builtinJson);
    expect(JSON.stringify(findActors!(TEXT))).toBe(rootBefore);
    expect(JSON.stringify(bystander!.findActors!(TEXT))).toBe(bystanderBefore);
  });
});
