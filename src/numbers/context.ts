/**
 * What every number rule reads: the prepared document, the lexicon, memoized word readings and small token tests.
 * @module numbers/context
 */
import { spanOfNormalized, type Doc } from '../document.js';
import type { Token } from '../tokenize/index.js';
import type { Quantity, VagueLabel } from '../quantity.js';
import { Flag, WordClass, buildLexicon, readWord, wordReading, type Lexicon, type WordEntry, type WordReading } from './lexicon.js';
import type { NumberKind } from './types.js';

/** A set of normalized words written as one space-separated string (tables stay data, not code). @internal */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** The number lexicon, built once from the data tables. @internal */
export const LEXICON: Lexicon = /* @__PURE__ */ buildLexicon();

/** Per-document state of one scan (local to the call; nothing global is mutated). @internal */
export interface Ctx {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  /** Memoized readings: undefined = not read yet. */
  readonly readings: (WordReading | null | undefined)[];
  /** The whole text is one number (`parseNumber`): spoken forms that are also words count alone. */
  readonly whole: boolean;
}

/** A rule's result before qualifiers and spans: tokens `first..last`, normalized offsets `[from, to)`. @internal */
export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly from: number;
  readonly to: number;
  readonly kind: NumberKind;
  readonly rule: string;
  readonly value?: number;
  readonly min?: number;
  readonly max?: number;
  readonly vague?: VagueLabel;
  readonly name?: boolean | undefined;
}

/**
 * The candidate over tokens `first..last` whose span starts at normalized offset `from` (after the clitics of its first
 * word, or at a prefix such as «-» or «الـ»): its first token is the first one the span reaches. @internal
 * @example
 * ```ts
 * candidate(createCtx(prepare('وخمسة')), 0, 1, 0, 'cardinal', 'words', { value: 5 }); // → { first: 0, from: 1, to: 5, … }
 * ```
 */
export function candidate(ctx: Ctx, first: number, from: number, last: number, kind: NumberKind, rule: string, q: Quantity & { name?: boolean }): Candidate {
  while (first < last && ctx.tokens[first]!.end <= from) first++;
  return { first, last, from, to: endOf(ctx, last), kind, rule, ...q };
}

/** A rule: tries to read a number expression that starts at (or right after) token `i`. @internal */
export type NumberRule = (ctx: Ctx, i: number) => Candidate | null;

/**
 * Creates the scan state for a document. @internal
 * @example
 * ```ts
 * const ctx = createCtx(prepare('قتل خمسة'));
 * reading(ctx, 1)?.value; // → 5
 * ```
 */
export function createCtx(doc: Doc, whole = false): Ctx {
  return { doc, tokens: doc.tokens, readings: new Array<WordReading | null | undefined>(doc.tokens.length), whole };
}

/**
 * The number-word reading of token `i` (clitics allowed), or null. Memoized per document. @internal
 * @example
 * ```ts
 * reading(createCtx(prepare('بثلاث غارات')), 0); // → { stem: 'ثلاث', clitic: 1, article: false, … }
 * ```
 */
export function reading(ctx: Ctx, i: number): WordReading | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  let r = ctx.readings[i];
  if (r === undefined) {
    r = readWord(LEXICON, t.text);
    // «وأحد عشر» folds to «واحد عشر»: before عشر it is و + أحد (eleven), never «واحد» (one).
    if (r && r.clitic === 0 && r.value === 1 && !(r.flags & Flag.oneOf) && t.text[0] === 'و' && isEntry(LEXICON.forms.get(textOf(ctx, i + 1)), WordClass.unit, 10)) {
      r = readWord(LEXICON, t.text.slice(1));
      if (r) r = withAnd(r);
    }
    ctx.readings[i] = r;
  }
  return r;
}

/** A reading with one more clitic letter in front: the conjunction و. */
function withAnd(r: WordReading): WordReading {
  return wordReading(r, r.stem, r.clitic + 1, r.article, true);
}

/**
 * The reading of token `i` when it carries no clitic and no article («آلاف» after «ثلاثة»). @internal
 * @example
 * ```ts
 * plainReading(createCtx(prepare('ثلاثة آلاف')), 1)?.value; // → 1000
 * ```
 */
export function plainReading(ctx: Ctx, i: number): WordReading | null {
  const r = reading(ctx, i);
  return r && r.clitic === 0 && !r.article ? r : null;
}

/**
 * True when a reading is the number word of this class and value (عشر/عشرة: unit 10; مئة: hundred 100). @internal
 * @example
 * ```ts
 * isEntry(plainReading(createCtx(prepare('خمسة عشر')), 1), 'unit', 10); // → true
 * ```
 */
export function isEntry(r: WordEntry | null | undefined, cls: WordClass, value: number): boolean {
  return !!r && r.cls === cls && r.value === value;
}

/**
 * The normalized text of token `i`, or ''. A text tells the kind: a sign (-، /) is never a word, an Arabic word never a
 * number, so a word set or a sign is compared with it directly. @internal
 * @example
 * ```ts
 * textOf(createCtx(prepare('عدد من')), 1); // → 'من'
 * ```
 */
export function textOf(ctx: Ctx, i: number): string {
  return ctx.tokens[i]?.text ?? '';
}


/** Where a coordinated component sits and how its word reads without the و. @internal */
export interface AndPart {
  /** The token that carries the component. */
  readonly at: number;
  /** Its number-word reading without the conjunction (null for digits or non-number words). */
  readonly r: WordReading | null;
}

/**
 * A coordinated next component at token `i`: «وعشرين» (و attached) or «و عشرين» (و alone). An attached و is read off
 * before the lookup, so «وأحد عشر» is و + أحد, not «واحد». Returns null when token `i` does not start with و.
 * @internal
 * @example
 * ```ts
 * afterAnd(createCtx(prepare('خمسة وعشرين')), 1)?.r?.value; // → 20
 * ```
 */
export function afterAnd(ctx: Ctx, i: number): AndPart | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.text === 'و') {
    const next = ctx.tokens[i + 1];
    if (!next) return null;
    const r = reading(ctx, i + 1);
    return { at: i + 1, r: r && r.clitic === 0 ? r : null };
  }
  // «واحد» is one word, not و + أحد («ثلاثين واحد» is thirty people).
  if (t.text.length < 3 || t.text[0] !== 'و' || reading(ctx, i)?.clitic === 0) return null;
  const inner = readWord(LEXICON, t.text.slice(1));
  if (!inner || inner.clitic > 0) return null;
  return { at: i, r: withAnd(inner) };
}

/**
 * True when the original text of token `i`'s last letter contains `ch` (ة, ى and the tanween are folded away in the
 * search form). @internal
 * @example
 * ```ts
 * endsWithOriginal(createCtx(prepare('بعدة')), 0, 'ة'); // → true («بعده» → false)
 * ```
 */
export function endsWithOriginal(ctx: Ctx, i: number, ch: string): boolean {
  const end = endOf(ctx, i);
  return spanOfNormalized(ctx.doc, end - 1, end).text.includes(ch);
}

/**
 * Normalized start of token `i` after `skip` clitic letters. @internal
 * @example
 * ```ts
 * startOf(createCtx(prepare('قتل بثلاث')), 1, 1); // → 5
 * ```
 */
export function startOf(ctx: Ctx, i: number, skip: number): number {
  return ctx.tokens[i]!.start + skip;
}

/**
 * Normalized end of token `i`. @internal
 * @example
 * ```ts
 * endOf(createCtx(prepare('قتل 52')), 1); // → 6
 * ```
 */
export function endOf(ctx: Ctx, i: number): number {
  return ctx.tokens[i]!.end;
}
