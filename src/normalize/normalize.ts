import { compileFold, rulesFor, runFold, type CompiledFold } from './engine.js';
import { ALEF, DIACRITICS, DIGITS, INVISIBLES, PERSIAN_LETTERS, TA_MARBUTA, TATWEEL, WHITESPACE, YA, presentationForms } from './tables.js';
import { FLAG_NAMES, assertText, resolveFlags, type NormalizeFlags, type NormalizeOptions } from './options.js';

// Compiled tables are a pure function of the flags, so they are memoized by flag set. The cache holds at most
// 2^15 entries in theory and a handful in practice; it is invisible to callers (no behaviour depends on it).
const folds = new Map<string, CompiledFold>();

/** @internal The compiled fold for a flag set. */
export function foldFor(flags: NormalizeFlags): CompiledFold {
  const key = FLAG_NAMES.map((k) => (flags[k] ? '1' : '0')).join('');
  let fold = folds.get(key);
  if (!fold) {
    fold = compileFold(rulesFor(flags), flags.composeHamza, flags.leadingBom);
    folds.set(key, fold);
  }
  return fold;
}

/**
 * Normalizes Arabic text for matching (preset `search`, the default) or display (preset `display`).
 *
 * @param text - the text to normalize
 * @param options - a preset and/or individual operations turned on or off
 * @returns the normalized text
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type
 * @example
 * ```ts
 * normalize('قُتِلَ فى إدلب مائة'); // → 'قتل في ادلب مائه'
 * normalize('قُتِلَ فى إدلب', { preset: 'display' }); // → 'قُتِلَ فى إدلب'
 * normalize('ﻻ', { preset: 'display' }); // → 'لا'
 * normalize('أحمد', { alef: false }); // → 'أحمد'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  assertText(text, 'normalize');
  return runFold(foldFor(resolveFlags(options, 'normalize')), text, false).text;
}

/**
 * Normalized text that remembers where each of its code units came from in the original string.
 * Convert spans found in `text` with {@link toOriginalSpan}.
 * @example
 * ```ts
 * const n: NormalizedText = normalizeWithOffsets('ﻻ قُتِلَ');
 * n.text;       // → 'لا قتل'
 * [...n.starts]; // → [0, 0, 1, 2, 4, 6]: both letters of ﻻ come from offset 0
 * [...n.ends];   // → [1, 1, 2, 4, 6, 8]: each letter's span includes the harakat after it
 * ```
 */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** The caller's original string. */
  readonly original: string;
  /** `starts[i]` is the original offset where normalized unit `i` begins. */
  readonly starts: Uint32Array;
  /** `ends[i]` is the original offset where normalized unit `i` ends, including marks deleted after it. */
  readonly ends: Uint32Array;
}

/**
 * Normalizes like {@link normalize} and keeps a map from every normalized position back to the original, through
 * deletions (diacritics, tatweel, invisibles) and expansions (ﻻ → لا).
 *
 * @param text - the caller's original text
 * @param options - as for {@link normalize}
 * @returns the normalized text with its offset map
 * @example
 * ```ts
 * const n = normalizeWithOffsets('قُتِلَ مدنياً');
 * n.text; // → 'قتل مدنيا'
 * const at = n.text.indexOf('مدنيا');
 * toOriginalSpan(n, at, at + 5); // → { start: 7, end: 13 }: 'مدنياً' with its tanween
 * ```
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions): NormalizedText {
  assertText(text, 'normalizeWithOffsets');
  return withOffsets(foldFor(resolveFlags(options, 'normalizeWithOffsets')), text);
}

function withOffsets(fold: CompiledFold, text: string): NormalizedText {
  const r = runFold(fold, text, true);
  return { text: r.text, original: text, starts: r.starts!, ends: r.ends! };
}

/**
 * The `search` preset of {@link normalizeWithOffsets} for a string already checked, without options to validate:
 * the layers above call this, so a bundle of them does not carry the options machinery. @internal
 */
export function searchWithOffsets(text: string): NormalizedText {
  return withOffsets(searchFold(), text);
}

/** The `search` preset of {@link normalize} for a string already checked, without options to validate. @internal */
export function searchNormalize(text: string): string {
  return runFold(searchFold(), text, false).text;
}

/**
 * A span `[start, end)` of the caller's original string, as UTF-16 offsets.
 * @example
 * ```ts
 * const span: OriginalSpan = { start: 7, end: 13 }; // 'مدنياً' in 'قُتِلَ مدنياً'
 * ```
 */
export interface OriginalSpan {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
}

/**
 * Converts a span `[start, end)` of a {@link NormalizedText}'s `text` to the span of the original string it came from.
 *
 * @param normalized - the result of {@link normalizeWithOffsets}
 * @param start - start offset in the normalized text
 * @param end - end offset (exclusive) in the normalized text
 * @returns UTF-16 offsets into `normalized.original`
 * @throws TypeError when `normalized` is not a {@link NormalizedText}; RangeError when the span is outside it
 * @example
 * ```ts
 * const n = normalizeWithOffsets('الـ72 ساعة');
 * toOriginalSpan(n, 0, 4); // → { start: 0, end: 5 }: 'الـ72'
 * ```
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): OriginalSpan {
  if (typeof normalized?.original !== 'string') {
    throw new TypeError("toOriginalSpan: argument 'normalized' must come from normalizeWithOffsets");
  }
  const n = normalized.starts.length;
  if (!(start >= 0 && end >= start && end <= n)) {
    throw new RangeError(`toOriginalSpan: span [${start}, ${end}) is outside the normalized text (length ${n})`);
  }
  return originalSpan(normalized, start, end);
}

/** {@link toOriginalSpan} without the argument checks, for spans the layers found in the text themselves. @internal */
export function originalSpan(normalized: NormalizedText, start: number, end: number): OriginalSpan {
  const { starts, ends } = normalized;
  if (start === end) {
    const at = start < starts.length ? starts[start]! : normalized.original.length;
    return { start: at, end: at };
  }
  return { start: starts[start]!, end: ends[end - 1]! };
}

/**
 * The `search` preset's fold from its steps listed in order, without the flag machinery: the layers above use only
 * this one, so their bundles carry neither the option names nor the tables that `search` leaves off. A test checks
 * it is the fold `foldFor(SEARCH)` compiles. @internal
 */
export function searchFold(): CompiledFold {
  return (search ??= compileFold([presentationForms(true), INVISIBLES, WHITESPACE, DIACRITICS, TATWEEL, PERSIAN_LETTERS, ALEF, YA, TA_MARBUTA, DIGITS], true, true));
}

/** The `search` fold, compiled at its first use. */
let search: CompiledFold | undefined;
