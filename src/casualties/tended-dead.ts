/**
 * The dead already counted, told again as the object of what is done for them: «البحث عن القتلى والجرحى»، «بدأ تشييع
 * عدد من القتلى»، «جرى التعرف على جثامين 15 فرداً» after a toll are no new casualty.
 * @module casualties/tended-dead
 */
import { wordIn, type Context } from './context.js';
import { BODIES, TENDING_THE_DEAD } from './grammar.js';
import type { Candidate } from './phrases.js';

const TENDING = /* @__PURE__ */ new Set(TENDING_THE_DEAD);
const BODY = /* @__PURE__ */ new Set(BODIES);
/** How many definite casualty words a list of the tended may join. */
const MAX_LIST = 3;
const PREPOSITIONS = /* @__PURE__ */ new Set(['عن', 'علي']);

/**
 * Whether candidate `c` stands, after the first toll (`firstToll`), right after a word of tending the dead (a «عن/على»
 * may come between) and names the dead or wounded as known: definite («القتلى»), «عدد من» the definite dead, or their bodies.
 */
export function tendedDead(ctx: Context, c: Candidate, firstToll: number): boolean {
  // A reading may open at the word of tending itself («للبحث عن القتلى»): the dead are its trigger, or its first word.
  let first = c.first < c.trigger[0] && wordIn(ctx, c.first, TENDING) ? c.trigger[0] : c.first;
  // The missing searched for are news; the dead and wounded are the ones counted.
  if (firstToll < 0 || firstToll >= first || (c.kind !== 'killed' && c.kind !== 'injured')) return false;
  // «البحث عن القتلى والجرحى»: a definite casualty word joined by «و» to the one before shares its object position.
  for (let k = 0; k < MAX_LIST && ctx.casualtyAt.get(first)?.prefix === 'و' && ctx.casualtyAt.get(first - 1)?.article; k++) first--;
  const before = PREPOSITIONS.has(ctx.words[first - 1] ?? '') ? first - 2 : first - 1;
  if (!wordIn(ctx, before, TENDING)) return false;
  if (wordIn(ctx, first, BODY)) return true;
  const head = ctx.words[first] === 'عدد' && ctx.words[first + 1] === 'من' ? first + 2 : first;
  return (ctx.casualtyAt.get(head)?.article ?? ctx.victimAt.get(head)?.article) === true;
}
