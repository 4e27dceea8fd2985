/**
 * One more of the same told after a victim's description: «وفاة شخص يدعى فلان، يعمل سائقاً في البلدية، ومواطن آخر»،
 * «إعدام جاسوس يدعى "س" وعمره 40 عاماً، وجاسوس آخر» — two persons of one statement.
 * @module casualties/another-one
 */
import type { Context } from './context.js';
import { ANOTHER_ONE } from './grammar.js';
import { countOfForm, mixedClass, type Candidate } from './phrases.js';
import { F, victimClass } from './tokens.js';

const ANOTHER = /* @__PURE__ */ new Set(ANOTHER_ONE);
/** How many tokens a victim's description may take before «، وآخرُ …»: a name, a trade, an age, a place. */
const DESCRIPTION_REACH = 16;

/**
 * Past a mention of an exact count, in its sentence, a comma, then «و», an indefinite singular victim noun and «آخر/أخرى»
 * add one to it (and its span reaches them) — unless a casualty word or another mention comes first, or one follows
 * them: «، ومواطن آخر أصيب بجروح» is a statement of its own.
 */
export function anotherOneJoined(ctx: Context, candidates: Candidate[]): void {
  const taken = new Uint8Array(ctx.n);
  for (const c of candidates) for (let k = c.first; k <= c.last; k++) taken[k] = 1;
  for (const [i, c] of candidates.entries()) {
    const value = c.count?.value;
    if (value === undefined || c.others || c.count!.approximate) continue;
    const sentence = ctx.sentenceOf[c.last];
    for (let k = c.last + 1; k < ctx.n && k <= c.last + DESCRIPTION_REACH && ctx.sentenceOf[k] === sentence; k++) {
      if (taken[k] || ctx.casualtyAt.has(k)) break;
      if (!(ctx.bits[k - 1]! & F.COMMA) || !(ctx.bits[k]! & F.AND)) continue;
      const v = ctx.victimAt.get(k);
      if (!v || v.firstToken !== k || v.article || v.prefix !== 'و' || countOfForm(v)?.value !== 1) continue;
      const other = v.lastToken + 1;
      if (!ANOTHER.has(ctx.words[other] ?? '') || ctx.casualtyAt.has(other + 1) || taken[other + 1]) break;
      candidates[i] = { ...c, count: { value: value + 1 }, last: other, victims: c.victims === null ? null : mixedClass(c.victims, victimClass(v)) as Candidate['victims'] };
      break;
    }
  }
}
