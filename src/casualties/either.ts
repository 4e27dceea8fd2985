/**
 * One figure for two kinds: either of them («أو») or both together («و»).
 * @module casualties/either
 */
import type { Context } from './context.js';
import { OR_WORDS } from './grammar.js';
import type { Candidate } from './phrases.js';

const OR = /* @__PURE__ */ new Set(OR_WORDS);
// How many candidates apart the two readings of one «أو» phrase may be (they are read side by side).
const NEAR = 3;

/**
 * Which candidates give a figure for either of two kinds: «مقتل أو إصابة 30 شخصا»، «قتلوا أو جرحوا 18 جنديا»، «7 جنود
 * قتلوا أو أصيبوا». Each kind stays its own mention, as the corpus reads them, but the 30 are killed *or* injured: the
 * summary counts the figure once. So are the 15 of «مقتل وإصابة 15 شخصا»، «20 قتيلاً وجريحاً»، «12 مدنيا بين قتيل وجريح»: a
 * toll of both kinds together, split unknown. Two candidates pair when their kinds differ and they read one figure, or
 * one victim noun with an «أو» among their triggers.
 * @internal
 */
export function eitherKinds(ctx: Context, candidates: readonly Candidate[]): boolean[] {
  const either = candidates.map(() => false);
  candidates.forEach((a, i) => {
    for (let j = i + 1; j < Math.min(candidates.length, i + NEAR + 1); j++) {
      const b = candidates[j]!;
      if (a.kind === b.kind) continue;
      if (!(sameFigure(a, b) && (deadAndHurt(a, b) || orBetween(ctx, a, b))) && !(sameNoun(a, b) && orBetween(ctx, a, b))) continue;
      either[i] = either[j] = true;
    }
  });
  return either;
}

/** An «أو» among the two triggers (a shared trigger spans both verbs: «مقتل أو إصابة»). */
function orBetween(ctx: Context, a: Candidate, b: Candidate): boolean {
  for (let k = Math.min(a.trigger[0], b.trigger[0]); k <= Math.max(a.trigger[1], b.trigger[1]); k++) if (OR.has(ctx.words[k]!)) return true;
  return false;
}

/**
 * Killed and injured: one figure read by both is their sum («قتيلاً وجريحاً»); other kinds may hold the same people
 * («إصابة 5 … تم سحبهم من تحت الأنقاض»: hurt *and* pulled out).
 */
function deadAndHurt(a: Candidate, b: Candidate): boolean {
  return (a.kind === 'killed' && b.kind === 'injured') || (a.kind === 'injured' && b.kind === 'killed');
}

function sameFigure(a: Candidate, b: Candidate): boolean {
  return a.countTokens !== undefined && a.countTokens[0] === b.countTokens?.[0];
}

/** Neither counted, the same victim noun («مقتل أو إصابة مدنيين»). */
function sameNoun(a: Candidate, b: Candidate): boolean {
  return !a.countTokens && !b.countTokens && a.victimTokens !== undefined && a.victimTokens[0] === b.victimTokens?.[0];
}
