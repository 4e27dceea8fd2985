/**
 * Kin in a list of victims joined by «و»: «وزوجته الحامل وابنتهما» (an adjective after a kin noun with its pronoun),
 * «وشقيقة زوجته» (a kin noun in construct with another kin noun that carries the pronoun) — one person each.
 * @module casualties/kin-joins
 */
import type { LexMatch } from '../lexicon/match.js';
import type { Context } from './context.js';
import { plainWord } from './phrases.js';
import { F } from './tokens.js';

/** A pronoun ending of a kin noun («زوجته»، «أبنائها»، «ابنتهما»). */
export const KIN_PRONOUN = /(ه|ها|هم|هما|هن)$/u;

/**
 * Whether victim noun `v` is kin whose word carries a pronoun pointing back at a person («زوجته»). The word, not the
 * suffix: «نجله» is also read whole as «نجلة».
 */
export function kinHasPronoun(ctx: Context, v: LexMatch<'victims'>): boolean {
  return v.entry.role === 'kinship' && KIN_PRONOUN.test(ctx.words[v.lastToken]!);
}

/** Whether a kin noun with a possessive pronoun ends at `k` («وزوجته»). */
function kinWithPronoun(ctx: Context, k: number): boolean {
  const v = ctx.victimAt.get(k) ?? findEnding(ctx, k);
  return v !== undefined && !v.article && kinHasPronoun(ctx, v);
}

function findEnding(ctx: Context, k: number) {
  const v = ctx.victimAt.get(k - 1);
  return v?.lastToken === k ? v : undefined;
}

/**
 * «وزوجته الحامل وابنتهما»: one definite adjective after a kin noun with its pronoun (definite by it), with «و» right
 * after the adjective.
 */
export function kinAdjectiveBeforeAnd(ctx: Context, last: number): boolean {
  const k = last + 1;
  if (!kinWithPronoun(ctx, last) || !(ctx.bits[k + 1]! & F.AND) || ctx.bits[k]! & (F.AND | F.TIME)) return false;
  const v = ctx.victimAt.get(k);
  const plain = v ? v.prefix === '' && v.lastToken === k && !v.entry.role : plainWord(ctx, k);
  return plain && ctx.words[k]!.startsWith('ال');
}

/** «وشقيقة زوجته»، «وابن عمه»: the end of a victim noun's genitive that is kin with a pronoun, else `last`. */
export function kinConstructEnd(ctx: Context, last: number): number {
  const head = ctx.victimAt.get(last) ?? findEnding(ctx, last);
  // The head may be read as kin or as its class («شقيقة» a woman); it has no article and no pronoun of its own.
  if (!head || head.article || head.suffix !== '' || head.lastToken !== last) return last;
  const next = ctx.victimAt.get(last + 1);
  return next !== undefined && next.prefix === '' && kinWithPronoun(ctx, next.lastToken) ? next.lastToken : last;
}

/** Whether the group at `first` opens with a kin noun whose pronoun points back to a person before it («وزوجته»). */
export function opensWithKin(ctx: Context, first: number): boolean {
  const v = ctx.victimAt.get(first);
  return v !== undefined && kinWithPronoun(ctx, v.lastToken);
}
