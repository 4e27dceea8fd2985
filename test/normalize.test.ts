import fc from 'fast-check';
import unicode from 'unicode-properties';
import { describe, expect, it } from 'vitest';
import * as api from '../src/normalize/index.js';
import { normalize, normalizeWithOffsets, stripDiacritics, toOriginalSpan, type NormalizeOptions } from '../src/normalize/index.js';
import { foldFor, searchFold } from '../src/normalize/normalize.js';
import { SEARCH } from '../src/normalize/options.js';
import { OFFSET_CASES, OPERATION_CASES, OPTION_CASES, PRESET_CASES, type OperationName } from './data/normalize-cases.js';

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join(' ');

describe('each operation on its own', () => {
  for (const [name, cases] of Object.entries(OPERATION_CASES) as [OperationName, (typeof OPERATION_CASES)[OperationName]][]) {
    describe(name, () => {
      it.each(cases)('%s → %s (%s)', (input, expected) => {
        expect(hex(api[name](input))).toBe(hex(expected));
      });
    });
  }
});

describe('presets', () => {
  it.each(PRESET_CASES)('%s (%s)', (input, search, display) => {
    expect(hex(normalize(input))).toBe(hex(search));
    expect(hex(normalize(input, { preset: 'search' }))).toBe(hex(search));
    expect(hex(normalize(input, { preset: 'display' }))).toBe(hex(display));
    expect(hex(normalizeWithOffsets(input).text)).toBe(hex(search));
    expect(hex(normalizeWithOffsets(input, { preset: 'display' }).text)).toBe(hex(display));
  });

  it('returns the very same string when nothing changes', () => {
    const text = 'قتل 52 مدنيا';
    expect(normalize(text)).toBe(text);
  });

  it('PRESETS are frozen data', () => {
    expect(Object.isFrozen(api.PRESETS)).toBe(true);
    expect(Object.isFrozen(api.PRESETS.search)).toBe(true);
    expect(api.PRESETS.search.hamzaCarriers).toBe(false);
    expect(api.PRESETS.display.alef).toBe(false);
  });
});

describe('options', () => {
  it.each(OPTION_CASES)('%s with %o → %s (%s)', (input, options, expected) => {
    expect(hex(normalize(input, options))).toBe(hex(expected));
    expect(hex(normalizeWithOffsets(input, options).text)).toBe(hex(expected));
  });
});

describe('errors', () => {
  const notStrings: unknown[] = [undefined, null, 42, {}, ['قتل'], Symbol('x'), new String('قتل')];
  it.each(notStrings.map((v) => [v]))('normalize(%s) throws a TypeError naming the argument', (value) => {
    expect(() => normalize(value as string)).toThrow(TypeError);
    expect(() => normalize(value as string)).toThrow(/normalize: argument 'text' must be a string/);
    expect(() => normalizeWithOffsets(value as string)).toThrow(/normalizeWithOffsets: argument 'text'/);
  });

  it.each(Object.keys(OPERATION_CASES))('%s(42) names itself and its argument', (name) => {
    const fn = api[name as OperationName] as (t: unknown) => string;
    expect(() => fn(42)).toThrow(TypeError);
    expect(() => fn(42)).toThrow(new RegExp(`^${name}: argument 'text' must be a string, got number 42$`));
  });

  it('describes what it got', () => {
    expect(() => normalize(undefined as unknown as string)).toThrow(/got undefined$/);
    expect(() => normalize((() => 'قتل') as unknown as string)).toThrow(/got a function$/);
    expect(() => normalize(['قتل'] as unknown as string)).toThrow(/got an array$/);
    expect(() => normalize(new String('قتل') as unknown as string)).toThrow(/got an object$/);
    expect(() => normalize(true as unknown as string)).toThrow(/got boolean true$/);
  });

  it('rejects an unknown option by name', () => {
    expect(() => normalize('قتل', { diacritcs: false } as NormalizeOptions)).toThrow(TypeError);
    expect(() => normalize('قتل', { diacritcs: false } as NormalizeOptions)).toThrow(/unknown option 'diacritcs'/);
  });

  it('rejects options of the wrong type', () => {
    expect(() => normalize('قتل', { alef: 'yes' } as unknown as NormalizeOptions)).toThrow(
      /option 'alef' must be a boolean, got the string "yes"/,
    );
    expect(() => normalize('قتل', { alef: 1 } as unknown as NormalizeOptions)).toThrow(/'alef' must be a boolean/);
    expect(() => normalize('قتل', { preset: 'fast' } as unknown as NormalizeOptions)).toThrow(
      /preset must be 'search' or 'display'/,
    );
    expect(() => normalize('قتل', 'search' as unknown as NormalizeOptions)).toThrow(/options must be an object/);
    expect(() => normalize('قتل', null as unknown as NormalizeOptions)).toThrow(/options must be an object, got null/);
    expect(() => normalize('قتل', [] as unknown as NormalizeOptions)).toThrow(/got an array/);
  });

  it('toOriginalSpan rejects spans outside the normalized text', () => {
    const n = normalizeWithOffsets('قتل');
    expect(() => toOriginalSpan(n, 0, 4)).toThrow(RangeError);
    expect(() => toOriginalSpan(n, 2, 1)).toThrow(RangeError);
    expect(() => toOriginalSpan(n, -1, 1)).toThrow(RangeError);
  });
});

