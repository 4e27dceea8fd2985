import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../src/document.js';
import { normalize } from '../src/normalize/index.js';
import { extractNumbers, nounCount, numbersInDoc, parseNumber, type NumberMention } from '../src/numbers/index.js';
import * as root from '../src/index.js';

interface FormsEntry { value?: number; vague?: string; min?: number; forms: string[] }
interface ExpectedMention { text: string; kind: string; value?: number; min?: number; max?: number; vague?: string; approximate?: boolean; qualifier?: string; name?: boolean }
interface Corpus {
  cardinal: FormsEntry[];
  ordinal: FormsEntry[];
  percent: FormsEntry[];
  fraction: FormsEntry[];
  vague: FormsEntry[];
  quantifier: FormsEntry[];
  mentions: { text: string; expect: ExpectedMention[] }[];
  negative: string[];
  nounCount: { word: string; singular: string; expect: 1 | 2 | null }[];
}

const corpus = JSON.parse(readFileSync(new URL('./data/numbers-corpus.json', import.meta.url), 'utf8')) as Corpus;

const spanOk = (text: string, m: NumberMention) => text.slice(m.start, m.end) === m.text;

describe('parseNumber reads every written form of a value (test/data/numbers-corpus.json)', () => {
  for (const kind of ['cardinal', 'ordinal', 'percent', 'fraction'] as const) {
    describe(kind, () => {
      const rows = corpus[kind].flatMap((e) => e.forms.map((f) => [f, e.value!] as const));
      it.each(rows)('%s → %d', (form, value) => {
        expect(parseNumber(form)).toBeCloseTo(value, 9);
        const [m, ...rest] = extractNumbers(form);
        expect(rest).toEqual([]);
        expect(m?.kind).toBe(kind === 'cardinal' && m?.kind === 'ordinal' ? 'ordinal' : kind);
      });
    });
  }
});

describe('number nouns and quantifiers carry a label, not a value', () => {
  for (const kind of ['vague', 'quantifier'] as const) {
    const rows = corpus[kind].flatMap((e) => e.forms.map((f) => [f, e] as const));
    it.each(rows)(`${kind}: %s`, (form, e) => {
      const found = extractNumbers(form);
      expect(found).toHaveLength(1);
      const m = found[0]!;
      expect(m.text).toBe(form);
      expect(m.kind).toBe(kind);
      expect(m.vague).toBe(e.vague);
      expect(m.min).toBe(e.min);
      expect(m.value).toBeUndefined();
      // parseNumber gives the same quantity (issue 16.4: it was null, though extractNumbers read the phrase).
      expect(parseNumber(form)).toEqual(e.min === undefined ? { vague: e.vague } : { vague: e.vague, min: e.min });
    });
  }
});

describe('extractNumbers in sentences: spans, kinds, quantities, qualifiers', () => {
  it.each(corpus.mentions.map((c) => [c.text, c.expect] as const))('%s', (text, expected) => {
    const found = extractNumbers(text);
    for (const m of found) expect(spanOk(text, m)).toBe(true);
    const got = found.map((m) => {
      const o: ExpectedMention = { text: m.text, kind: m.kind };
      for (const k of ['value', 'min', 'max', 'vague', 'approximate', 'name'] as const) if (m[k] !== undefined) (o as unknown as Record<string, unknown>)[k] = m[k];
      if (m.qualifier) {
        expect(text.slice(m.qualifier.start, m.qualifier.end)).toBe(m.qualifier.text);
        o.qualifier = m.qualifier.text;
      }
      return o;
    });
    expect(got).toEqual(expected);
  });
});

