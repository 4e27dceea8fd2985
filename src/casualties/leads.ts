/**
 * Where a statement begins inside its sentence: past opening marks and past a headline's lead (its dateline, source
 * or tag), so that a reading that wants a sentence's first word also finds it in «• قتلى…» or «ليبيا: قتلى…».
 * @module casualties/leads
 */
import type { Context } from './context.js';

/** Marks that may stand before a statement's first word: quotes, brackets, bullets («• قتلى…»، «"قتلى…"»). */
const OPENING_MARKS = /* @__PURE__ */ new Set(['"', "'", '«', '“', '(', '[', '•', '·', '*']);
/** Marks that end a headline's lead: a place, outlet or tag before it («ليبيا: قتلى…»، «عاجل | قتلى…»، «طرابلس - وكالات: …»). */
const LEAD_ENDS = /* @__PURE__ */ new Set([':', '|', '-', '–', '—']);
/** The most tokens (words and marks) a lead may have: a dateline or tag is a few words, a sentence with a colon is longer. */
const MAX_LEAD = 6;

/**
 * Whether the word at `at` opens a statement: it starts its sentence past any opening marks, or it follows a short
 * lead with no casualty word that ends in a colon, a bar or a dash — a headline's dateline, source or tag.
 */
export function opensStatement(ctx: Context, at: number): boolean {
  const start = ctx.sentenceStarts[ctx.sentenceOf[at]!]!;
  let i = at - 1;
  let lead = false;
  for (; i >= start && ctx.doc.tokens[i]!.kind === 'punct'; i--) {
    if (LEAD_ENDS.has(ctx.words[i]!)) lead = true;
    else if (!OPENING_MARKS.has(ctx.words[i]!)) break;
  }
  if (i < start) return true;
  if (!lead || i - start >= MAX_LEAD) return false;
  for (let k = start; k <= i; k++) if (ctx.casualtyAt.has(k)) return false;
  return true;
}
