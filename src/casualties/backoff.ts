/**
 * The cascade's back-off: a casualty word and a counted group side by side in one clause, which no reading took.
 *
 * The readings before this one each know a shape of statement (verb then object, subject then verb, toll nouns,
 * idioms…), and real reporting keeps finding shapes none of them knows: «نعت الصفحات مدنيين بينهم ثلاثة أطفال
 * قتلوا»، «… من الطرفين، بينهم 4 مدنيين أعدموا ميدانياً». What such statements share is the pair itself: a word
 * that says people were killed, wounded, executed, held or lost, and a figure of people next to it. Where that pair
 * stands alone — no reading found anything on its words, not even one the refiners later dropped as a retelling — it
 * is read as a mention of its own, with the figure's group, and the attachers give it its actor, cause and place as
 * any other.
 * @module casualties/backoff
 */
import type { Context } from './context.js';
import { datedFigure, fromGroupAt } from './link.js';
import { readNounPhrase, tokensCovered, type Candidate, type NounPhrase } from './phrases.js';
import { F } from './tokens.js';
import type { CasualtyKind } from './types.js';

/** How many tokens may stand between the casualty word and the group («قتل منهم 5»، «قتل أمس 5»). */
const REACH = 2;

/** Prepositions a pair may have between its words; not «قبل/بعد» («من قبل عناصر» names the agent, «بعد» a time). */
const PREPOSITIONS = /* @__PURE__ */ new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'بين']);

/** Breaks a pair may not cross: a sentence end, a comma, a clause opener, a relative pronoun. */
const BREAKS = F.END | F.COMMA | F.OPENER | F.RELATIVE;

/**
 * Candidates for pairs no reading took, in text order. `read` is every reading found, before the refiners dropped
 * any: words a dropped reading covered were judged already (a retelling, a hypothetical), not missed.
 * @internal
 */
export function backoffPairs(ctx: Context, read: readonly Candidate[]): Candidate[] {
  const taken = tokensCovered(ctx, read);
  const out: Candidate[] = [];
  let after = -1;
  for (const { num, at } of ctx.numbers) {
    if (at <= after) continue;
    const np = readNounPhrase(ctx, at);
    // A year stands next to casualty words in dates («قتل عام 2015»), never as a group of people by itself.
    if (!np?.countTokens || (np.victims === null && !np.participle && (datedFigure(ctx, num.firstToken) || !standsAsGroup(ctx, np.last + 1)))) continue;
    const c = pairOf(ctx, np);
    if (!c || taken.subarray(c.first, c.last + 1).includes(1)) continue;
    out.push(c);
    after = c.last;
  }
  return out;
}

/**
 * The figure's group read with the casualty word nearest it: its own participle («5 قتلى»); a verb or verbal noun
 * before it («قتل منهم 5»، «وإصابة أكثر من 40»); a verb after it («ثلاثة أطفال قتلوا»). A definite noun before a
 * group names dead already told («القتلى هم 7 نساء»، «من بين القتلى أمريكيان»), and nouns after one are its genitives.
 */
function pairOf(ctx: Context, np: NounPhrase): Candidate | null {
  if (np.participle) {
    return pair(np.participle.entry.kind, [np.participle.firstToken, np.participle.lastToken], np);
  }
  for (let k = np.first - 1; k >= 0 && k >= np.first - 1 - REACH; k--) {
    if (ctx.bits[k + 1]! & BREAKS || ctx.clauseOf[k] !== ctx.clauseOf[np.first]) break;
    const m = ctx.casualtyEndingAt.get(k);
    if (m) return m.entry.pos !== 'participle' && !m.article ? pair(m.entry.kind, [m.firstToken, m.lastToken], np) : null;
    if (!light(ctx, k)) break;
  }
  for (let k = np.last + 1; k < ctx.n && k <= np.last + 1 + REACH; k++) {
    if (ctx.bits[k]! & BREAKS || ctx.clauseOf[k] !== ctx.clauseOf[np.last]) break;
    const m = ctx.casualtyAt.get(k);
    if (m) return m.entry.pos === 'verb' ? pair(m.entry.kind, [m.firstToken, m.lastToken], np) : null;
    if (!light(ctx, k)) break;
  }
  return null;
}

/** A token a pair may have between its words: a mark (not another figure), a preposition («منهم»), a time word («أمس»). */
function light(ctx: Context, k: number): boolean {
  const bits = ctx.bits[k]!;
  if (ctx.numberAt.has(k)) return false;
  return !(bits & F.WORD) || (bits & F.TIME) !== 0 || PREPOSITIONS.has(ctx.words[k]!) || /^(?:من|بين)(?:هم|هن|ها|هما)$/u.test(ctx.words[k]!);
}

/** The candidate of a pair: the group read with the casualty word, rule `backoff`. */
function pair(kind: CasualtyKind, trigger: readonly [number, number], np: NounPhrase): Candidate {
  const c = fromGroupAt(kind, trigger, np, Math.min(trigger[0], np.first), Math.max(trigger[1], np.last));
  c.rule = 'backoff';
  return c;
}

/**
 * A bare figure is a group of people only where no noun follows it: the text goes on with punctuation, a
 * preposition, «و», a time word or a casualty word («قتل 5 في القصف»، «5 قتلوا»), not «3 أيام» or «12 ساعة».
 */
function standsAsGroup(ctx: Context, k: number): boolean {
  if (k >= ctx.n) return true;
  const bits = ctx.bits[k]!;
  if (!(bits & F.WORD) || bits & (F.END | F.COMMA | F.AND | F.TIME)) return true;
  return PREPOSITIONS.has(ctx.words[k]!) || ctx.casualtyAt.has(k);
}
