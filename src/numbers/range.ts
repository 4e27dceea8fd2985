/**
 * Ranges and alternatives: two figures read as one quantity `{ min, max }` — «20-25»، «10 أو 12»، «من 30 إلى 40»،
 * «بين 10 و15». A toll given as a range is one count, not two.
 * @module numbers/range
 */
import { cardinalRule } from './cardinal.js';
import { afterAnd, isPunct, textOf, type Candidate, type Ctx } from './context.js';
import { stripLeadingClitics } from './qualifiers.js';

/** Words that join the two ends, and the word the first end must follow (none for «-» and «أو»). */
const JOINERS: Readonly<Record<string, string>> = { '-': '', '–': '', او: '', الي: 'من', حتي: 'من', و: 'بين' };

/** Starts of verbs of change: after them «من 30 إلى 40» is a change from one figure to another, not a range. */
const CHANGES = 'ارتفع يرتفع ترتفع ارتفاع زاد يزيد تزيد زياد انخفض ينخفض تنخفض انخفاض تراجع يتراجع قفز يقفز تقفز صعد يصعد تصعد رفع يرفع ترفع تضاعف'.split(' ');

/** True when a verb of change stands in the five words up to token `i` («ارتفعت حصيلة القتلى من 30 إلى 40»). */
function changeBefore(ctx: Ctx, i: number): boolean {
  for (let k = i; k > i - 5 && ctx.tokens[k]?.kind === 'word'; k--) {
    const w = textOf(ctx, k).replace(/^[وف]/u, '');
    if (CHANGES.some((c) => w.startsWith(c))) return true;
  }
  return false;
}

/**
 * The word that opens the range ending before token `i`, reported as the range's qualifier: «بين»، «ما بين»،
 * «من» (the casualty layer reads a count from its qualifier: «مقتل بين 10 و15 مدنيا»). @internal
 */
export function rangeOpener(ctx: Ctx, i: number): { first: number; last: number; from: number; to: number } | null {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return null;
  let clitic = stripLeadingClitics(t.text, 'بين');
  if (clitic < 0) clitic = stripLeadingClitics(t.text, 'من');
  if (clitic < 0) return null;
  const first = !clitic && textOf(ctx, i - 1) === 'ما' ? i - 1 : i;
  return { first, last: i, from: ctx.tokens[first]!.start + (first < i ? 0 : clitic), to: t.end };
}

/** True when token `i` is a dash or slash: a phone number or date («12-05-2020») is no range. */
const chained = (ctx: Ctx, i: number): boolean => isPunct(ctx, i, '-') || isPunct(ctx, i, '/');

/**
 * The range that a figure `c` opens, or null: the joiner after it, then a larger figure of the same kind (a percent
 * may close a range of plain figures: «بين 10 و15 في المئة»). @internal
 * @example
 * ```ts
 * const ctx = createCtx(prepare('بين 10 و15 قتيلا'));
 * rangeFrom(ctx, cardinalRule(ctx, 1)!); // → { min: 10, max: 15, rule: 'range', first: 1, last: 3, … }
 * ```
 */
export function rangeFrom(ctx: Ctx, c: Candidate): Candidate | null {
  const t = ctx.tokens[c.last + 1];
  // An attached «و15»/«وعشرين» is read as and + figure; the joiner is otherwise its own token.
  const joiner = t?.text[0] === 'و' && t.kind === 'word' ? 'و' : t?.text;
  const needs = joiner === undefined ? undefined : JOINERS[joiner];
  if (needs === undefined || c.value === undefined || c.name || chained(ctx, c.first - 1)) return null;
  if (needs && (stripLeadingClitics(textOf(ctx, c.first - 1), needs) < 0 || (needs === 'من' && changeBefore(ctx, c.first - 2)))) return null;
  const at = joiner === 'و' ? afterAnd(ctx, c.last + 1)?.at : c.last + 2;
  const d = at === undefined ? null : cardinalRule(ctx, at);
  if (!d || d.value === undefined || d.value <= c.value || d.name || chained(ctx, d.last + 1)) return null;
  if (d.kind !== c.kind && c.kind !== 'cardinal') return null;
  return { first: c.first, last: d.last, from: c.from, to: d.to, kind: d.kind, rule: 'range', min: c.value, max: d.value };
}
