/**
 * Tokens over normalized text, and the clitic prefixes Arabic attaches to words.
 * @module tokenize
 */
import { assertText, describe } from '../normalize/options.js';

/**
 * What a token is made of.
 * @example
 * ```ts
 * tokenize('قتل 52،').map((t) => t.kind); // → ['word', 'number', 'punct']
 * ```
 */
export type TokenKind = 'word' | 'number' | 'punct';

/**
 * A token of normalized text. Offsets are into the normalized text; map them back with `toOriginalSpan`.
 * @example
 * ```ts
 * tokenize('ال72')[1]; // → { kind: 'number', start: 2, end: 4, text: '72', joined: true }
 * ```
 */
export interface Token {
  /** Word (letters and their marks), number (digits and separators between them) or a punctuation sign. */
  readonly kind: TokenKind;
  /** Start offset in the normalized text. */
  readonly start: number;
  /** End offset (exclusive) in the normalized text. */
  readonly end: number;
  /** The token's text. */
  readonly text: string;
  /** True when nothing separates this token from the previous one («ال72», «و60»). */
  readonly joined: boolean;
}

const enum Cls {
  Space = 0,
  Letter = 1,
  Digit = 2,
  Punct = 3,
  Mark = 4,
}

/**
 * Character class of a UTF-16 code unit: 0 space (surrogates too: emoji separate words), 1 letter, 2 digit, 3
 * punctuation, 4 mark (diacritic, tatweel, ZWJ/ZWNJ). Explicit ranges (no `\p{…}`, no `\w`), checked in tests.
 *
 * @param c - a UTF-16 code unit (an integer; anything outside 0–0xFFFF is punctuation)
 * @throws TypeError when `c` is not an integer
 * @example
 * ```ts
 * charClass('ب'.charCodeAt(0)); // → 1 (letter)
 * charClass('٣'.charCodeAt(0)); // → 2 (digit)
 * charClass('،'.charCodeAt(0)); // → 3 (punctuation)
 * charClass('َ'.charCodeAt(0)); // → 4 (mark)
 * ```
 */
export function charClass(c: number): number {
  if (!Number.isInteger(c)) throw new TypeError(`charClass: argument 'c' must be an integer code unit, got ${describe(c)}`);
  return c >= 0 && c <= 0xffff ? CLASSES[c]! : Cls.Punct;
}

/** The class of every UTF-16 code unit, so the tokenizer pays one lookup per unit. */
const CLASSES: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = classify(c);
  return table;
})();

function classify(c: number): Cls {
  if (c <= 0x7f) {
    if (c >= 0x30 && c <= 0x39) return Cls.Digit;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return Cls.Letter;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return Cls.Space;
    return Cls.Punct;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if (c >= 0x0660 && c <= 0x0669) return Cls.Digit;
    if (c >= 0x06f0 && c <= 0x06f9) return Cls.Digit;
    if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return Cls.Mark;
    if ((c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de && c !== 0x06e9) ) return Cls.Mark;
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || c >= 0x06ee) return Cls.Letter;
    return Cls.Punct; // ، ؛ ؟ ٪ ٫ ٬ ۔ and other signs
  }
  if (c >= 0x0750 && c <= 0x077f) return Cls.Letter;
  if (c >= 0x0870 && c <= 0x089f) return c >= 0x0897 ? Cls.Mark : Cls.Letter; // Arabic Extended-B
  if (c >= 0x08a0 && c <= 0x08ff) return c >= 0x08ca && c !== 0x08e2 ? Cls.Mark : Cls.Letter;
  if (c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) return Cls.Space;
  if (c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85) return Cls.Space;
  if (c === 0x200c || c === 0x200d) return Cls.Mark; // ZWNJ/ZWJ sit inside words
  if (c >= 0xfb50 && c <= 0xfdff) return Cls.Letter;
  if (c >= 0xfe70 && c <= 0xfefc) return Cls.Letter;
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x5ff)) return Cls.Letter; // Latin, Greek, Cyrillic, Hebrew…
  // Surrogates (emoji above all) separate words as a space does: «مدنياً😢»، «12 🚨 مدنياً» read as if they were not there.
  if (c >= 0xd800 && c <= 0xdfff) return Cls.Space;
  return Cls.Punct;
}

