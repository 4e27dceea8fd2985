/**
 * One figure for either of two kinds joined by «أو».
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
 * summary counts the figure once. Two candidates pair when their kinds differ, they read the same group (the same
 * figure or victim noun) and an «أو» stands among their triggers.
 * @internal
 */
export function eitherKinds(ctx: Context, candidates: readonly Candidate[]): boolean[] {
  const either = candidates.map(() => false);
  candidates.forEach((a, i) => {
    for (let j = i + 1; j < Math.min(candidates.length, i + NEAR + 1); j++) {
      const b = candidates[j]!;
      if (a.kind === b.kind || !sameGroup(a, b) || !orBetween(ctx, a, b)) continue;
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

function sameGroup(a: Candidate, b: Candidate): boolean {
  if (a.countTokens && b.countTokens) return a.countTokens[0] === b.countTokens[0];
  return a.victimTokens !== undefined && a.victimTokens[0] === b.victimTokens?.[0];
}