describe('offset map', () => {
  it.each(OFFSET_CASES)('%s: «%s» maps back to «%s» (%s)', (input, needle, slice) => {
    const n = normalizeWithOffsets(input);
    const at = n.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const { start, end } = toOriginalSpan(n, at, at + needle.length);
    expect(hex(input.slice(start, end))).toBe(hex(slice));
  });

  it('maps an empty span to a point, including the end of the text', () => {
    const n = normalizeWithOffsets('قُتِلَ مدنياً');
    expect(toOriginalSpan(n, 4, 4)).toEqual({ start: 7, end: 7 });
    expect(toOriginalSpan(n, n.text.length, n.text.length)).toEqual({ start: 13, end: 13 });
  });

  it('keeps the original string and one entry per normalized unit', () => {
    const input = 'ﻻ قُتِلَ\u200F';
    const n = normalizeWithOffsets(input);
    expect(n.original).toBe(input);
    expect(n.starts.length).toBe(n.text.length);
    expect(n.ends.length).toBe(n.text.length);
    expect([...n.starts]).toEqual([0, 0, 1, 2, 4, 6]);
    expect([...n.ends]).toEqual([1, 1, 2, 4, 6, 9]);
  });
});

// Arabic-heavy text: letters, every kind of character a fold touches, and a little of everything else.
// A combining hamza appears only after a letter (its own «cluster»): after a presentation form it is not composed
// (documented limit), so a second display pass would compose what the first could not.
const PIECES = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ...'أإآٱءؤئىة',
  ...'ًٌٍَُِّْٰ', 'ـ', '\u0610', '\u06D6', '\u08F0',
  ...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '٫', '٬', '٪',
  ...'کیەۀپگ',
  ...'ﻻﻷﻹﻵﺣﻠﺐﭖﹰﹱﹶﹼﷺﷲ',
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u00AD', '\u202B', '\u2066',
  ' ', ' ', ' ', '\u00A0', '\u2009', '\n', '\t',
  ...'،؛؟.,!:',
  'ا\u0654', 'ا\u0655', 'ا\u0653', 'و\u0654', 'ي\u0654', 'ا\u064E\u0654', 'ي\u0650\u0651\u0654', 'ب\u0654',
  'Latin', 'Я', '😀', '\uD800', '\uDFFF',
];
const arabicText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const PRESET_OPTIONS: readonly [string, NormalizeOptions][] = [
  ['search', { preset: 'search' }],
  ['display', { preset: 'display' }],
  ['search + hamza carriers + punctuation', { hamzaCarriers: true, punctuation: true }],
];

