/**
 * Casualty phrases that tell no harm by violence: a killing by a figure of speech or by nature, and a case of disease.
 * @module casualties/not-violence
 */
import { wordIn, type Context } from './context.js';
import { BECAUSE_OF, DISEASES, NOT_AGENTS } from './grammar.js';
import type { Candidate } from './phrases.js';
import { F } from './tokens.js';

const DISEASE = /* @__PURE__ */ new Set(DISEASES);
const NO_AGENT = /* @__PURE__ */ new Set(NOT_AGENTS);
const BECAUSE = /* @__PURE__ */ new Set(BECAUSE_OF);
// How many words after the phrase a disease may stand: «12 إصابة جديدة بفيروس كورونا».
const DISEASE_REACH = 3;

/**
 * True when candidate `c` tells no casualty of violence: a killing verb whose subject, right before or after it, is a
 * feeling, a state, prices or a disease («الغلاء يقتل 3 ملايين أسرة»، «قتل الفقر آلاف الأطفال»), or a phrase followed by
 * «بـ» and a disease, or by a cause word and one («تسجيل إصابتين بالكوليرا»، «أصيب 40 شخصا بالحصبة»، «توفي 3 أطفال
 * جراء الكوليرا»).
 * @internal
 */
export function notOfViolence(ctx: Context, c: Candidate): boolean {
  if (c.kind === 'killed' && ctx.casualtyAt.get(c.trigger[0])?.entry.pos === 'verb' && (abstract(ctx, c.trigger[0] - 1) || abstract(ctx, c.trigger[1] + 1))) return true;
  const end = Math.min(ctx.n, c.last + 1 + DISEASE_REACH);
  for (let k = c.trigger[1] + 1; k < end; k++) {
    if (ctx.bits[k]! & (F.COMMA | F.END) || (k > c.last && ctx.casualtyAt.has(k))) return false;
    const w = ctx.words[k]!;
    if ((w.startsWith('ب') && wordIn(ctx, k, DISEASE)) || (BECAUSE.has(w) && wordIn(ctx, k + 1, DISEASE))) return true;
  }
  return false;
}

/** The word at `k`, bare or after «و», is a feeling, a state or a disease: no agent. */
function abstract(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  const bare = w.startsWith('و') ? w.slice(1) : w;
  return NO_AGENT.has(w) || NO_AGENT.has(bare) || DISEASE.has(w) || DISEASE.has(bare);
}
