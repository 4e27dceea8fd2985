/**
 * «أم» (mother) and «أب» (father) are also «or» and a month (August), so the lexicon leaves them out alone: they are
 * read as a victim noun only where a relative with a pronoun pointing back at the parent follows by «و» or «مع», or a
 * figure of them does — «استشهاد أم وأطفالها الأربعة»، «أم وأربعة من أطفالها»، «أب مع أبنائه».
 * @module casualties/parents
 */
import type { LexMatch } from '../lexicon/match.js';
import type { VictimEntry } from '../lexicon/types.js';
import type { Context } from './context.js';
import { PARENT_FATHERS, PARENT_MOTHERS, PARENT_COMPANY } from './grammar.js';
import { KIN_PRONOUN } from './kin-joins.js';
import { CUE_PARENT } from './tokens.js';

/** Kin, as «الأم» and «الأب» are in the lexicon: people, with no age given. */
const PARENT: VictimEntry = { id: 'kin-parent', labels: { ar: 'أم أو أب', en: 'a mother or father' }, reportsAs: 'people', role: 'kinship', forms: [...PARENT_MOTHERS, ...PARENT_FATHERS] };
/** The words of company that may join a parent's relatives («مع»); the bare parent words are a cue of stage 1. */
const COMPANY = /* @__PURE__ */ new Set(PARENT_COMPANY);

/** Whether a victim noun whose word carries a pronoun starts at `k` («وأطفالها»، «أبنائه»). */
function withPronoun(ctx: Context, k: number, joined: boolean): boolean {
  const v = ctx.victimAt.get(k);
  return v !== undefined && !v.article && (joined ? v.prefix === 'و' : v.prefix === '') && KIN_PRONOUN.test(ctx.words[v.lastToken]!);
}

/**
 * Adds a victim noun to `ctx` at each bare parent word that its children or other relatives follow: «و» or «مع» and a
 * victim noun with a pronoun, or «و» and a figure «من» one («وأربعة من أطفالها»).
 * @internal
 */
export function readParents(ctx: Context): void {
  for (let k = 0; k + 1 < ctx.n; k++) {
    if (!(ctx.cues[k]! & CUE_PARENT) || ctx.victimAt.has(k) || ctx.casualtyAt.has(k)) continue;
    const next = ctx.words[k + 1]!;
    const kin =
      withPronoun(ctx, k + 1, true) ||
      (COMPANY.has(next) && withPronoun(ctx, k + 2, false)) ||
      (next.startsWith('و') && ctx.numberAt.has(k + 1) && ctx.words[k + 2] === 'من' && withPronoun(ctx, k + 3, false)) ||
      // «أم و4 من أطفالها»: a figure in digits stands apart from its «و».
      (next === 'و' && ctx.numberAt.has(k + 2) && ctx.words[k + 3] === 'من' && withPronoun(ctx, k + 4, false));
    if (!kin) continue;
    const doc = ctx.doc;
    const start = doc.norm.starts[doc.tokens[k]!.start]!;
    const end = doc.norm.ends[doc.tokens[k]!.end - 1]!;
    const m: LexMatch<'victims'> = {
      type: 'victims', id: PARENT.id, entry: PARENT, firstToken: k, lastToken: k, start, end, text: doc.original.slice(start, end),
      prefix: '', article: false, suffix: '', form: ctx.words[k]!, alternatives: [],
    };
    ctx.victimAt.set(k, m);
    ctx.victimEndingAt.set(k, m);
  }
}
