/**
 * The wounded and the dead first told as those carried away: «هرعت سيارات الإسعاف لإجلاء الشهداء والجرحى»، «ساهمت في
 * إسعاف الجرحى». After a casualty word of their kind such a phrase tells the same people again; before any, it is
 * their first telling — a mention of no size given.
 * @module casualties/evacuated
 */
import { wordIn, type Context } from './context.js';
import { EVACUATING } from './grammar.js';
import type { Candidate } from './phrases.js';

const EVACUATE = /* @__PURE__ */ new Set(EVACUATING);

/** Candidates (rule `evacuated`) for definite dead or wounded right after a word of evacuating, told nowhere before. */
export function evacuated(ctx: Context, out: Candidate[]): void {
  // The first token of a casualty word of each kind: one pass, so each phrase asks in constant time.
  const firstOfKind = new Map<string, number>();
  for (const m of ctx.casualtyAt.values()) if ((firstOfKind.get(m.entry.kind) ?? Infinity) > m.firstToken) firstOfKind.set(m.entry.kind, m.firstToken);
  for (const p of ctx.casualtyAt.values()) {
    if (p.entry.pos !== 'participle' || !p.article || (p.entry.kind !== 'killed' && p.entry.kind !== 'injured')) continue;
    // «الشهداء والجرحى»: a conjunct shares the word of evacuating before the first.
    const head = p.prefix === 'و' ? ctx.casualtyEndingAt.get(p.firstToken - 1) : p;
    if (!head || !head.article || head.entry.pos !== 'participle' || (head !== p && head.prefix !== '') || !wordIn(ctx, head.firstToken - 1, EVACUATE)) continue;
    // Told before, the evacuated are those. (A toll told after them is rarer in real reports than their only telling.)
    if (firstOfKind.get(p.entry.kind)! < p.firstToken) continue;
    out.push({ kind: p.entry.kind, first: head.firstToken - 1, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: { vague: 'some' }, victims: 'unspecified', others: false, rule: 'evacuated' });
  }
}

