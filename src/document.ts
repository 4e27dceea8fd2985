/**
 * The shared first stage of every layer above normalization: search-normalize with offsets, then tokenize.
 * Layers take a `Doc` so that `analyze` prepares a text once and every layer reads the same tokens.
 * @module document
 */
import { originalSpan, searchWithOffsets, type NormalizedText } from './normalize/normalize.js';
import { splitRunTogether } from './tokenize/glued.js';
import { tokenize, type Token } from './tokenize/index.js';
import type { WordInfo, WordTable } from './tokenize/words.js';

/** A text prepared for matching. @internal */
export interface Doc {
  /** The caller's string. */
  readonly original: string;
  /** Its search normalization with the offset map. */
  readonly norm: NormalizedText;
  /** Tokens of `norm.text`. */
  readonly tokens: readonly Token[];
  /**
   * The text of each token (`tokens[i].text`) and its kind ({@link WORD}, {@link NUMBER} or {@link PUNCT}), read by
   * index so that the layers' hot loops touch no token object; filled on first use (`tokenArrays`).
   */
  words: readonly string[] | undefined;
  kinds: readonly number[] | undefined;
  /** The analyzer's memo of word facts, where the facts of its tokens are remembered across documents. */
  readonly memo: WordTable | undefined;
  /**
   * The id of each token's word in `memo`'s vocabulary, and the vocabulary's `era` they were given under (set by
   * {@link prepareMended} when it has a memo; `prepare`, which `hasila/numbers` bundles, gives none).
   */
  ids?: Int32Array;
  era?: number;
  /** The word facts of each token, filled as layers ask (`wordInfo`). */
  readonly info: (WordInfo | undefined)[];
  /** The actor layer's sentence number of each token, kept for `analyze` once read (`documentSentences`). */
  sentences: Int32Array | undefined;
}

/**
 * Prepares a text: search-preset normalization with offsets, then tokens. `memo` is the analyzer's memo of word
 * facts (without one, the document keeps its tokens' facts for itself). @internal
 */
export function prepare(text: string, memo?: WordTable): Doc {
  const norm = searchWithOffsets(text);
  const tokens = tokenize(norm.text);
  return { original: text, norm, tokens, words: undefined, kinds: undefined, memo, info: new Array<WordInfo | undefined>(tokens.length), sentences: undefined };
}

// A run of spaces (also no-break and zero-width ones), underscores or dots between two tatweels («قـ ـتلى»، «مقتـ_ـل»،
// «قتـ..ـل»): a word split on purpose, often to get past a filter. So are one or two dots between a tatweel and a letter
// inside a word, after its first three letters at most («مجـ.زرة»، «مق.ـتل») — not a full stop after a stretched word
// with no space («القصفـ.وأصيب») or before a dash («جنود.ـ وأصيب»). Linear: each branch one character class, no
// nesting, a lookbehind of four units at most.
const SPLIT_WORD =
  /\u0640[ _.\u00a0\u200b-\u200d]+(?=\u0640)|(?<=(?:^|[^\u0621-\u064a])[\u0621-\u064a]{1,3}\u0640)\.{1,2}(?=[\u0621-\u064a])|(?<=(?:^|[^\u0621-\u064a])[\u0621-\u064a]{1,3})\.{1,2}(?=\u0640[\u0621-\u064a])/g;

/**
 * Whether a tatweel of `text` is followed by a space, underscore or dot, or follows a dot, where {@link SPLIT_WORD} may match: most texts
 * with a tatweel have none, and a search for the one letter skips what the expression's scan reads unit by unit.
 */
function maySplitWord(text: string): boolean {
  for (let i = text.indexOf('\u0640'); i >= 0; i = text.indexOf('\u0640', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 0x20 || c === 0x5f || c === 0x2e || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || text.charCodeAt(i - 1) === 0x2e) return true;
  }
  return false;
}

/**
 * `text` with the unit at each offset of `readAs` read as the unit given with it (the last one given wins; offsets are
 * inside the text): slices between the few marks, where an array of every unit cost a pass and a string per unit.
 */
function readWith(text: string, readAs: readonly (readonly [number, string])[]): string {
  const at = new Map<number, string>();
  for (const [k, as] of readAs) at.set(k, as);
  let out = '';
  let from = 0;
  for (const k of [...at.keys()].sort((a, b) => a - b)) {
    out += text.slice(from, k) + at.get(k)!;
    from = k + 1;
  }
  return out + text.slice(from);
}

/**
 * Prepares a text as {@link prepare} does, with its words mended as pages mangle them, for the readers of words
 * (actors, places, casualties): a word split by tatweels around a space, underscore or dots is one word — the run is read as
 * tatweel (which the search fold deletes), one unit for one, so every offset still points into the caller's string —
 * and words run together past a word-final ة or ى are two («إلىمقتل»، `tokenize/glued`); a one-unit mark at an offset of
 * `readAs` is read as the character given with it. The numbers layer reads
 * {@link prepare}'s tokens: its bundle stays without this. @internal
 */
export function prepareMended(text: string, memo?: WordTable, readAs: readonly (readonly [number, string])[] = []): Doc {
  let mended = maySplitWord(text) ? text.replace(SPLIT_WORD, (run) => '\u0640'.repeat(run.length)) : text;
  // One-unit marks the caller reads as another (quotes around a count phrase: `casualties/quoted-figures`).
  if (readAs.length) mended = readWith(mended, readAs);
  const norm = searchWithOffsets(mended);
  const tokens = splitRunTogether(norm, tokenize(norm.text));
  // The ids first: giving them may empty a full vocabulary, which starts a new era.
  const ids = memo?.idsOf(tokens);
  return {
    original: text, norm: mended === text ? norm : { ...norm, original: text }, tokens, words: undefined, kinds: undefined, memo,
    info: new Array<WordInfo | undefined>(tokens.length), sentences: undefined, ids, era: memo?.era,
  };
}

/**
 * A span of the caller's original string.
 * @example
 * ```ts
 * const input = 'قتل 52 مدنيا';
 * const span: Span = { start: 4, end: 6, text: '52' }; // input.slice(4, 6) === '52'
 * ```
 */
export interface Span {
  /** UTF-16 offset of the first code unit in the caller's string. */
  start: number;
  /** UTF-16 offset after the last code unit; `input.slice(start, end) === text`. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}

/** The index of the first of `spans` (sorted by start) that starts at or after `offset`; their count when none. @internal */
export function firstSpanFrom(spans: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original span of normalized offsets `[from, to)`. @internal */
export function spanOfNormalized(doc: Doc, from: number, to: number): Span {
  const { start, end } = originalSpan(doc.norm, from, to);
  return { start, end, text: doc.original.slice(start, end) };
}

/** The original span covering tokens `first..last` (inclusive). @internal */
export function spanOfTokens(doc: Doc, first: number, last: number): Span {
  return spanOfNormalized(doc, doc.tokens[first]!.start, doc.tokens[last]!.end);
}

/**
 * A layer's mention as the public functions return it: the same fields, in the same order, without the token indices
 * the layers above use. @internal
 */
export function withoutTokens<M extends { firstToken: number; lastToken: number }>(m: M): Omit<M, 'firstToken' | 'lastToken'> {
  const { firstToken: _first, lastToken: _last, ...out } = m;
  return out;
}
