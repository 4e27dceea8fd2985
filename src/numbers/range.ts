/**
 * Ranges and alternatives: two figures read as one quantity `{ min, max }` — «20-25»، «10 أو 12»، «من 30 إلى 40»،
 * «بين 10 و15». A toll given as a range is one count, not two.
 * @module numbers/range
 */
import { cardinalRule } from './cardinal.js';
import { afterAnd, candidate, textOf, type Candidate, type Ctx } from './context.js';

/** Roots of verbs of change: after them «من 30 إلى 40» is a change from one figure to another, not a range. */
const CHANGES = 'رتفع زاد زيد نخفض راجع قفز صعد رفع ضاعف'.split(' ');

/** True when a verb of change stands in the five words up to token `i` («ارتفعت حصيلة القتلى من 30 إلى 40»). */
function changeBefore(ctx: Ctx, i: number): boolean {
  for (let k = i; k > i - 5 && ctx.tokens[k]?.kind === 'word'; k--) if (CHANGES.some((c) => textOf(ctx, k).includes(c))) return true;
  return false;
}

/** A figure that may be a year of the news («2023»). */
const yearLike = (v: number): boolean => v >= 1900 && v <= 2100;

/** True when token `i` is a dash or slash: a phone number or date («12-05-2020») is no range. */
const chained = (ctx: Ctx, i: number): boolean => textOf(ctx, i) === '-' || textOf(ctx, i) === '/';

/**
 * The range that a figure `c` opens, or null: a joiner after it, then a larger figure of the same kind (a percent may
 * close a range of plain figures: «بين 10 و15 في المئة»). «-» and «أو» join two figures anywhere, and so does «إلى»
 * («قرابة 50 إلى 60 ضحية»); «حتى» and «و» only after a word that opens a range (`opener`, the token of «من»/«بين», or
 * -1). «إلى» and «حتى» join none after a verb of change («ارتفع العدد 12 إلى 15»).
 * @internal
 * @example
 * ```ts
 * const ctx = createCtx(prepare('بين 10 و15 قتيلا'));
 * rangeFrom(ctx, cardinalRule(ctx, 1)!, 0); // → { min: 10, max: 15, rule: 'range', first: 1, last: 3, … }
 * ```
 */
export function rangeFrom(ctx: Ctx, c: Candidate, opener: number): Candidate | null {
  const t = ctx.tokens[c.last + 1];
  if (!t || c.name || chained(ctx, c.first - 1)) return null;
  const and = t.text[0] === 'و'; // a word: no number or sign starts with و
  const joined = t.text === '-' || t.text === '–' || t.text === 'او';
  const to = t.text === 'الي';
  if (!joined && (!(opener < 0 ? to : and || to || t.text === 'حتي') || changeBefore(ctx, (opener < 0 ? c.first : opener) - 1))) return null;
  const d = cardinalRule(ctx, and ? (afterAnd(ctx, c.last + 1)?.at ?? -1) : c.last + 2);
  if (!d || d.value! <= c.value! || d.name || chained(ctx, d.last + 1)) return null; // cardinal candidates carry a value
  // «منذ أكتوبر 2023 إلى 62,622 شهيدا»: a year before a bare «إلى» and a figure far above it ends a date («نحو 2000
  // إلى 3000 مقاتل» stays a range).
  if (opener < 0 && !joined && yearLike(c.value!) && !yearLike(d.value!) && d.value! > 2 * c.value!) return null;
  return d.kind === c.kind || c.kind === 'cardinal'
    ? candidate(ctx, c.first, c.from, d.last, d.kind, 'range', { min: c.value, max: d.value })
    : null;
}