describe('words that contain number stems are not numbers', () => {
  it.each(corpus.negative)('%s', (text) => {
    expect(extractNumbers(text)).toEqual([]);
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseNumber takes exactly one number expression', () => {
  it.each(['', 'قتل 52 مدنيا', '52 و 60', 'قتل أكثر من 50', 'ونحو 48', 'قتل 10 أو 12', '١٢ ، ٣٤'])('%s → null', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
  it.each([
    ['أكثر من 50', { min: 50 }],
    ['20 على الأقل', { min: 20 }],
    ['أقل من 5', { max: 5 }],
    ['نحو 48', { value: 48, approximate: true }],
    ['عشرات', { vague: 'tens', min: 10 }],
    ['مئات الآلاف', { vague: 'hundreds-of-thousands', min: 100000 }],
    ['بين 10 و15', { min: 10, max: 15 }],
    ['20-25', { min: 20, max: 25 }],
  ] as const)('%s → a quantity, not a value', (text, q) => {
    expect(parseNumber(text)).toEqual(q);
  });
  it('accepts a trailing full stop', () => expect(parseNumber('192.')).toBe(192));
});

describe('nounCount: duals and singulars', () => {
  it.each(corpus.nounCount.map((c) => [c.word, c.singular, c.expect] as const))('%s / %s → %s', (word, singular, expected) => {
    expect(nounCount(normalize(word), normalize(singular))).toBe(expected);
  });
});

describe('numbersInDoc (internal) gives token indices', () => {
  it('covers the tokens of the number, clitics included, qualifier excluded', () => {
    const doc = prepare('أصيب أكثر من 112 آخرين بثلاث غارات');
    const [a, b] = numbersInDoc(doc);
    expect(doc.tokens[a!.firstToken]!.text).toBe('112');
    expect(a!.lastToken).toBe(a!.firstToken);
    expect(doc.tokens[b!.firstToken]!.text).toBe('بثلاث');
    expect(b!.text).toBe('ثلاث');
  });
  it('extractNumbers is numbersInDoc without the token fields', () => {
    const text = 'قتل 13 ألف مدني';
    const internal = numbersInDoc(prepare(text)).map(({ firstToken: _f, lastToken: _l, ...m }) => m);
    expect(extractNumbers(text)).toEqual(internal);
  });
});

describe('API surface', () => {
  it('is exported from the root', () => {
    expect(root.extractNumbers).toBe(extractNumbers);
    expect(root.parseNumber).toBe(parseNumber);
  });
  it('rejects non-strings with a TypeError naming the argument', () => {
    expect(() => parseNumber(5 as unknown as string)).toThrow(/parseNumber: argument 'text'/);
    expect(() => extractNumbers(null as unknown as string)).toThrow(TypeError);
    expect(() => nounCount('قتيل', undefined as unknown as string)).toThrow(/'singular'/);
  });
  // Their time is checked, with a hard timeout in a child process, by test/robustness.test.ts (bench/adversarial.json).
  it('reads endless chains of conjunctions and number words', () => {
    expect(extractNumbers('و '.repeat(100_000))).toEqual([]);
    const chain = Array.from({ length: 10_000 }, (_, k) => ['خمسة', 'وعشرين', 'ألف', 'ومائة'][k % 4]).join(' ');
    const found = extractNumbers(chain);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => chain.slice(n.start, n.end) === n.text)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/** Spells an integer with tafgeetjs (an independent number-to-words package), without its currency frame. */
const require = createRequire(import.meta.url);
const Tafgeet = require('tafgeetjs') as new (n: number | string, currency?: string) => { parse(): string };
function spell(n: number): string {
  const s = new Tafgeet(String(n), 'SDG').parse();
  return s.replace(/^فقط /u, '').replace(/ (جنيه سوداني|جنيهات سودانية) لا غير$/u, '').replace(/ و$/u, '');
}

describe('properties', () => {
  it('parseNumber reads tafgeetjs spellings of random integers up to 10^12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (n) => {
        expect(parseNumber(spell(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseNumber reads digits with and without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
        expect(parseNumber(n.toLocaleString('ar-EG', { useGrouping: false }))).toBe(n);
      }),
    );
  });

  const mentionArb = fc.oneof(
    fc.integer({ min: 1, max: 999_999 }).map((n) => ({ text: spell(n), value: n })),
    fc.integer({ min: 1, max: 99_999 }).map((n) => ({ text: String(n), value: n })),
    fc.constantFrom(
      { text: '13 ألف', value: 13000 }, { text: 'الـ72', value: 72 }, { text: 'خمسة وعشرين', value: 25 },
      { text: 'مائة الف', value: 100000 }, { text: 'ثَلاثَةَ', value: 3 },
    ),
  );
  const wordArb = fc.constantFrom('قتل', 'مدنيا', 'في', 'غارات', 'على', 'مدينة', 'حلب', 'وأصيب', 'جراء', 'قصف', '،', '.');
  const clitic = fc.constantFrom('', 'و', 'ب', 'ل', 'ف');

  it('any text gives ordered, non-overlapping mentions with exact spans (and never throws)', () => {
    const alphabet = [
      ...'ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآءئؤ', ...'0123456789٠١٢٣٤٥٦٧٨٩۴۵', ...'.,،٫٬٪%-/:', '\u064b', '\u0651', 'ـ', ' ', ' ', '\u00a0', '\n',
      'خمسة', 'وعشرين', 'ألف', 'مائة', 'الـ', 'أكثر من', 'نحو', 'عدد', 'من', 'عشرات', 'الآلاف', 'عشر', 'أحد', 'http://x.y/1',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const found = extractNumbers(text);
        let end = 0;
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          end = m.end;
          if (m.qualifier) {
            expect(text.slice(m.qualifier.start, m.qualifier.end)).toBe(m.qualifier.text);
            expect(m.qualifier.end <= m.start || m.qualifier.start >= m.end).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('spans of mentions embedded in sentences are exact and exclude clitics', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(wordArb, { minLength: 1, maxLength: 4 }), clitic, mentionArb), { minLength: 1, maxLength: 4 }), (parts) => {
        let text = '';
        const expected: { start: number; text: string; value: number }[] = [];
        for (const [words, c, m] of parts) {
          text += words.join(' ') + ' ' + c;
          expected.push({ start: text.length, text: m.text, value: m.value });
          text += m.text + ' ';
        }
        const found = extractNumbers(text);
        for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(found.map((m) => ({ start: m.start, text: m.text, value: m.value }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('docs/numbers.md', () => {
  it('has its tables rendered from the current corpus (npm run docs:numbers)', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = new URL('../scripts/numbers-table.mjs', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