/**
 * Splits text into word, number and punctuation tokens. Letters and digits never share a token («ال72» is «ال» +
 * «72», the second `joined`); diacritics and tatweel stay inside their word. Linear time, no regular expressions.
 *
 * @param text - usually the `text` of `normalizeWithOffsets(...)`
 * @returns the tokens in order
 * @example
 * ```ts
 * tokenize('قتل 52 مدنيا، وال72').map((t) => t.text); // → ['قتل', '52', 'مدنيا', '،', 'وال', '72']
 * ```
 */
export function tokenize(text: string): Token[] {
  assertText(text, 'tokenize');
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    const cls = CLASSES[text.charCodeAt(i)]!;
    if (cls === Cls.Space) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === Cls.Punct) {
      kind = 'punct';
      i++;
    } else if (cls === Cls.Digit) {
      kind = 'number';
      i++;
      while (i < n) {
        const k = CLASSES[text.charCodeAt(i)]!;
        if (k === Cls.Digit) i++;
        else if (isDigitSeparator(text.charCodeAt(i)) && i + 1 < n && CLASSES[text.charCodeAt(i + 1)] === Cls.Digit) i += 2;
        else break;
      }
    } else {
      kind = 'word';
      i++;
      while (i < n) {
        const k = CLASSES[text.charCodeAt(i)]!;
        if (k === Cls.Letter || k === Cls.Mark) i++;
        else break;
      }
    }
    tokens.push({ kind, start, end: i, text: text.slice(start, i), joined: start === prevEnd });
    prevEnd = i;
  }
  return tokens;
}

/** `.` `,` and the Arabic decimal/thousands separators ٫ ٬ join digits into one number token. */
function isDigitSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
}

/**
 * A way to read a word as clitic prefix + stem.
 * @example
 * ```ts
 * cliticSplits('وبالنظام')[0]; // → { prefix: 'وبال', stem: 'نظام', article: true }
 * ```
 */
export interface CliticSplit {
  /** The prefix letters, in normalized form ('' for none). */
  readonly prefix: string;
  /** The remaining word. */
  readonly stem: string;
  /** True when the prefix includes the definite article (ال, or ل+ال written لل). */
  readonly article: boolean;
}

// Conjunction (و ف), then preposition (ب ل ك), then the article. ل + ال is written لل.
const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];
const PREFIXES: readonly { prefix: string; article: boolean }[] = /* @__PURE__ */ (() => {
  const out: { prefix: string; article: boolean }[] = [];
  for (const c of CONJ) {
    for (const p of PREP) {
      out.push({ prefix: c + p, article: false });
      out.push({ prefix: c + (p === 'ل' ? 'ل' : p + 'ا') + 'ل', article: true });
    }
  }
  return out.sort((a, b) => b.prefix.length - a.prefix.length);
})();

/**
 * Every reading of a (search-normalized) word as clitic prefixes + stem, longest prefix first, the bare word last.
 * Stems shorter than `minStem` letters are not offered.
 *
 * @param word - a normalized word token
 * @param minStem - the shortest stem to offer (default 2)
 * @example
 * ```ts
 * cliticSplits('وبالنظام').map((s) => s.stem); // → ['نظام', 'النظام', 'بالنظام', 'وبالنظام']
 * cliticSplits('للنظام').map((s) => s.prefix); // → ['لل', 'ل', '']
 * ```
 */
export function cliticSplits(word: string, minStem = 2): CliticSplit[] {
  assertText(word, 'cliticSplits', 'word');
  if (!Number.isInteger(minStem) || minStem < 0) {
    throw new TypeError(`cliticSplits: argument 'minStem' must be a non-negative integer, got ${describe(minStem)}`);
  }
  const out: CliticSplit[] = [];
  for (const { prefix, article } of PREFIXES) {
    if (word.length - prefix.length < minStem || !word.startsWith(prefix)) continue;
    out.push({ prefix, stem: word.slice(prefix.length), article });
  }
  return out;
}