describe.each(PRESET_OPTIONS)('properties (%s)', (_, options) => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(arabicText, (s) => {
        const once = normalize(s, options);
        expect(hex(normalize(once, options))).toBe(hex(once));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with normalizeWithOffsets', () => {
    fc.assert(fc.property(arabicText, (s) => normalizeWithOffsets(s, options).text === normalize(s, options)), {
      numRuns: 1000,
    });
  });

  it('has a monotonic offset map within the original', () => {
    fc.assert(
      fc.property(arabicText, (s) => {
        const { starts, ends, text } = normalizeWithOffsets(s, options);
        for (let i = 0; i < text.length; i++) {
          expect(starts[i]!).toBeLessThan(ends[i]!);
          expect(ends[i]!).toBeLessThanOrEqual(s.length);
          if (i > 0) {
            expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
            expect(ends[i]!).toBeGreaterThanOrEqual(ends[i - 1]!);
            // Units from different original positions never overlap.
            if (starts[i] !== starts[i - 1]) expect(starts[i]!).toBeGreaterThanOrEqual(ends[i - 1]!);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  // A span may start or end only where a new original unit begins: the middle of an expansion (ﻻ → لا) or of a
  // composed cluster has no original position of its own. A fragment is normalized with `leadingBom: false`, since
  // a leading BOM is a property of whole texts only.
  it('maps any span back to a slice of the original that normalizes to the span', () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithOffsets(s, options);
        const cuts = [0];
        for (let i = 1; i < n.text.length; i++) if (n.starts[i] !== n.starts[i - 1]) cuts.push(i);
        cuts.push(n.text.length);
        const [from, to] = [cuts[a % cuts.length]!, cuts[b % cuts.length]!].sort((x, y) => x - y) as [number, number];
        const { start, end } = toOriginalSpan(n, from, to);
        expect(0 <= start && start <= end && end <= s.length).toBe(true);
        const slice = s.slice(start, end);
        expect(hex(normalize(slice, { ...options, leadingBom: false }))).toBe(hex(n.text.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NFC composition', () => {
  // One haraka per letter: NFD puts it before the combining hamza, and NFC composes across it.
  const letter = fc.constantFrom(...'ابتأإآؤئۀسمنوي');
  const haraka = fc.constantFrom('', ...'ًٌٍَُِْ');
  const word = fc.array(fc.tuple(letter, haraka), { minLength: 1, maxLength: 12 }).map((a) => a.map((p) => p.join('')).join(''));
  it('composes NFD text like String.prototype.normalize("NFC")', () => {
    fc.assert(
      fc.property(word, (w) => {
        const nfd = w.normalize('NFD');
        expect(hex(normalize(nfd, { preset: 'display' }))).toBe(hex(w.normalize('NFC')));
        expect(normalize(nfd)).toBe(normalize(w));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('diacritics coverage', () => {
  // Arabic blocks: Arabic, Arabic Supplement, Arabic Extended-A.
  const BLOCKS: readonly [number, number][] = [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x08a0, 0x08ff],
  ];
  // Nonspacing marks that stripDiacritics deliberately keeps, with the reason. None so far: every combining mark
  // in these blocks is a vowel sign, tanween, Quranic annotation or honorific and hides no letter.
  const KEPT: ReadonlyMap<number, string> = new Map();
  const nonspacing = (isMn: (c: number) => boolean) => {
    const out: number[] = [];
    for (const [from, to] of BLOCKS) for (let c = from; c <= to; c++) if (isMn(c)) out.push(c);
    return out;
  };

  it('strips every Mn code point of the Arabic blocks (unicode-properties, Unicode 12) or documents it as kept', () => {
    const marks = nonspacing((c) => unicode.getCategory(c) === 'Mn');
    expect(marks.length).toBeGreaterThan(90);
    const leftover = marks.filter((c) => stripDiacritics('ب' + String.fromCharCode(c)) !== 'ب' && !KEPT.has(c));
    expect(leftover.map((c) => c.toString(16))).toEqual([]);
  });

  it('also strips the marks added since Unicode 12 (the platform regex knows them)', () => {
    const re = /^\p{Mn}$/u;
    const marks = nonspacing((c) => re.test(String.fromCharCode(c)));
    const leftover = marks.filter((c) => stripDiacritics('ب' + String.fromCharCode(c)) !== 'ب' && !KEPT.has(c));
    expect(leftover.map((c) => c.toString(16))).toEqual([]);
  });

  it('strips nothing that is not a mark', () => {
    const stripped = [];
    for (const [from, to] of BLOCKS) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (stripDiacritics(ch) === '' && unicode.getCategory(c) !== 'Mn' && !/^\p{Mn}$/u.test(ch)) stripped.push(c.toString(16));
      }
    }
    expect(stripped).toEqual([]);
  });
});

describe('the search fold of the layers above', () => {
  it('is the fold the search preset compiles to', () => {
    const general = foldFor(SEARCH);
    const listed = searchFold();
    expect(listed).not.toBe(general);
    expect(listed.expansions).toEqual(general.expansions);
    expect(listed.leadingBom).toBe(general.leadingBom);
    expect(Buffer.from(listed.codes.buffer).equals(Buffer.from(general.codes.buffer))).toBe(true);
  });
});
