/**
 * Ranges and alternatives: two figures read as one quantity `{ min, max }` — «20-25»، «10 أو 12»، «من 30 إلى 40»،
 * «بين 10 و15». A toll given as a range is one count, not two.
 * @module numbers/range
 */
import { cardinalRule } from './cardinal.js';
import { afterAnd, endOf, isPunct, textOf, type Candidate, type Ctx } from './context.js';
import { stripLeadingClitics } from './qualifiers.js';

/** Roots of verbs of change: after them «من 30 إلى 40» is a change from one figure to another, not a range. */
const CHANGES = 'رتفع زاد زيد نخفض راجع قفز صعد رفع ضاعف'.split(' ');

/** True when a verb of change stands in the five words up to token `i` («ارتفعت حصيلة القتلى من 30 إلى 40»). */
function changeBefore(ctx: Ctx, i: number): boolean {
  for (let k = i; k > i - 5 && ctx.tokens[k]?.kind === 'word'; k--) if (CHANGES.some((c) => textOf(ctx, k).includes(c))) return true;
  return false;
}

/** True when token `i` is a dash or slash: a phone number or date («12-05-2020») is no range. */
const chained = (ctx: Ctx, i: number): boolean => isPunct(ctx, i, '-') || isPunct(ctx, i, '/');

/**
 * The range that a figure `c` opens, or null: a joiner after it («-»، «أو»; «إلى»/«حتى» after «من»; «و» after «بين»),
 * then a larger figure of the same kind (a percent may close a range of plain figures: «بين 10 و15 في المئة»). The
 * word that opens it («بين»، «ما بين»، «من») becomes its qualifier, so the casualty layer reads the count from there
 * («مقتل بين 10 و15 مدنيا»). @internal
 * @example
 * ```ts
 * const ctx = createCtx(prepare('بين 10 و15 قتيلا'));
 * rangeFrom(ctx, cardinalRule(ctx, 1)!); // → { min: 10, max: 15, rule: 'range', first: 1, last: 3, opener: { first: 0, … }, … }
 * ```
 */
export function rangeFrom(ctx: Ctx, c: Candidate): Candidate | null {
  const t = ctx.tokens[c.last + 1];
  if (!t || c.value === undefined || c.name || chained(ctx, c.first - 1)) return null;
  const w = t.text;
  const needs = w === '-' || w === '–' || w === 'او' ? '' : w === 'الي' || w === 'حتي' ? 'من' : w[0] === 'و' && t.kind === 'word' ? 'بين' : null;
  let open = c.first - 1;
  const clitic = needs ? stripLeadingClitics(textOf(ctx, open), needs) : 0;
  if (needs === null || clitic < 0 || (needs === 'من' && changeBefore(ctx, open - 1))) return null;
  const d = cardinalRule(ctx, needs === 'بين' ? (afterAnd(ctx, c.last + 1)?.at ?? -1) : c.last + 2);
  if (!d || d.value === undefined || d.value <= c.value || d.name || chained(ctx, d.last + 1)) return null;
  if (d.kind !== c.kind && c.kind !== 'cardinal') return null;
  if (needs && !clitic && textOf(ctx, open - 1) === 'ما') open--;
  const opener = needs ? { first: open, last: c.first - 1, from: ctx.tokens[open]!.start + (open < c.first - 1 ? 0 : clitic), to: endOf(ctx, c.first - 1) } : undefined;
  return { first: c.first, last: d.last, from: c.from, to: d.to, kind: d.kind, rule: 'range', min: c.value, max: d.value, opener };
}
