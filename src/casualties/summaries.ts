/**
 * Per-document summaries for the attachers: facts of a token or of an actor mention's first token that do not depend
 * on the mention asking («رداً على» before this actor, a charge before it, a verb of finding after it). The attachers
 * ask them again for every mention near; each is computed on first use and kept in the context for the rest of the
 * document, so a window is scanned once per document instead of once per mention.
 * @module casualties/summaries
 */
import type { Context } from './context.js';

// The facts kept, by number: exported constants, not an object, so that bundlers inline them.
/** `replyOpening` of a token: the «على» of the «رداً على» phrase it stands in, or -1. @internal */
export const REPLY_OPENING = 0;
/** `chainStart` of an actor, by its first token: the first token of the coordination it ends. @internal */
export const CHAIN_START = 1;
/** `pointsBack` after the victims ending at a token: a word that points back at a side («منهم»). @internal */
export const POINTED_BACK = 2;
/** A charge or pretext a few words before an actor, by its first token (`charged`). @internal */
export const CHARGED = 3;
/** «بين» before an actor and the actors paired with it, by its first token (`betweenSides`). @internal */
export const BETWEEN_SIDES = 4;
/** A verb of finding or receiving at a token, read without its «و/ف» (`aftermath`). @internal */
export const AFTERMATH_VERB = 5;

/** «منذ» or an event a span of time away a few words before an actor, by its first token (`sinceWhen`). @internal */
export const SINCE_WHEN = 6;
/** An actor that describes a place or sponsors a group, by its first token (`describing`). @internal */
export const DESCRIBING = 7;

/** The number of facts kept: a context keeps this many 32-bit values per token. @internal */
export const SUMMARY_FACTS = 8;

/**
 * The kept facts of a document in one zeroed array (a view of the context's buffer), fact `f` of token `at` at
 * `f * n + at`: the fact plus {@link OFFSET} once computed, 0 before. @internal
 */
export class Summaries {
  /** Whether each actor mention asked so far is, by its own place alone, no agent (`noAgentByPlace` in attach.ts). */
  readonly noAgent = new Map<object, boolean>();
  constructor(readonly values: Int32Array) {}
}

/** Stored values are shifted so that 0 means "not computed yet" (a fresh array is all zeros) and -1 fits. */
const OFFSET = 2;


/**
 * Fact `fact` of token `at`,
 * computed by `read(ctx, arg)` (a number ≥ -1) the first time it is asked for this document, then kept. Out of range,
 * it is computed each time.
 * @internal
 */
export function kept<A>(ctx: Context, fact: number, at: number, arg: A, read: (ctx: Context, arg: A) => number): number {
  if (at < 0 || at >= ctx.n) return read(ctx, arg);
  const values = ctx.summaries.values;
  const known = values[fact * ctx.n + at]!;
  if (known !== 0) return known - OFFSET;
  const value = read(ctx, arg);
  values[fact * ctx.n + at] = value + OFFSET;
  return value;
}

/** A yes/no fact of token `at`, computed by `test(ctx, arg)` once per document (see {@link kept}). @internal */
export function keptTest<A>(ctx: Context, fact: number, at: number, arg: A, test: (ctx: Context, arg: A) => boolean): boolean {
  if (at < 0 || at >= ctx.n) return test(ctx, arg);
  const values = ctx.summaries.values;
  const known = values[fact * ctx.n + at]!;
  if (known !== 0) return known === OFFSET + 1;
  const yes = test(ctx, arg);
  values[fact * ctx.n + at] = yes ? OFFSET + 1 : OFFSET;
  return yes;
}
