/**
 * Casualty phrases that tell no harm by violence: a killing by a figure of speech or by nature, and a case of disease.
 * @module casualties/not-violence
 */
import { clashAt, wordIn, type Context } from './context.js';
import { BECAUSE_OF, DISEASE_BEARERS, DISEASES, HUNGER, NOT_AGENTS } from './grammar.js';
import type { Candidate } from './phrases.js';
import { F } from './tokens.js';

const DISEASE = /* @__PURE__ */ new Set(DISEASES);
/** The diseases but hunger: deaths of these after a word of cause are no casualty of violence. */
const ILLNESS = /* @__PURE__ */ new Set(DISEASES.filter((d) => !HUNGER.includes(d)));
const NO_AGENT = /* @__PURE__ */ new Set(NOT_AGENTS);
const BECAUSE = /* @__PURE__ */ new Set(BECAUSE_OF);
const BEARERS = /* @__PURE__ */ new Set(DISEASE_BEARERS);
// How many words after the phrase a disease may stand: «12 إصابة جديدة بفيروس كورونا».
const DISEASE_REACH = 3;

/**
 * True when candidate `c` tells no casualty of violence: a killing verb whose subject, right before or after it, is a
 * feeling, a state, prices or a disease («الغلاء يقتل 3 ملايين أسرة»، «قتل الفقر آلاف الأطفال»), or a phrase followed by
 * «بـ» and a disease, or by a cause word and one («تسجيل إصابتين بالكوليرا»، «أصيب 40 شخصا بالحصبة»، «توفي 3 أطفال
 * جراء الكوليرا»). Never when a cause of violence stands in the phrase's clause as well («قتل 4 أشخاص بفيروس كورونا
 * وقصف المدفعية»، «الرعب يقتل 5 أطفال في قصف»), nor when the disease only describes the victims («3 أطفال مرضى
 * بالسرطان»). Hunger counts as a disease only as the killing verb's subject («قتل الجوع 40 طفلا» stays out); deaths of
 * hunger after a word of cause («توفي طفلان جراء سوء التغذية») are the siege's dead, as health ministries count them.
 * @internal
 */
export function notOfViolence(ctx: Context, c: Candidate): boolean {
  const verb = ctx.casualtyAt.get(c.trigger[0]);
  if (!(c.kind === 'killed' && verb?.entry.pos === 'verb' && ((verb.prefix === '' && subjectBefore(ctx, c.trigger[0] - 1)) || abstractKiller(ctx, c.trigger[1] + 1))) && !diseaseCase(ctx, c)) return false;
  return !violenceInClause(ctx, c);
}

/**
 * The word right before a verb is an abstract subject («الغلاء يقتل») unless the verb opens a clause of its own («قرية
 * الياس وقتلت مواطناً») or the word describes a definite noun before it («الجيش الحر قتل»).
 */
function subjectBefore(ctx: Context, k: number): boolean {
  return abstractKiller(ctx, k) && !ctx.words[k - 1]?.startsWith('ال');
}

/**
 * «إصابتين بالكوليرا»، «جراء الكوليرا»: a disease with «بـ» or after a cause word within reach of the phrase, not borne
 * by its victims. Hunger is no such disease: «توفي طفلان جراء سوء التغذية» are the siege's dead.
 */
function diseaseCase(ctx: Context, c: Candidate): boolean {
  const end = Math.min(ctx.n, c.last + 1 + DISEASE_REACH);
  for (let k = c.trigger[1] + 1; k < end; k++) {
    if (ctx.bits[k]! & (F.COMMA | F.END) || (k > c.last && ctx.casualtyAt.has(k))) return false;
    const w = ctx.words[k]!;
    if (w.startsWith('ب') && illnessAt(ctx, k)) return !BEARERS.has(ctx.words[k - 1]!);
    if (BECAUSE.has(w) && illnessAt(ctx, k + 1)) return true;
  }
  return false;
}

/** A disease at `k`, not hunger: «سوء» is malnutrition before «التغذية» (elsewhere «سوء الأحوال» is no disease either). */
function illnessAt(ctx: Context, k: number): boolean {
  return wordIn(ctx, k, ILLNESS) && ctx.words[k + 1] !== 'التغذيه';
}

/** A cause of violence (a weapon or an attack the lexicon knows, a clash) from the phrase to the end of its clause. */
function violenceInClause(ctx: Context, c: Candidate): boolean {
  for (let k = c.first; k < ctx.n && ctx.sentenceOf[k] === ctx.sentenceOf[c.first]; k++) {
    if (k > c.last && (ctx.bits[k]! & (F.COMMA | F.END) || ctx.casualtyAt.has(k))) return false;
    if (ctx.causeAt.has(k) || clashAt(ctx, k)) return true;
  }
  return false;
}

/** The word at `k`, bare or after «و», is a feeling, a state or a disease: no agent of a killing («قتله الجوع»). @internal */
export function abstractKiller(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  const bare = w.startsWith('و') ? w.slice(1) : w;
  return NO_AGENT.has(w) || NO_AGENT.has(bare) || DISEASE.has(w) || DISEASE.has(bare);
}
