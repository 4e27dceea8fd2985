import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets, toOriginalSpan } from '../src/normalize/index.js';
import { charClass, cliticSplits, tokenize } from '../src/tokenize/index.js';
import { TokenIndex } from '../src/tokenize/token-index.js';
import { prepareMended, spanOfTokens } from '../src/document.js';
import { CLITIC_CASES, TOKEN_CASES } from './data/tokenize-cases.js';

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;

describe('tokenize', () => {
  it.each(TOKEN_CASES)('%s (%s)', (input, tokens) => {
    expect(tokenize(input).map((t) => [t.kind, t.text, t.joined])).toEqual(tokens);
  });

  it('rejects what is not a string, naming the argument', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(/tokenize: argument 'text' must be a string/);
  });
});

describe('words run together past a word-final ة or ى (prepareMended)', () => {
  const CASES: readonly [string, string[]][] = [
    ['مما أدى إلىمقتل شخصين', ['مما', 'أدى', 'إلى', 'مقتل', 'شخصين']],
    ['عبوةناسفة', ['عبوة', 'ناسفة']],
    ['الضفةُالغربية', ['الضفةُ', 'الغربية']],
    ['حتىﺍلآن', ['حتى', 'ﺍلآن']],
    // Inside a word, ه and ي are letters like any other; a final ة or ى ends it.
    ['مدينة فيها هيئة مستشفى', ['مدينة', 'فيها', 'هيئة', 'مستشفى']],
  ];
  it.each(CASES)('%s', (input, words) => {
    const doc = prepareMended(input);
    expect(doc.tokens.map((_, i) => spanOfTokens(doc, i, i).text)).toEqual(words);
  });

  it('tokens stay in order, non-empty and within their word', () => {
    fc.assert(
      fc.property(text, (s) => {
        const doc = prepareMended(s);
        const plain = tokenize(doc.norm.text);
        let prevEnd = -1;
        for (const t of doc.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(Math.max(prevEnd, 0));
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.text).toBe(doc.norm.text.slice(t.start, t.end));
          expect(plain.some((p) => p.start <= t.start && t.end <= p.end)).toBe(true);
          prevEnd = t.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cliticSplits', () => {
  it.each(CLITIC_CASES)('%s (%s)', (word, readings) => {
    expect(cliticSplits(word).map((s) => [s.prefix, s.stem, s.article])).toEqual(readings);
  });

  it('offers no stem shorter than minStem', () => {
    expect(cliticSplits('وبالنظام', 5).map((s) => s.stem)).toEqual(['النظام', 'بالنظام', 'وبالنظام']);
    expect(() => cliticSplits('قتل', -1)).toThrow(/'minStem'/);
  });
});

const PIECES = [
  ...'ابتجحدرسعفقكلمنهوي', ...'أإآىةؤئ', ...'ًٌَُِّْ', 'ـ', ...'0123456789٠١٢٣٩۱۲', ...'.,٫٬٪%',
  ...'،؛؟!-()«»', ' ', '\n', '\t', '\u00A0', '\u200C', '\u200F', 'ﻻ', 'Latin', '😀', '\uD800', '\u0898',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((a) => a.join(''));

describe('tokenize properties', () => {
  it('tokens are in order, inside the text, and slices of it', () => {
    fc.assert(
      fc.property(text, (s) => {
        let prevEnd = -1;
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(Math.max(prevEnd, 0));
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.text).toBe(s.slice(t.start, t.end));
          expect(t.joined).toBe(t.start === prevEnd);
          prevEnd = t.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('only spaces are left between tokens', () => {
    fc.assert(
      fc.property(text, (s) => {
        const covered = new Uint8Array(s.length);
        for (const t of tokenize(s)) covered.fill(1, t.start, t.end);
        for (let i = 0; i < s.length; i++) if (!covered[i]) expect(charClass(s.charCodeAt(i))).toBe(SPACE);
      }),
      { numRuns: 2000 },
    );
  });

  it('letters and digits never share a token', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) {
          const classes = [...t.text].map((c) => charClass(c.charCodeAt(0)));
          if (t.kind === 'word') expect(classes).not.toContain(DIGIT);
          if (t.kind === 'number') expect(classes).not.toContain(LETTER);
          if (t.kind === 'punct') expect(t.text.length).toBe(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('tokens of normalized text map back to slices of the original that normalize to the token', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normalizeWithOffsets(s);
        for (const t of tokenize(n.text)) {
          const { start, end } = toOriginalSpan(n, t.start, t.end);
          expect(normalize(s.slice(start, end), { leadingBom: false })).toBe(t.text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('TokenIndex', () => {
  // The index stands for a Map keyed by token: the last item set at a token wins; keys() and values() list them in
  // token order, whether the tokens came in order (the fast path of lexicon matches) or not (numbers and qualifiers).
  it('reads like a Map keyed by token, in token order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.tuple(fc.integer({ min: -2, max: 45 }), fc.string()), { maxLength: 30 }), (n, sets) => {
        const index = new TokenIndex<{ s: string }>(n);
        const model = new Map<number, { s: string }>();
        for (const [i, s] of sets) {
          const item = { s };
          index.set(i, item);
          if (i >= 0 && i < n) model.set(i, item);
          const keys = [...model.keys()].sort((a, b) => a - b);
          expect(index.keys()).toEqual(keys);
          expect(index.values().map((v) => v)).toEqual(keys.map((k) => model.get(k)));
          for (let k = -1; k <= n; k++) expect(index.get(k)).toBe(model.get(k));
        }
      }),
    );
  });
});
