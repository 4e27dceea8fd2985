/**
 * Refiners: give each candidate its sub-groups, victims of «آخرين», actors, cause, place, source and non-fact
 * flags, from its clause, its sentence, then the sentence before (the annotation window of casualty datasets).
 * @module casualties/attach
 */
import { AFTERMATH_VERBS, CUES, LINKERS, OPERATION_KINDS, OWN_OPERATIONS } from '../actors/cues.js';
import { OWN_FORCES } from '../actors/phrases.js';
import { cueOf, joinedMembers } from '../actors/roles.js';
import { spanOfTokens, type Span } from '../document.js';
import { formWords } from '../lexicon/forms.js';
import type { LexMatch } from '../lexicon/match.js';
import { cliticSplits } from '../tokenize/index.js';
import { actorEndingAt, clashAt, inSentences, phraseAt, phraseTable, QUOTES, SENTENCE_ENDS, wordIn, wordInClauseBefore, type ActorRef, type Context } from './context.js';
import {
  OTHERS, ACCORDING_TO, AGENT_PHRASES, CLAIM_OPENERS, DENIAL_VERBS, DENIED_IT, DENIAL_RELATIVES, DENIED_THAT, CALLED_FALSE, CAMPAIGNS, CLAIM_VERBS, RESPONSIBILITY, AGENT_WORDS, CHARGES, MEMBERSHIP, DISOWNING, MARTYRDOM, NEUTRALISING, POINTS_BACK, ARMY_WORDS, CLASH_WORDS, CONTRAST_OPENERS, DENIAL, DESTROYING, DURING_WORDS, DROPPED_CAUSES, GENERIC_CAUSES, NON_STATE_CATEGORIES, PAST_WITH_TA, STILL_WORDS, PLATFORM_CAUSES, HYPOTHETICAL, HYPOTHETICAL_PHRASES, THREATS, CAUTIOUS_NOUNS, NOT_YET, ATTEMPTING, PREPOSITION_WORDS, EVIDENCE_NOUNS, NONE_THERE, UNKNOWN_FATE, DOING_PRESENT, HABITUAL, HABIT_ENDS, COUNT_FOLLOWERS, RELATIVE_PRONOUNS, REPORT_NOUNS, NARRATING_AN, ONE_IN, PRESENT_NEGATION, STOPPING, SUBJUNCTIVE, YEARLY, INCLUDES_MOST, INCLUDES_SOME, MILITIA_WORDS, NEGATION, ANY_ONE, NEGATED_RESULTS, OWNED_MEMBERS, STATE_UNITS, NUMBERED_UNITS, STATE_UNIT_ADJECTIVES, POSSESSIVE_ENDINGS, PERSON_NOUNS, OFFICIAL_NOUNS, PRETEXTS, MODIFIER_OPENERS, PERIOD_DATES, PERIODS, SINCE_WORDS, CUMULATIVE_WORDS, MONTH_PARTS, TOLL_ADJECTIVES, WITHIN_THE_DAY, SOURCE_END, SOURCE_MARKERS, SPAN_STARTS, STATIONED, FIRING_POSITIONS, FIRE_ORIGINS, DISTANCE_UNITS, CAME_FROM, TOPIC_SHIFTS, TOLL_NOUNS, TOLL_RISE, WAR_REMNANTS, WARS, ARMED_BODIES, DEMONSTRATIVES,
} from './grammar.js';
import { APPOSITIVES, BECAUSE, HANDS, HARM_KINDS, CARRYING_OUT, VENTURING, LOSING, LOSING_OR_MISSING, OTHER_ONE, OTHER_TWO_DEFINITE, PART_OF, SPONSORING, SUFFERING_LOSSES, WAS_FORMS } from './grammar.js';
import { ALSO_WORDS, AMONG_GROUP, ATTACKS_TOLD, FIGHTING, NO_WEAPON_DEATHS, WHOLE_WARS, FIGHTS, FROM_PRONOUN, HEDGING, PRISONS, RANKS_OF_THEM, RELATIVE_AFTER_COMMA, REPLYING, SELF_REPORT, ANNOUNCED_ACTS, SUCCEEDING, TOWARD, VERB_PARTICLES } from './grammar.js';
import { monthNameEnd, SUBJECT_OPENERS } from './link.js';
import type { Candidate } from './phrases.js';
import { countingNumber, countOfForm, joinedGroup, joinedNounsEnd, mixedClass, plainWord, quantityOf, UNNAMED_AGENT } from './phrases.js';
import type { IncludedGroup, Victims } from './types.js';
import { AFTERMATH_VERB, BETWEEN_SIDES, CHAIN_START, CHARGED, DESCRIBING, kept, keptTest, POINTED_BACK, REPLY_OPENING, SINCE_WHEN } from './summaries.js';
import { CUE, CUE_CELL, CUE_NO_WEAPON, F, victimClass } from './tokens.js';
import { phrasesBySentence, placeNear, type PlacesBySentence } from '../places/near.js';
import { DIRECTIONS } from '../places/grammar.js';
import { phraseSpan, placePhrases, placeText, type PlacePhrase } from '../places/reader.js';
import { unresolved } from '../places/resolve.js';
import type { PlaceMention } from '../places/types.js';

const SOME = /* @__PURE__ */ new Set(INCLUDES_SOME);
const CLASH = /* @__PURE__ */ new Set(CLASH_WORDS);
const CONTRAST = /* @__PURE__ */ new Set(CONTRAST_OPENERS);
const AGENT = /* @__PURE__ */ new Set(AGENT_WORDS);
const STILL = /* @__PURE__ */ new Set(STILL_WORDS);
const UNKNOWING = /* @__PURE__ */ new Set(UNKNOWN_FATE);
const MOST = /* @__PURE__ */ new Set(INCLUDES_MOST);
const HYPO = /* @__PURE__ */ new Set(HYPOTHETICAL);
const THREAT = /* @__PURE__ */ new Set(THREATS);
const DENY = /* @__PURE__ */ new Set(DENIAL);
const DENIED_PRONOUN = /* @__PURE__ */ new Set(DENIED_IT);
const DENIED_OBJECT = /* @__PURE__ */ new Set(DENIED_THAT);
const DENY_VERB = /* @__PURE__ */ new Set(DENIAL_VERBS);
const CLAIMED = /* @__PURE__ */ new Set([...PRETEXTS, ...CLAIM_OPENERS]);
const DENYING_RELATIVE = /* @__PURE__ */ phraseTable(DENIAL_RELATIVES);
const PAST_TA = /* @__PURE__ */ new Set(PAST_WITH_TA);
const NEG = /* @__PURE__ */ new Set(NEGATION);
const ANY = /* @__PURE__ */ new Set(ANY_ONE);
const NO_RESULT = /* @__PURE__ */ new Set(NEGATED_RESULTS);
const DISOWN = /* @__PURE__ */ new Set(DISOWNING);
const AGENT_AFTER = /* @__PURE__ */ phraseTable(AGENT_PHRASES);
const STOP = /* @__PURE__ */ new Set(STOPPING);
const NEG_PRESENT = /* @__PURE__ */ new Set(PRESENT_NEGATION);
const WISH = /* @__PURE__ */ new Set(SUBJUNCTIVE);
const NARRATING = /* @__PURE__ */ new Set(NARRATING_AN);
const HABIT = /* @__PURE__ */ phraseTable(HABITUAL);
const HYPO_PHRASE = /* @__PURE__ */ phraseTable(HYPOTHETICAL_PHRASES);
const CAUSE_GIVEN = /* @__PURE__ */ new Set(BECAUSE);
const CAUTIOUS = /* @__PURE__ */ new Set(CAUTIOUS_NOUNS);
const NOT_DONE = /* @__PURE__ */ new Set(NOT_YET);
const EVIDENCE = /* @__PURE__ */ new Set(EVIDENCE_NOUNS);
const NONE = /* @__PURE__ */ phraseTable(NONE_THERE);
const DOING = /* @__PURE__ */ new Set(DOING_PRESENT);
const PER_YEAR = /* @__PURE__ */ phraseTable(YEARLY);
const RATIO = /* @__PURE__ */ phraseTable(ONE_IN);
const HABIT_END = /* @__PURE__ */ new Set(HABIT_ENDS);
const RELATIVE = /* @__PURE__ */ new Set(RELATIVE_PRONOUNS);
const REPORT = /* @__PURE__ */ new Set(REPORT_NOUNS);
const FOLLOWS_COUNT = /* @__PURE__ */ new Set(COUNT_FOLLOWERS);
const PRETEXT = /* @__PURE__ */ new Set(PRETEXTS);
const REPORTING = /* @__PURE__ */ new Set(SOURCE_MARKERS);
const SOURCE_STOP = /* @__PURE__ */ new Set(SOURCE_END);
const ACCORDING = /* @__PURE__ */ phraseTable(ACCORDING_TO);
const DURING = /* @__PURE__ */ new Set(DURING_WORDS);
const SINCE = /* @__PURE__ */ new Set(SINCE_WORDS);
const CUMULATIVE = /* @__PURE__ */ new Set(CUMULATIVE_WORDS);
const RISING = /* @__PURE__ */ new Set(TOLL_RISE);
const TOLL_ADJECTIVE = /* @__PURE__ */ new Set(TOLL_ADJECTIVES);
const MONTH_PART = /* @__PURE__ */ new Set(MONTH_PARTS);
const WITHIN_DAY = /* @__PURE__ */ new Set(WITHIN_THE_DAY);
const PERIOD = /* @__PURE__ */ new Set(PERIODS);
const DESTROYED = /* @__PURE__ */ new Set(DESTROYING);
const SPAN_START = /* @__PURE__ */ new Set(SPAN_STARTS);
const PERIOD_DATE = /* @__PURE__ */ new Set(PERIOD_DATES);
const MODIFIER = /* @__PURE__ */ new Set([...MODIFIER_OPENERS, ...INCLUDES_SOME, ...INCLUDES_MOST]);
const WAR = /* @__PURE__ */ new Set(WARS);
const REMNANTS = /* @__PURE__ */ new Set(WAR_REMNANTS);
const TOLL_WORDS = /* @__PURE__ */ new Set([...TOLL_NOUNS, ...TOLL_RISE]);

/** «بينهم 8 أطفال»، «بينهم نساء وأطفال»، «معظمهم من النساء والأطفال» after token `after`. */
export function includesAfter(ctx: Context, after: number): IncludedGroup[] {
  return includedPhrases(ctx, after).map((p) => p.group);
}

/** A sub-group with the tokens of its phrase: from its count (or noun) to the end of its victim noun. */
interface IncludedPhrase extends VictimPhrase {
  group: IncludedGroup;
}

function includedPhrases(ctx: Context, after: number): IncludedPhrase[] {
  const groups: IncludedPhrase[] = [];
  let i = after + 1;
  if (ctx.words[i] === '،' || ctx.words[i] === ',') i++;
  // «من بينهم»، «ومن بينهم»، «من ضمنهم»: the same sub-group after «من».
  if ((ctx.words[i] === 'من' || ctx.words[i] === 'ومن') && SOME.has(ctx.words[i + 1] ?? '')) i++;
  const w = ctx.words[i];
  // Only a word with the INCLUDES feature bit (the word, or its stem after و, is one of the two lists) can open one.
  if (w === undefined || !(ctx.bits[i]! & F.INCLUDES)) return groups;
  const bare = w.startsWith('و') && w.length > 4 ? w.slice(1) : w;
  const most = MOST.has(bare);
  if (!most && !SOME.has(bare)) return groups;
  i++;
  if (ctx.words[i] === 'من') i++;
  return victimList(ctx, i, most);
}

/**
 * Victim nouns joined by «و» from token `i`, each with its figure or the count its form gives: «3 نساء و6 أطفال»،
 * «امرأة وطفلين». `most` for the list of «معظمهم من», where an uncounted noun is most of the group.
 */
function victimList(ctx: Context, i: number, most = false, last = ctx.n): IncludedPhrase[] {
  const groups: IncludedPhrase[] = [];
  for (let first = true; i <= last; first = false) {
    // «و 2 نساء»: a conjunction standing alone joins the next group.
    const and = !first && ctx.words[i] === 'و';
    if (and) i++;
    const num = countingNumber(ctx, i);
    let j = num ? num.lastToken + 1 : i;
    if (num && ctx.words[j] === 'من') j++;
    const v = ctx.victimAt.get(j);
    // «بينهم 6 من الحوثيين و9 من القوات الحكومية»: a figure of a side is its fighters or soldiers.
    const side = !v && num && ctx.words[j - 1] === 'من' ? ctx.actorsAt.get(j)?.find((a) => !a.anaphoric) : undefined;
    if (side && side.lastToken <= last && (first || and || ctx.bits[i]! & F.AND)) {
      const { start } = num!;
      const { end } = spanOfTokens(ctx.doc, side.lastToken, side.lastToken);
      groups.push({ group: { start, end, text: ctx.doc.original.slice(start, end), victims: NON_STATE.has(side.category ?? '') ? 'fighters' : 'soldiers', count: quantityOf(num!) }, first: i, last: side.lastToken, victimTokens: [side.firstToken, side.lastToken] });
      i = side.lastToken + 1;
      while (QUOTES.has(ctx.words[i] ?? '')) i++;
      continue;
    }
    if (!v || v.lastToken > last || (!first && !and && v.prefix !== 'و' && !(num && ctx.bits[i]! & F.AND))) break;
    // The span leaves out a joined «و»: «وأطفال» → «أطفال».
    const start = num ? num.start : v.start;
    const end = spanOfTokens(ctx.doc, j, v.lastToken).end;
    const span = { start, end, text: ctx.doc.original.slice(start, end) };
    const own = num ? null : countOfForm(v);
    const count = num ? quantityOf(num) : own && own.value !== undefined && !most ? own : { vague: most ? ('most' as const) : ('some' as const) };
    groups.push({ group: { start: span.start, end: span.end, text: span.text, victims: victimClass(v), count }, first: i, last: v.lastToken, victimTokens: [v.firstToken, v.lastToken] });
    i = v.lastToken + 1;
    // «تسعة مقاتلين من قوات الوفاق وأربعة مدنيين»، «6 من عناصر الحشد الشعبي و3 مدنيين»: the group's side may stand
    // before the next one.
    const ofSide = [...(ctx.actorsAt.get(ctx.words[i] === 'من' ? i + 1 : i) ?? []), ...(ctx.actorsAt.get(v.firstToken) ?? [])]
      .find((a) => !a.anaphoric && a.lastToken >= i && a.lastToken < last && ctx.bits[a.lastToken + 1]! & F.AND);
    if (ofSide) i = ofSide.lastToken + 1;
    // «بينهم قائد ميداني وضابطان»، «قيادي حوثي وطفلين»: an adjective of the group, or a member noun of a side standing
    // as one, may stand before the next one.
    const member = ctx.victimAt.get(i);
    if ((plainAdjective(ctx, i) || (member?.entry.role === 'member' && member.prefix === '' && member.lastToken === i)) && ctx.bits[i + 1]! & F.AND) i++;
  }
  return groups;
}

/** Classes that are no sub-group of a mixed group: «people» (kin, «شاب») and «unspecified». */
const BROAD = /* @__PURE__ */ new Set<Victims>(['people', 'unspecified']);

/**
 * «مقتل امرأة وطفلين»، «3 نساء و6 أطفال»، «4 جنود و3 مدنيين»: a group of victim nouns of different classes joined by
 * «و» — read as one mixed group of class `victims` — has each class of its own as a sub-group, as «بينهم» would give it
 * (women 1, children 2). A noun of the group's own class or of a broad one («وابنتها» is kin: people) gives none; an
 * uncounted «ين» is what the group's figure leaves («5 مسلحين وجنديين» of 7: 2). @internal
 */
export function joinedClasses(ctx: Context, c: Candidate, victims: Victims): IncludedGroup[] {
  const from = Math.min(c.countTokens?.[0] ?? ctx.n, c.victimTokens?.[0] ?? ctx.n);
  if (from >= ctx.n || !c.victimTokens) return [];
  const items = victimList(ctx, from, false, c.last).map((p) => p.group);
  if (items.length < 2 || new Set(items.map((g) => g.victims)).size < 2) return [];
  const summed = items.reduce((sum, g) => sum + (g.count.value ?? 0), 0);
  const uncounted = items.filter((g) => g.count.value === undefined);
  if (uncounted.length === 1 && uncounted[0]!.count.vague === 'some' && c.count?.value !== undefined && c.count.value > summed) {
    uncounted[0]!.count = { value: c.count.value - summed };
  }
  // «اختطفوا 170 شابا ومواطنا»، «مقتل 170 مدنيا وعسكريا»: a lone noun after a figure from eleven on shares it when the
  // group's figure does not count it: both are of the figure, split unknown.
  if (c.count?.value !== undefined && summed > c.count.value) items.forEach((g, k) => {
    const before = items[k - 1]?.count.value;
    if (k > 0 && before !== undefined && before >= 11 && g.count.value === 1 && !/^[\d٠-٩]/u.test(g.text)) g.count = items[k - 1]!.count = { vague: 'some' };
  });
  const byClass = new Map<Victims, IncludedGroup>();
  for (const group of items) {
    if (BROAD.has(group.victims) || group.victims === victims) continue;
    const seen = byClass.get(group.victims);
    if (!seen) byClass.set(group.victims, group);
    // «طفلين وطفلة وامرأة»: one class told twice is one sub-group, its figures summed when both are exact.
    else byClass.set(group.victims, { ...seen, count: seen.count.value !== undefined && group.count.value !== undefined ? { value: seen.count.value + group.count.value } : { vague: 'some' } });
  }
  return [...byClass.values()];
}

/** An indefinite word no lexicon reads, with no clitic: an adjective of the noun before it («ميداني»، «بارز»). */
function plainAdjective(ctx: Context, i: number): boolean {
  return ctx.bits[i] === F.WORD && !/^(ال|[وفبل])/u.test(ctx.words[i]!) && !ctx.victimAt.has(i) && !ctx.casualtyAt.has(i) && !ctx.numberAt.has(i) &&
    !ctx.causeAt.has(i) && !ctx.placeAt.has(i) && !ctx.actorsAt.has(i);
}

/**
 * The sub-groups of a candidate: after its end, or — when its predicate closes it past a remark between commas
 * («لقي 5 أشخاص، بينهم طفلان، حتفهم») — after the comma that opens the remark. @internal
 */
export function includesOf(ctx: Context, c: Candidate): IncludedGroup[] {
  const after = includesAfter(ctx, c.last);
  if (after.length) return after;
  for (let k = c.first + 1; k < c.last; k++) {
    if (ctx.bits[k]! & F.COMMA && ctx.bits[k + 1]! & F.INCLUDES) return includesAfter(ctx, k - 1);
  }
  return after;
}

/** A form of «كان» a few words before «قد» at `k`, in its clause: «كان الإعلام العسكري قد تحدث». */
function hadDone(ctx: Context, k: number): boolean {
  return wordInClauseBefore(ctx, k, WAS, PLUPERFECT_REACH);
}
// How many words (the subject) may stand between «كان» and «قد».
const PLUPERFECT_REACH = 5;
const WAS = /* @__PURE__ */ new Set(WAS_FORMS);

/** A verb of succeeding a few words before «أن» at `k`, in its clause: «استطاعت القوات أن تقتل». */
function managedTo(ctx: Context, k: number): boolean {
  return wordInClauseBefore(ctx, k, SUCCEEDED, MANAGED_REACH);
}
const MANAGED_REACH = 4;

/** Flags for figures that are not facts, read in the clause before the casualty word. */
export function nonFactFlags(ctx: Context, c: Candidate): { hypothetical?: true; denied?: true; zero?: true } {
  const clauseStart = ctx.clauseStarts[ctx.clauseOf[c.first]!]!;
  const from = Math.max(clauseStart, c.first - 10);
  const flags: { hypothetical?: true; denied?: true; zero?: true } = {};
  // A denial reaches over the whole clause («نفى مصدر عسكري ما تروجه … عن سقوط ضحايا»), but not into a relative clause
  // that holds the mention.
  const denialFrom = relativeOpening(ctx, c, clauseStart);
  const denies = (k: number) => k > denialFrom && wordIn(ctx, k, DENY) && !PRETEXT.has(ctx.words[k]!);
  // Only a word with the NON_FACT cue (a bit of stage 1: a denial, hypothesis or negation word, or «قد») is asked.
  for (let k = clauseStart; k < from; k++) if (ctx.cues[k]! & CUE.NON_FACT && denies(k)) flags.denied = true;
  for (let k = from; k < c.trigger[0]; k++) {
    if (CAUSE_GIVEN.has(ctx.words[k]!)) delete flags.hypothetical;
    if (!(ctx.cues[k]! & CUE.NON_FACT)) continue;
    // «ما لا يقل عن 14 شخصا قتلوا»: a subject's own figure may hold a negation; it negates nothing.
    if (c.countTokens && k >= c.countTokens[0] && k <= c.countTokens[1]) continue;
    // «قد» before a present-tense verb is a possibility («قد يؤدي»); before a past one it asserts («قد قتل»).
    const next = ctx.words[k + 1] ?? '';
    // «قد تعرضوا»: a plural «وا» is past, whatever letter opens the verb.
    // «قد تعرض لإصابة» is past; «قد تعرّض 50 طفلا للإصابة», with an object before its «ل», the causative present.
    const past = PAST_TA.has(next) && !(next.startsWith('تعرض') && !(ctx.words[k + 2] ?? '').startsWith('ل'));
    // «كان الإعلام قد تحدث عن …»: «قد» after a form of «كان» tells what had happened.
    // «وقد يتجاوز العدد 1000 قتيل»: «قد» with its conjunction too, before a present in «يـ» (in «تـ» it is mostly past
    // there: «وقد تمكن الجيش»، «وقد تجاوز عدد القتلى»).
    const mayBe = (ctx.words[k] === 'قد' || (ctx.words[k] === 'وقد' && next.startsWith('ي'))) && !next.endsWith('وا') && (next.startsWith('ي') || (next.startsWith('ت') && !next.endsWith('ت') && !past)) && !hadDone(ctx, k);
    // A two-word hypothetical phrase carries its cue on its last word: «في حال» is asked at «حال».
    // «هدوء حذر بعد المواجهات وسقوط ضحايا»: «حذر» after these nouns is "cautious".
    const warns = wordIn(ctx, k, HYPO) && !(ctx.words[k] === 'حذر' && CAUTIOUS.has(ctx.words[k - 1] ?? ''));
    // «هددوا بإعدام الرهائن»، «توعد أن يقتل»: the threatened casualty is the threat's object.
    const threat = wordIn(ctx, k, THREAT) && threatens(ctx, k, c.trigger[0]);
    if (mayBe || warns || threat || (k > from && phraseAt(ctx, k - 1, HYPO_PHRASE))) flags.hypothetical = true;
    if (denies(k)) flags.denied = true;
    // «لم ترد أي بلاغات بوقوع إصابات»: no report of it; with a figure, the figure is denied.
    if (noReportOf(ctx, k, c)) {
      if (c.count === null || c.count.value === undefined) flags.zero = true;
      else flags.denied = true;
    }
    // «لا يزال» and «لم يعد» say "still", "no longer"; «لم يعرف مصير طفلين» says unknown: no negation of the casualty.
    const still = STILL.has(ctx.words[k + 1] ?? '') || UNKNOWING.has(ctx.words[k + 1] ?? '');
    // «من دون أن يؤدي انفجاره إلى وقوع خسائر»: «دون أن» negates its whole clause, a subject and «إلى» inside it.
    const reach = ctx.words[k + 1] === 'ان' ? NEGATED_CLAUSE_REACH : NEGATION_REACH;
    const anyOne = c.victimTokens !== undefined && ANY.has(ctx.words[c.victimTokens[0] - 1] ?? '');
    if (wordIn(ctx, k, NEG) && !still && k >= c.first - reach && (c.count === null || c.count.value === undefined || anyOne)) flags.zero = true;
    else if (wordIn(ctx, k, NEG) && NO_RESULT.has(ctx.words[k + 1] ?? '')) {
      if (c.count === null || c.count.value === undefined) flags.zero = true;
      else flags.denied = true;
    }
  }
  const present = presentVerb(ctx, c);
  if (present && ctx.words[c.trigger[0] - 1] !== undefined) {
    const k = c.trigger[0] - 1;
    if (NEG_PRESENT.has(ctx.words[k]!)) flags.denied = true;
    // «استطاعت القوات أن تقتل …»: what one managed to do was done.
    if (wordIn(ctx, k, WISH) && !NARRATING.has(ctx.words[k - 1] ?? '') && !managedTo(ctx, k)) flags.hypothetical = true;
  }
  if (habitual(ctx, c, present || doneInPresent(ctx, c)) || wordIn(ctx, c.trigger[0] - 1, STOP) || notYet(ctx, c.trigger[0])) flags.hypothetical = true;
  if (deniedAfter(ctx, c) || calledFalse(ctx, c)) flags.denied = true;
  return flags;
}

/**
 * A denial of the report told after it in its sentence: «اتهمت القوات الجيش بقتل 14 مدنيا، وهو ما نفاه الجيش»، «…، الأمر
 * الذي تنفيه الحركة»، «…، لكن الجيش نفى ذلك».
 */
function deniedAfter(ctx: Context, c: Candidate): boolean {
  const sentence = ctx.sentenceOf[c.last];
  const end = Math.min(ctx.n, c.last + 1 + DENIED_AFTER_REACH);
  for (let k = c.last + 1; k < end && ctx.sentenceOf[k] === sentence; k++) {
    // «بزعم أنه حاول طعن جندي، وهو ما نفاه شهود»: a pretext or claim told after the report is what is denied; so is
    // a report of its kind told after this one («قتل 3 جنود…، وقتل 5 مدنيين…، وهو ما نفاه الجيش»).
    if (CLAIMED.has(ctx.words[k]!) || ctx.casualtyAt.get(k)?.entry.kind === c.kind) return false;
    if (!(ctx.cues[k]! & CUE.NON_FACT) && !DENIED_PRONOUN.has(ctx.words[k]!)) continue;
    if (DENIED_PRONOUN.has(ctx.words[k]!)) {
      if (phraseAt(ctx, k - 1, DENYING_RELATIVE) === 1 || phraseAt(ctx, k - 2, DENYING_RELATIVE) === 2) return true;
      continue;
    }
    if (!wordIn(ctx, k, DENY_VERB)) continue;
    // «نفى الجيش ذلك»: its subject may stand between — not a responsibility denied («نفى مسؤوليته عن ذلك»).
    for (let j = k + 1; j <= k + 1 + DENIER_WORDS && j < end; j++) {
      if (wordIn(ctx, j, RESPONSIBLE)) break;
      if (DENIED_OBJECT.has(ctx.words[j]!)) return true;
    }
  }
  return false;
}
/**
 * «وقالت إن التقارير عن مقتل 30 مدنيا في المدينة "مفبركة"»: a report noun right before the mention, and a word that
 * calls it false after it in its clause.
 */
function calledFalse(ctx: Context, c: Candidate): boolean {
  let reported = false;
  for (let k = c.first - 1; k >= c.first - REPORT_BEFORE && k >= 0 && ctx.clauseOf[k] === ctx.clauseOf[c.first]; k--) if (wordIn(ctx, k, REPORT)) reported = true;
  if (!reported) return false;
  const clause = ctx.clauseOf[c.last];
  for (let k = c.last + 1; k <= c.last + FALSE_AFTER && k < ctx.n && ctx.clauseOf[k] === clause; k++) if (phraseAt(ctx, k, FALSE)) return true;
  return false;
}
/** How many tokens before the mention the report noun («التقارير عن»، «الأنباء التي تحدثت عن») may stand, and how many after it the word that calls it false. */
const REPORT_BEFORE = 4;
const FALSE_AFTER = 10;
const FALSE = /* @__PURE__ */ phraseTable(CALLED_FALSE);

/** How many tokens after a report its denial may stand, and how many words the denier may take before «ذلك». */
const DENIED_AFTER_REACH = 14;
const DENIER_WORDS = 3;

/**
 * Whether the casualty word at `t` is the object of the threat at `k`: it opens with «بـ» or follows «أن/بأن», and
 * between them stand only the threat's subject and object — no other «بـ» object («هددت بالرد على الغارة التي تسببت
 * بمقتل…»), verb of reporting, clause break, relative or word of sequence («ثم»، «بعد أن»، «قبل أن»).
 */
function threatens(ctx: Context, k: number, t: number): boolean {
  const that = THAT.has(ctx.words[t - 1] ?? '');
  if (!ctx.words[t]!.startsWith('ب') && !that) return false;
  for (let j = k + 1; j < (that ? t - 1 : t); j++) {
    const w = ctx.words[j]!;
    if (ctx.bits[j]! & (F.COMMA | F.END | F.RELATIVE | F.OPENER) || w.startsWith('ب') || SEQUENCE.has(w) || REPORTING.has(w) || ctx.casualtyAt.has(j)) return false;
  }
  return true;
}
const SEQUENCE = /* @__PURE__ */ new Set(['ثم', 'بعد', 'قبل', 'منذ', 'بعدما', 'قبلما']);

// How far before an uncounted casualty phrase a negation may stand, and a negation with «أن» («دون أن»).
const NEGATION_REACH = 4;
const NEGATED_CLAUSE_REACH = 6;

// How far before the casualty phrase a negated report noun may stand: «أي معلومات مؤكدة عن سقوط ضحايا».
const EVIDENCE_REACH = 3;

/** A negation at `k` («لم»، «لا»، «ما من») with a report or evidence noun after it, just before the phrase. */
function noReportOf(ctx: Context, k: number, c: Candidate): boolean {
  if (!wordIn(ctx, k, NEG) && !phraseAt(ctx, k, NONE)) return false;
  for (let e = Math.max(k + 1, c.first - EVIDENCE_REACH); e < c.first; e++) if (wordIn(ctx, e, EVIDENCE)) return true;
  return false;
}

/** «وسيتم إعدام شخص آخر»، «عازمون على إعدام»، «محاولة لاغتيال»: a future, an intent or an attempt right before the noun at `t`. */
function notYet(ctx: Context, t: number): boolean {
  const before = ctx.words[t - 1] === 'علي' || ctx.words[t - 1] === 'الي' ? t - 2 : t - 1;
  // «حاولت القوات العراقية اعتقال …»: a verbal noun a verb of trying takes, past its subject.
  return wordIn(ctx, before, NOT_DONE) || (ctx.casualtyAt.get(t)?.entry.pos === 'noun' && triedObject(ctx, t));
}

/**
 * Whether the verbal noun at `t` is the object of a verb of trying a few words before it: nothing but the verb's
 * subject between, which ends in a definite word — not «حاولت السلطات التستر على مقتل …»، «حاول المسلحون الفرار بعد
 * مقتل …»، «حاول الاحتلال تبرير إعدام …» (another verbal noun or a preposition before the casualty noun).
 */
function triedObject(ctx: Context, t: number): boolean {
  // Right before the noun: the verb itself or the end of its subject, a definite word («القوات العراقية»، «للشرطة»).
  if (!wordIn(ctx, t - 1, TRYING) && !/^(?:ال|لل)/u.test(ctx.words[t - 1] ?? '')) return false;
  for (let k = t - 1; k >= 0 && k >= t - TRYING_REACH && ctx.clauseOf[k] === ctx.clauseOf[t]; k--) {
    if (wordIn(ctx, k, TRYING)) return true;
    if (NOT_IN_SUBJECT.has(ctx.words[k]!) || ctx.bits[k]! & (F.COMMA | F.END)) return false;
  }
  return false;
}
// «حاولت السلطات التستر على مقتل …»، «حاول المسلحون الفرار إثر مقتل …»: a preposition is no part of the subject.
const NOT_IN_SUBJECT = /* @__PURE__ */ new Set([...PREPOSITION_WORDS, 'اثر', 'عقب', 'اثناء', 'خلال']);
const TRYING = /* @__PURE__ */ new Set(ATTEMPTING);
// How far before the verbal noun a verb of trying may stand: «حاولت القوات العراقية اعتقال».
const TRYING_REACH = 4;

// How far before the casualty noun such a verb may stand: «لتشن بين الحين والآخر حملات اعتقالات».
const DOING_REACH = 5;

/** A casualty noun after a present verb of doing, a few words before it in its clause: «تشن … حملات اعتقالات». */
function doneInPresent(ctx: Context, c: Candidate): boolean {
  if (ctx.casualtyAt.get(c.trigger[0])?.entry.pos !== 'noun') return false;
  const clause = ctx.clauseOf[c.first]!;
  for (let k = c.first - 1; k >= 0 && k >= c.first - DOING_REACH && ctx.clauseOf[k] === clause; k--) if (wordIn(ctx, k, DOING)) return true;
  return false;
}

// How far before the mention the relative pronoun of a clause that holds it may stand: «الذي أسفر عن مقتل».
const RELATIVE_REACH = 3;

/**
 * The relative pronoun whose clause holds the mention — a few words before it, in its clause, after a head that is no
 * report noun ({@link REPORT_NOUNS}) — else one before `clauseStart`.
 */
function relativeOpening(ctx: Context, c: Candidate, clauseStart: number): number {
  for (let k = c.first - 1; k >= clauseStart && k >= c.first - RELATIVE_REACH; k--) {
    if (ctx.bits[k]! & (F.COMMA | F.END)) break;
    if (RELATIVE.has(ctx.words[k]!)) return REPORT.has(ctx.words[k - 1] ?? '') ? clauseStart - 1 : k;
  }
  return clauseStart - 1;
}

/** The candidate's trigger is a casualty verb in the present: «تعتقل»، «يختطفون»، «يقتله». */
function presentVerb(ctx: Context, c: Candidate): boolean {
  const m = ctx.casualtyAt.get(c.trigger[0]);
  if (m ? m.entry.pos !== 'verb' : c.rule !== 'object-pronoun') return false;
  const form = m ? m.form : ctx.words[c.trigger[0]]!.replace(/^[وف]/u, '');
  return /^[يت]/u.test(form) && !PAST_TA.has(form);
}

// How far either side of the mention, within its clause, a habit word may stand.
const HABIT_REACH = 12;

/**
 * A habit or a statistic, no event: a yearly figure in the clause, or with a present verb a habit word
 * («كل يوم»، «منذ عقود»، «من كل ثماني نساء») or a definite uncounted class of people for its object («الحوثيون يقتلون
 * المدنيين»). After the mention, the window ends at a relative clause or «خلال» ({@link HABIT_ENDS}): «خلال المسيرة التي
 * تنظم كل عام» dates the march, not the killing.
 */
function habitual(ctx: Context, c: Candidate, present: boolean): boolean {
  // «يقتلون المدنيين»: a definite group without a figure after a present verb is a class of people, a habit. A definite
  // singular names a person («تغتال القيادي …»، «تعتقل الصحفي»), and so do kin («تقتل الشقيقين») and a noun with a name
  // after it («الشقيقين أحمد ومحمد»): an event.
  const object = present && !c.countTokens && c.victimTokens && c.victimTokens[0] > c.trigger[1] ? ctx.victimAt.get(c.victimTokens[0]) : undefined;
  if (object?.article && countOfForm(object)?.value !== 1 && !namesPersons(ctx, object)) return true;
  // Within the clause, a few words either side: a window keeps a long clause of many mentions linear.
  const clause = ctx.clauseOf[c.first]!;
  const from = Math.max(ctx.clauseStarts[clause]!, c.first - HABIT_REACH);
  const end = Math.min(ctx.clauseStarts[clause + 1] ?? ctx.n, c.last + HABIT_REACH);
  for (let k = from; k < end; k++) {
    if (!(ctx.cues[k]! & CUE.HABIT) && !(ctx.bits[k]! & F.RELATIVE)) continue; // no word asked below (a bit of stage 1)
    if (k > c.last && (ctx.bits[k]! & F.RELATIVE || wordIn(ctx, k, HABIT_END))) break;
    if (phraseAt(ctx, k, PER_YEAR) || (present && (phraseAt(ctx, k, HABIT) || (phraseAt(ctx, k, RATIO) && ctx.numberAt.has(k + 2))))) return true;
  }
  return false;
}

/** A definite victim noun names persons, not a class: kin, or a name right after it («الشقيقين أحمد ومحمد»). */
function namesPersons(ctx: Context, v: LexMatch<'victims'>): boolean {
  if ((v.entry as { role?: string }).role === 'kinship') return true;
  const k = v.lastToken + 1;
  return plainWord(ctx, k) && !(ctx.bits[k]! & F.TIME) && !ctx.words[k]!.startsWith('ال') && !FOLLOWS_COUNT.has(ctx.words[k]!);
}

/** Actor groups: mentions with the same span (adjectives: «الطيران الروسي والأسدي») or joined by و. */
function groupAt(ctx: Context, list: readonly ActorRef[], k: number): string[] {
  const ids = [list[k]!.actor];
  let prev = list[k]!;
  for (let j = k + 1; j < list.length; j++) {
    const a = list[j]!;
    const sameSpan = a.start === prev.start && a.end === prev.end;
    const joined = (a.firstToken <= prev.lastToken + 1 && (ctx.words[a.firstToken]?.startsWith('و') ?? false)) || membersJoined(ctx, prev.lastToken + 1, a.firstToken);
    if (!sameSpan && !joined) break;
    if (!ids.includes(a.actor)) ids.push(a.actor);
    prev = a;
  }
  return ids;
}

/**
 * «اعتقل الجيش وعناصر من حزب الله…»، «قوات النظام ومقاتلو الميليشيات»: members of the next actor joined by «و» (with
 * «من» or in construct) between two actors, from `k` to the next actor at `next`, join it to the one before.
 */
function membersJoined(ctx: Context, k: number, next: number): boolean {
  const w = ctx.words[k];
  if (w === undefined || !joinedMembers(w)) return false;
  return next === k + 1 || (next === k + 2 && ctx.words[k + 1] === 'من');
}

const usable = (a: ActorRef): boolean => a.role !== 'source' && a.role !== 'controller';

/**
 * Whether actor `a`, by its own place in the text whatever mention asks, is no agent: a source or controller, a
 * dateline, one that might attack, a partner, the charge, a time since, a description. Read once per document
 * (every mention near asks of every actor near).
 */
function noAgentByPlace(ctx: Context, a: ActorRef): boolean {
  const memo = ctx.summaries.noAgent;
  let yes = memo.get(a);
  if (yes === undefined) {
    yes = !usable(a) || dateline(ctx, a) || mayAttack(ctx, a) || partner(ctx, a) || charged(ctx, a) || (sinceWhen(ctx, a) && !clashPartner(ctx, a)) || describing(ctx, a);
    memo.set(a, yes);
  }
  return yes;
}

/** The tokens of a phrase naming victims: a casualty candidate or a sub-group after it. */
type VictimPhrase = Pick<Candidate, 'first' | 'last' | 'countTokens' | 'victimTokens'> & { rule?: string };

/** Whether actor `a` starts its first word, no prefix before it («قوات», not «لقوات»); invisible marks aside. */
function wholeWord(ctx: Context, a: ActorRef): boolean {
  return spanOfTokens(ctx.doc, a.firstToken, a.firstToken).start === a.start;
}

/**
 * Where the victims' phrase of `c` opens: its figure, else its victim noun — and a body told by its members
 * («خلية إرهابية من تنظيم داعش تضم 26 عنصراً») at the body's word, before their figure.
 */
function victimsStart(ctx: Context, c: VictimPhrase): number {
  if (c.victimTokens !== undefined && ctx.cues[c.victimTokens[0]]! & CUE_CELL) return c.victimTokens[0];
  return c.countTokens?.[0] ?? c.victimTokens?.[0] ?? c.first;
}

// «عناصر من قوات النظام»، «مقاتلين في صفوف قسد»: the actor the victims belong to is not the one that hit them.
export function victimsSide(ctx: Context, c: VictimPhrase, a: ActorRef, joined = 0): boolean {
  // «قضوا في هجمات تركية»، «قتلى الغارات الروسية»: an actor named by its attack is the agent, never the victims' side.
  if (ctx.actorNounAt.get(a.firstToken)?.entry.takesName === false) return false;
  // «اعتقلته قوات النظام»: the victims are the verb's object pronoun; the actor after the verb is its subject.
  if (c.rule === 'object-pronoun') return false;
  const phraseStart = victimsStart(ctx, c);
  // «استهدفت مقاتلي حركة الشباب مما أسفر عن مقتل ثلاثة منهم»، «أوقع الهجوم قتلى وجرحى في صفوفها»: the pronoun points
  // back at the nearest actor before.
  if (a.lastToken < c.first && pointsBack(ctx, c.last)) {
    // Not the keeper of the detained the pronoun is about («توفي واحد منهم … في سجون المليشيا»).
    const before = (ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? []).filter((b) => b.lastToken < c.first && !b.anaphoric && !heldBy(ctx, b));
    const last = before[before.length - 1];
    if (last && last.actor === a.actor && !groupBetween(ctx, last.lastToken, c.first)) return true;
  }
  // «ستة من عناصر الأمن الصومالي»: an actor that starts inside the phrase names the victims, even if it runs past it —
  // unless it is the verb's subject read as its victims («اعتقل جنود الاحتلال ثمانية أسرى»).
  // Nor the keeper a toll of the detained names inside it («أعداد المختطفين … في سجون المليشيا إلى 40»).
  if (a.firstToken >= phraseStart && a.firstToken <= c.last) return !subjectReadAsVictims(ctx, c, a) && !heldBy(ctx, a);
  // «فقدت قوات الجيش تسعة رجال»، «وتكبد التنظيم خسائر في الأرواح»: the side that lost its people is theirs.
  if ('trigger' in c && lostBy(ctx, c as Candidate, a)) return true;
  // «إجمالي من لقوا مصرعهم من قوات الحزب إلى 431»: so is the side «من» after those who died.
  if ('trigger' in c && diedOfSide(ctx, c as Candidate, a)) return true;
  // «عدد قتلى قوات حفتر»، «حصيلة قتلى "حزب الله"»: the genitive of a casualty noun is the side the dead belong to.
  const genitiveOf = QUOTES.has(ctx.words[a.firstToken - 1] ?? '') ? a.firstToken - 2 : a.firstToken - 1;
  if (ctx.casualtyEndingAt.get(genitiveOf)?.entry.pos === 'participle' && wholeWord(ctx, a)) return true;
  // Right after the victims: their construct («عناصر الشرطة العسكرية الروسية») or «من/في/في صفوف» + their side.
  // «عناصر تلك المليشيات»: a demonstrative may stand in the construct.
  const construct = (a.firstToken === c.last + 1 || (a.firstToken === c.last + 2 && DEMONSTRATIVE.has(ctx.words[c.last + 1]!))) && wholeWord(ctx, a);
  if (construct) return true;
  // «عوائل منتسبي القوات الأمنية»، «ذوي عناصر الأمن»: so is a second victim noun in construct between.
  const between = a.firstToken === c.last + 2 ? ctx.victimAt.get(c.last + 1) : undefined;
  if (between?.prefix === '' && !between.article && wholeWord(ctx, a)) return true;
  // «اثنين من العسكريين تابعين للواء السادس»، «سبعة مقاتلين موالين لحفتر»: a linker right after the victims names whom
  // they serve.
  // One adjective may stand before the linker: «3 عناصر قياديين تابعين لتنظيم داعش».
  if (a.firstToken === c.last + 2 && SERVING.has(ctx.words[c.last + 1]!)) return true;
  if (a.firstToken === c.last + 3 && SERVING.has(ctx.words[c.last + 2]!) && describes(ctx, c.last + 1)) return true;
  // «قتلى وجرحى في صفوف المدنيين وقوات الأمن»: a second side joined by «و» to the side the victims fell among.
  if (a.firstToken === c.last + 1 && ctx.doc.original[a.start - 1] === 'و' && ctx.words[c.last - 1] === 'صفوف') return true;
  // «5 عناصر لـ"حزب الله"»، «3 عناصر لقوات النظام»: the genitive «لـ» right after the victims names whom they serve.
  if (a.firstToken > c.last && a.firstToken <= c.last + 3 && GENITIVE_GAP.test(ctx.doc.original.slice(spanOfTokens(ctx.doc, c.last, c.last).end, a.start))) return true;
  // «قائد ميداني وضابط بقوات حفتر»: forces after ب are where the victims served (an agent is «برصاص قوات…», never
  // «بقوات…»), a few words after the victim noun.
  // «آمر الفوج الثالث باللواء 22 بالحشد الشعبي»: so is a side named by its name, past a unit and its number.
  const byName = !ctx.actorNounAt.has(a.firstToken) && !a.anaphoric;
  if (ctx.doc.original[a.start - 1] === 'ب' && (byName || ctx.actorNounAt.get(a.firstToken)?.entry.id === FORCES) && a.firstToken > c.last && a.firstToken <= c.last + 3) {
    let words = true;
    for (let k = c.last + 1; k < a.firstToken; k++) words &&= (ctx.doc.tokens[k]!.kind === 'word' || (byName && ctx.numberAt.has(k))) && !ctx.causeAt.has(k);
    if (words) return true;
  }
  // «في قصف جوي روسي»: an actor named by its attack is the agent, never the victims' side.
  if (ctx.causeAt.has(a.firstToken)) return false;
  // «عنصرًا من قوات الأسد، والميليشيات الرديفة»، «من قوات النظام و"الدفاع الوطني"»: a side joined by «و» to the victims'.
  const before = joined < JOINED_SIDES && a.firstToken > c.last ? sideJoinedBefore(ctx, a) : undefined;
  if (before && victimsSide(ctx, c, before, joined + 1)) return true;
  // «عناصر من قوات النظام»، «قيادي سابق في المعارضة»، «مقاتلين في صفوف قسد»، «عناصر من ميليشيا «لواء فاطميون»»:
  // one adjective may follow the noun; after «من» one head word or a quote may precede the actor, which must be the
  // first actor there.
  // «أصيب اثنان من فرع "الأمن العسكري"»: the phrase may end on its own «من/في».
  let k = ctx.words[c.last] === 'من' || ctx.words[c.last] === 'في' ? c.last : c.last + 1;
  // «تحييد 4 "إرهابيين" من حزب العمال»: a quote may close the victims.
  while (k < a.firstToken && QUOTES.has(ctx.words[k]!)) k++;
  // Not a weapon: «بغارة من مسيرة إسرائيلية»، «بقصف من قوات النظام» name the agent.
  if (k < a.firstToken && !['من', 'في'].includes(ctx.words[k]!) && ctx.doc.tokens[k]!.kind === 'word' && !ctx.causeAt.has(k)) k++;
  // «قائد الكتيبة 12 من الجيش الصومالي»، «قائد اللواء 54 من …»: a definite head word may be a unit named by its number.
  const unitNumber = k > c.last + 1 && k < a.firstToken && ctx.words[k - 1]!.startsWith('ال') ? ctx.numberAt.get(k) : undefined;
  if (unitNumber && unitNumber.firstToken === k && unitNumber.value !== undefined) k = unitNumber.lastToken + 1;
  // «المسؤول العسكري الكبير في حركة الشباب»: a second definite adjective agreeing with the first.
  if (k > c.last + 1 && k < a.firstToken && ctx.doc.tokens[k - 1]!.kind === 'word' && definiteAdjective(ctx, k - 1) && definiteAdjective(ctx, k)) k++;
  const link = ctx.words[k];
  if (link !== 'من' && link !== 'في') return false;
  k++;
  // «مقاتلين في صفوف قسد»، «12 شخصا في الجانب الإسرائيلي»: the ranks or the side of an actor.
  if (SIDE_NOUNS.has(ctx.words[k]!)) k++;
  // «مقاتلات في "قسد"»: a quote may open the side's name.
  while (k < a.firstToken && QUOTES.has(ctx.words[k]!)) k++;
  // «عناصر من قوات الأمن الداخلي الكردي "الأسايش"»: a side described in a few words, then named in quotes — words
  // that link no agent or weapon («من جراء قصف "داعش"» names the attacker).
  // «74 جنديا من أفراد "اللواء 12" التابع للجيش الليبي»: so is a unit, its name and number, then a linker of service.
  const serving = SERVING.has(ctx.words[a.firstToken - 1] ?? '');
  const named = serving || QUOTES.has(ctx.words[a.firstToken - 1] ?? '');
  const end = serving ? a.firstToken - 1 : a.firstToken;
  const limit = link === 'من' ? k + (named ? DESCRIBED_SIDE : 2) : k;
  while (k < end && k < limit && (ctx.doc.tokens[k]!.kind === 'word' || QUOTES.has(ctx.words[k]!) || (serving && ctx.numberAt.has(k))) && !ctx.actorsAt.has(k) && !(named && (ctx.causeAt.has(k) || wordIn(ctx, k, AGENT)))) k++;
  return k === end;
}

/** The actor joined by «و» right before `a` (a comma or quotes between): «قوات الأسد، والميليشيات الرديفة». */
function sideJoinedBefore(ctx: Context, a: ActorRef): ActorRef | undefined {
  let k = a.firstToken - 1;
  while (k >= 0 && QUOTES.has(ctx.words[k]!)) k--;
  if (ctx.words[k] === 'و') k--;
  else if (ctx.doc.original[a.start - 1] !== 'و' || k !== a.firstToken - 1) return undefined;
  if (ctx.bits[k]! & F.COMMA) k--;
  while (k >= 0 && QUOTES.has(ctx.words[k]!)) k--;
  const first = actorEndingAt(ctx, k, ACTOR_REACH);
  return first >= 0 ? ctx.actorsAt.get(first)!.find((b) => b.lastToken === k && !b.anaphoric) : undefined;
}
/** How many sides joined by «و» one after another are read back to the victims' own. */
const JOINED_SIDES = 3;

/**
 * «قتل سبعة أشخاص، بينهم أربعة من حزب الله»، «بينهم 27 من تنظيم داعش و283 من القوات الحكومية»، «بينهم عناصر الأمن»:
 * the sides of the sub-groups after the victims (token `last`) are theirs. Not an actor named by its attack («بينهم
 * امرأة بقصف تركي»).
 */
function sideOfSubgroup(ctx: Context, last: number, a: ActorRef): boolean {
  let k = last + 1;
  if (ctx.bits[k]! & F.COMMA) k++;
  if (!(ctx.bits[k]! & F.INCLUDES) || ctx.causeAt.has(a.firstToken)) return false;
  k += ctx.words[k + 1] === 'من' ? 2 : 1;
  for (let item = 0; item < SUBGROUP_SIDES && k <= a.firstToken; item++) {
    const num = countingNumber(ctx, k);
    if (num) k = num.lastToken + 1;
    const v = ctx.victimAt.get(k);
    if (v) k = v.lastToken + 1;
    if (!(num || v)) return false;
    if (ctx.words[k] === 'من' || ctx.words[k] === 'في') {
      k++;
      if (SIDE_NOUNS.has(ctx.words[k]!)) k++;
      while (k < a.firstToken && QUOTES.has(ctx.words[k]!)) k++;
    } else if (!v || /^[بل]/u.test(ctx.words[k] ?? '')) return false;
    if (a.firstToken === k) return true;
    // The next item, joined by «و» after this one's side: «و283 من القوات الحكومية».
    const side = ctx.actorsAt.get(k)?.[0];
    if (!side) return false;
    k = side.lastToken + 1;
    while (QUOTES.has(ctx.words[k] ?? '')) k++;
    if (!(ctx.bits[k]! & F.AND)) return false;
    if (ctx.words[k] === 'و') k++;
  }
  return false;
}
/** How many sub-groups of a list are read for their sides. */
const SUBGROUP_SIDES = 4;

/**
 * Losses (rule `losses`) told by a verb of losing or suffering them — «فقد»، «خسر»، «تكبد» — are the losses of the
 * verb's subject: the actor right after the verb («فقد الجيش جنديا»، «تكبد التنظيم خسائر»), else the nearest before it
 * in its sentence with no casualty between («قوات الجيش الوطني، فقدت نحو تسعة رجال»). «كبّد» (inflicted) names the agent.
 */
function lostBy(ctx: Context, c: Candidate, a: ActorRef): boolean {
  if (c.rule !== 'losses' || a.firstToken >= c.first + (wordIn(ctx, c.first, LOSES) ? LOSS_SUBJECT_REACH : 0)) return false;
  let verb = wordIn(ctx, c.first, LOSES) ? c.first : -1;
  for (let k = c.first - 1; verb < 0 && k >= 0 && k >= c.first - LOSS_SUBJECT_REACH && ctx.sentenceOf[k] === ctx.sentenceOf[c.first]; k--) if (wordIn(ctx, k, SUFFERS)) verb = k;
  if (verb < 0) return false;
  if (a.firstToken === verb + 1) return true;
  if (a.lastToken >= verb) return false;
  for (let k = verb - 1; k > a.lastToken; k--) if (ctx.actorsAt.has(k) || ctx.casualtyAt.has(k) || ctx.numberAt.has(k) || ctx.sentenceOf[k] !== ctx.sentenceOf[verb]) return false;
  return verb - a.lastToken <= LOSS_SUBJECT_REACH;
}
const LOSES = /* @__PURE__ */ new Set([...LOSING, ...LOSING_OR_MISSING]);
const SUFFERS = /* @__PURE__ */ new Set(SUFFERING_LOSSES);
/** How far the subject of a verb of losing may stand from it, and the verb of suffering from its losses. */
const LOSS_SUBJECT_REACH = 5;

/** A word of the victims' noun phrase: an adjective or a rank («قياديين»), no figure, cause, place or actor. */
function describes(ctx: Context, i: number): boolean {
  return ctx.bits[i] === F.WORD && !/^[وفبل]/u.test(ctx.words[i]!) && !ctx.casualtyAt.has(i) && !ctx.numberAt.has(i) && !ctx.causeAt.has(i) && !ctx.placeAt.has(i) && !ctx.actorsAt.has(i);
}

const SIDE_NOUNS = /* @__PURE__ */ new Set(['صفوف', 'الجانب']);
/** «القصف الإسرائيلي»، «غارات روسية»، «هجمات تركية»: an actor named by its attack, an agent whoever's side shares its id. */
function namedByAttack(ctx: Context, a: ActorRef): boolean {
  // Not «برصاص القوات الحكومية»: an agent phrase names a body, which may be a side too.
  return !a.anaphoric && (ctx.causeAt.has(a.firstToken) || (a.firstToken === a.lastToken && ctx.causeAt.has(a.firstToken - 1) && !phraseAt(ctx, a.firstToken - 1, AGENT_AFTER)));
}
/** Linkers of service and loyalty («التابعين لـ»، «الموالين لـ»), not of speech («باسم»). */
const SERVING: ReadonlySet<string> = /* @__PURE__ */ new Set([...LINKERS].filter((w) => w !== 'باسم'));
/** How many words (and the quote) after «من» may describe a side before its quoted name. */
const DESCRIBED_SIDE = 6;

/** Between the victims and their side: a genitive «لـ», maybe with quotes («عناصر لـ"حزب الله"»). */
const GENITIVE_GAP = /^\s+لـ?\s*["«“']?$/u;

/** A word of {@link POINTS_BACK} within its reach after the victims ending at `last` («منهم»، «قتلى وجرحى في صفوفها»). */
function pointsBack(ctx: Context, last: number): boolean {
  return keptTest(ctx, POINTED_BACK, last, last, readPointsBack);
}
function readPointsBack(ctx: Context, last: number): boolean {
  for (const { words, reach } of BACK) for (let k = last + 1; k <= last + reach && k < ctx.n; k++) if (wordIn(ctx, k, words)) return true;
  return false;
}
const BACK = /* @__PURE__ */ POINTS_BACK.map(({ words, reach }) => ({ words: new Set(words), reach }));

/** A definite word that is no cause, agent word or actor: an adjective of the victim noun («العسكري»). */
function definiteAdjective(ctx: Context, k: number): boolean {
  const w = ctx.words[k]!;
  return ctx.doc.tokens[k]!.kind === 'word' && w.startsWith('ال') && !ctx.causeAt.has(k) && !ctx.actorsAt.has(k) && !wordIn(ctx, k, AGENT);
}

/**
 * «أعلنت الجبهة الوطنية للتحرير أنها قتلت 12 عنصرا»: a source that reports its own act — «أنها» before a feminine
 * verb, «أنهم» before a plural one — is the agent, when it is the actor closest before the pronoun (in «ذكرت سانا أن
 * المجموعات الإرهابية استهدفت الحي، مشيرة إلى أنها قتلت…» the pronoun is the groups'). Masculine «أنه قتل» is left
 * out: it is as often the impersonal passive («أنه قُتل 5 مدنيين»).
 */
function speakerAsAgent(ctx: Context, c: Candidate, near: readonly ActorRef[]): ActorRef | undefined {
  const pronoun = ctx.words[c.trigger[0] - 1];
  const verb = ctx.words[c.trigger[0]]!;
  // «قال الجيش إنه اغتال قائداً»: a verb whose active is spelled apart from its passive («اغتيل») is no impersonal passive.
  const own = (pronoun === 'انها' && verb.endsWith('ت')) || (pronoun === 'انهم' && verb.endsWith('وا')) || (pronoun === 'انه' && ACTIVE_ONLY.has(verb));
  if (!own) return undefined;
  const sentence = ctx.sentenceOf[c.first];
  let closest: ActorRef | undefined;
  for (const a of near) if (a.lastToken < c.trigger[0] && ctx.sentenceOf[a.firstToken] === sentence) closest = a;
  return closest?.role === 'source' ? closest : undefined;
}

/** Verbs of mourning the dead, with their object pronouns: the mourner is the victims' side. */
const MOURNING: ReadonlySet<string> = /* @__PURE__ */ new Set(['نعي', 'نعت', 'ينعي', 'تنعي', 'نعا', 'نعاه', 'نعته', 'نعاهم', 'نعتهم', 'نعاهما', 'نعتهما']);
/** How many tokens after the mention its mourner may stand («، نعاهما حزب الله»). */
const MOURN_REACH = 4;

/** Past verbs spelled apart from their passive («اغتال»/«اغتيل»): after «أنه» they are the speaker's act. */
const ACTIVE_ONLY: ReadonlySet<string> = /* @__PURE__ */ new Set(['اغتال']);

/**
 * «قال حزب الله إنه استهدف تجمعا لجنود الاحتلال»: a source that reports its own attack — the speaker, a few words,
 * then «أنه/أنها/أنهم» and an attack verb — is the attacker of what its sentence, and the one after, report.
 */
function selfReported(ctx: Context, sentence: number): ActorRef | undefined {
  const inSentence = ctx.actorsBySentence[sentence] ?? [];
  for (const a of inSentence) {
    if (a.role !== 'source') continue;
    for (let k = a.lastToken + 1; k <= a.lastToken + SELF_REACH && ctx.sentenceOf[k] === sentence; k++) {
      if (announcedAct(ctx, a, k)) return a;
      if (k > a.lastToken + THAT_REACH) continue;
      // «أوضح الحزب أن مقاتليه استهدفوا دبابة»: its own fighters, with its pronoun, as the subject of the attack.
      if (THAT.has(ctx.words[k]!) && ownFighters(ctx, k + 1) && CUES.get(ctx.words[k + 2] ?? '') === 'attack') return a;
      if (!SELF.has(ctx.words[k]!)) continue;
      if (CUES.get(ctx.words[k + 1] ?? '') === 'attack') return a;
      break;
    }
    // «وقال حزب الله في بيان: "استهدف مجاهدو المقاومة الإسلامية دبابة…"»: the speaker named again, by another of its
    // names, as the attacker its statement tells of.
    // A name in the speaker's own clause, not an attack it reports («غارة إسرائيلية» after «فيما»).
    if (a.category && inSentence.some((b) => b.actor === a.actor && b.firstToken > a.lastToken && b.role === 'attacker' && !b.anaphoric && !namedByAttack(ctx, b) && ctx.clauseOf[b.firstToken] === ctx.clauseOf[a.firstToken])) return a;
  }
  return undefined;
}
/** «مقاتليه»، «عناصرها»، «قواته»: a body's own fighters, with the possessive that points back at the speaker. */
function ownFighters(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  const stem = w.replace(/(هم|ها|ه)$/u, '');
  return stem !== w && OWN_FIGHTER_STEMS.includes(stem) && possessiveEnding(ctx, k, /(ه|ها|هم)$/u);
}
/** Nouns of a body's fighters that take its possessive («مقاتليه»، «مجاهدوه»), first-person «نا» aside. */
const OWN_FIGHTER_STEMS = ['قوات', 'عناصر', 'جنود', 'مقاتلو', 'مقاتلي', 'مجاهدو', 'مجاهدي', 'وحدات'];
const SELF = /* @__PURE__ */ new Set(SELF_REPORT);
const ANNOUNCED = /* @__PURE__ */ new Set(ANNOUNCED_ACTS);
/** How far after the speaker an announced act («، في بيان رسمي اليوم، عن استهداف») may stand, and «أنه». */
const SELF_REACH = 10;
const THAT_REACH = 5;

/**
 * «حزب الله يعلن إحراق دبابة»، «أعلن الجيش، في بيان، عن استهداف»: an attack noun right after the speaker, after a
 * speech verb or after «عن», with no actor of its own right after it.
 */
function announcedAct(ctx: Context, speaker: ActorRef, k: number): boolean {
  if (!ANNOUNCED.has(ctx.words[k]!.replace(/^و/u, '')) || ctx.actorsAt.has(k + 1) || attackOnItself(ctx, k)) return false;
  const before = ctx.words[k - 1] ?? '';
  return k === speaker.lastToken + 1 || before === 'عن' || (k === speaker.lastToken + 2 && CUES.get(before) === 'speech');
}

/**
 * «يعلن استهداف مواقعه من قبل الطيران»: an attack noun at `k` whose object carries a pronoun (the speaker's own:
 * «مواقعه»، «عناصرها»; a ه written as such, not a ة) or whose agent an agent phrase names a few words on.
 */
function attackOnItself(ctx: Context, k: number): boolean {
  const object = ctx.doc.tokens[k + 1]?.kind === 'word' ? spanOfTokens(ctx.doc, k + 1, k + 1).text.replace(MARKS, '') : '';
  if (object.length > 3 && OBJECT_PRONOUNS.some((p) => object.endsWith(p))) return true;
  for (let j = k + 1; j <= k + AGENT_OF_ATTACK && j < ctx.n && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j++) if (phraseAt(ctx, j, AGENT_AFTER)) return true;
  return false;
}
const OBJECT_PRONOUNS: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'هن'];
const MARKS = /[\u064b-\u0652\u0640]/gu;
/** How far past an attack noun an agent phrase names who attacked: «استهداف مواقعه من قبل الطيران». */
const AGENT_OF_ATTACK = 4;

/**
 * «أعلن الجيش الصومالي مقتل 40 مسلحا … وأن قواته تمكنت من السيطرة»، «قال الجيش إنه استهدف تجمعا … وقتل 13 من مسلحي
 * الحركة»: an armed actor that announces the deaths of the other side — victims of another actor, or fighters of no
 * side named — with no other agent named, is the one that killed them only when the sentence states its own action
 * ({@link ownActionStated}). An announcer of an ally's dead («أعلنت وزارة الدفاع الروسية مقتل 4 من عناصر قوات
 * النظام»), of a fight between others or of an unknown agent's strike states none; nor does a reporter of civilian
 * deaths or of its own dead («مقتل 3 من جنوده»، «إعدام 5 من عناصرها»), nor a side that denies or condemns. Executions
 * and «تحييد» announced by an armed side are its own act, unless the victims are its own or an agent phrase
 * («على يد X») follows.
 */
function announcerAsAgent(ctx: Context, c: Candidate, sides: ReadonlySet<ActorRef>, own: ReadonlySet<string>): ActorRef | undefined {
  const sentence = ctx.sentenceOf[c.first]!;
  const inSentence = ctx.actorsBySentence[sentence] ?? [];
  let speaker: ActorRef | undefined;
  for (const a of inSentence) if (a.lastToken < c.first && a.role === 'source' && !a.anaphoric) speaker = a;
  // An armed side that announces, not one that denies or condemns («نفت جماعة الحوثي إعدام…»).
  if (!speaker || own.has(speaker.actor) || !speaker.category || wordIn(ctx, speaker.firstToken - 1, DISOWN)) return undefined;
  // A pronoun in the victims' phrase points back at a side, maybe the speaker's — first, since a side announces its
  // own dead too.
  if (pronounInPhrase(ctx, c)) return undefined;
  // «على يد تنظيم الدولة»، «برصاص…»: the clause names another agent after the casualty.
  const clauseEnd = ctx.clauseStarts[ctx.clauseOf[c.first]! + 1] ?? ctx.n;
  for (let k = c.last + 1; k < Math.min(clauseEnd, c.last + AGENT_REACH); k++) if (phraseAt(ctx, k, AGENT_AFTER)) return undefined;
  // «استشهد»، «شهداء»، «ارتقى»: a speaker calls its own side's dead martyrs, never those it killed; and «تحييد»
  // ("neutralising") is only ever said by the side that killed.
  for (let k = c.trigger[0]; k <= c.trigger[1]; k++) {
    if (MARTYRDOM.some((w) => ctx.words[k]!.includes(w))) return undefined;
    if (NEUTRALISING.some((w) => ctx.words[k]!.includes(w))) return speaker;
  }
  // «أعلنت حركة الشباب إعدام رجلين بتهمة التجسس»، «كشفت قوات الدعم السريع عن أسر 30 جنديا»: an armed side announces
  // the executions and captures it carried out.
  if (c.kind === 'executed' || c.kind === 'detained') return speaker;
  // «وأعلنت الحركة مقتل 63 جنديا كينيا»: a movement has no soldiers of its own; the soldiers whose deaths it announces,
  // of no side of its own, are those it fought.
  if (NON_STATE.has(speaker.category) && c.victims === 'soldiers' && own.size === 0) return speaker;
  const enemy = inSentence.some((b) => b.actor !== speaker.actor && (sides.has(b) || victimsSide(ctx, c, b)));
  return (enemy || (c.victims === 'fighters' && own.size === 0)) && ownActionStated(ctx, speaker, inSentence) ? speaker : undefined;
}
const AGENT_REACH = 6;
const FORCES = 'forces';

/**
 * «قتل 18 من قوات الوفاق و14 من الجيش الوطني في معارك…»: in a clash, one side's dead are the other side's doing. When
 * the mention's sentence names a clash and its victims have a side, the first victims' side of another mention in the
 * window that is not theirs is the actor.
 */
function otherSide(ctx: Context, c: Candidate, sides: ReadonlySet<ActorRef>, window: readonly number[]): ActorRef | undefined {
  const sentence = ctx.sentenceOf[c.first]!;
  // This mention's own side, not those of the other mentions around it.
  // «45 عنصرا من قوات النظام وفصائل المعارضة»: the sides joined to its own are its own too — a toll of both sides.
  const own = new Set<string>();
  let prev: ActorRef | undefined;
  for (const a of ctx.actorsBySentence[sentence] ?? []) {
    if (a.anaphoric) continue;
    const mine = victimsSide(ctx, c, a) || (prev !== undefined && sides.has(a) && joinedSide(ctx, prev, a));
    if (mine) own.add(a.actor);
    prev = mine ? a : undefined;
  }
  // «مقتل سبعة جنود من الجيش الليبي وإصابة 60 آخرين»: «آخرين» are of the side of the mention they follow.
  if (own.size === 0 && c.others) for (const a of ctx.actorsBySentence[sentence] ?? []) if (sides.has(a) && !a.anaphoric) own.add(a.actor);
  if (own.size === 0) return undefined;
  let clash = false;
  for (let i = ctx.sentenceStarts[sentence]!; i < ctx.sentenceStarts[sentence + 1]! && !clash; i++) clash = wordIn(ctx, i, FIGHT);
  if (!clash) return undefined;
  // «قتل تسعة عناصر من قوات الوفاق في المعارك التي دارت ضد قوات حفتر»: the side the fight is against, in the
  // mention's own clause, is the other side even though it reads as a target.
  const clause = ctx.clauseOf[c.first];
  const against = (ctx.actorsBySentence[sentence] ?? []).find((a) => a.role === 'target' && ctx.clauseOf[a.firstToken] === clause && !own.has(a.actor) && !a.anaphoric && a.firstToken > c.last);
  if (against) return against;
  // «معارك بين قوات الجيش والمرتزقة التشاديين، أسفرت عن مقتل اثنين من اللواء السادس»: the victims' side is one of
  // the two the fight is between; the other is the agent.
  const pair = fightSides(ctx, sentence);
  // «مقتل سبعة جنود من الجيش الليبي … في معارك بين الجيش وقوات إسلامية»: a pair of which only the other side is
  // named (the victims' own is a bare «الجيش» no pack reads) gives that side too.
  const opposite = pair.some((a) => own.has(a.actor)) || pair.length === 1 ? pair.find((a) => !own.has(a.actor) && usable(a)) : undefined;
  if (opposite) return opposite;
  for (const s of window) {
    const found = (ctx.actorsBySentence[s] ?? []).find((a) => sides.has(a) && !own.has(a.actor) && usable(a) && !a.anaphoric);
    if (found) return found;
  }
  // «أعلن الجيش السوداني مقتل 100 من عناصر الدعم السريع في معارك بالفاشر»: the armed side that announces the other
  // side's dead of a fight is that fight's other side.
  let speaker: ActorRef | undefined;
  for (const a of ctx.actorsBySentence[sentence] ?? []) if (a.lastToken < c.first && a.role === 'source' && !a.anaphoric && a.category) speaker = a;
  return speaker && !own.has(speaker.actor) && !wordIn(ctx, speaker.firstToken - 1, DISOWN) && !pronounInPhrase(ctx, c) ? speaker : undefined;
}

// Fights of two sides, where each side's dead are the other's doing (an attack or an ambush has one agent).
const FIGHT = /* @__PURE__ */ new Set(FIGHTS);

/**
 * Whether the speaker's sentence states its own act after it: «أنه/أنها/أنهم» and an attack or success verb («أنه
 * استهدف»، «أنها تمكنت»), a first person («استهدفنا»، «تمكنا»، «قتلت قواتنا»), or the speaker's actor named again as
 * the subject of such a verb («وأن الجيش استطاع»، «قواته تصدت»).
 */
function ownActionStated(ctx: Context, speaker: ActorRef, inSentence: readonly ActorRef[]): boolean {
  const sentence = ctx.sentenceOf[speaker.firstToken];
  const bare = (w: string): string => (/^[وف]/u.test(w) && w.length > 4 ? w.slice(1) : w);
  // «استهدفهم»: an attack verb with its object pronoun.
  const act = (w: string): boolean => CUES.get(w) === 'attack' || CUES.get(w.replace(/(هما|هم|ها)$/u, '')) === 'attack' || SUCCEEDED.has(w);
  const acts = (k: number): boolean => act(bare(ctx.words[k] ?? ''));
  // «أعلن جيش الاحتلال قصف مبنى البلدية»، «أعلنت القيادة الأمريكية شن غارة»: the act announced as the object of the
  // speech, right after the speaker, with no agent of its own after it.
  const object = speaker.lastToken + 1;
  if (ctx.sentenceOf[object] === sentence && acts(object) && !ctx.actorsAt.has(object + 1) && ctx.doc.tokens[object + 1]?.kind === 'word') return true;
  for (let k = speaker.lastToken + 1; k < ctx.n && ctx.sentenceOf[k] === sentence; k++) {
    const w = bare(ctx.words[k]!);
    if (SELF.has(w) && acts(k + 1)) return true;
    // «استهدفنا»، «قتلنا»، «تمكنا»، «قواتنا»
    const stem = w.endsWith('نا') && w.length > 4 ? w.slice(0, -2) : '';
    if (stem && (act(stem) || SUCCEEDED.has(w) || FIRST_PERSON_STEMS.includes(stem))) return true;
    // «وأن الجيش استطاع»، «قواته تصدت»: a bare forces noun, no other actor's, as the subject of an act.
    const noun = ctx.actorNounAt.get(k);
    const others = (ctx.actorsAt.get(k) ?? []).some((a) => a.actor !== speaker.actor && !a.anaphoric);
    if (noun && OWN_NOUNS.has(noun.entry.id) && !others && acts(noun.lastToken + 1)) return true;
    // «أعلن الجيش مقتل 5 من عناصر الحركة في عملية عسكرية»: the operation the speaker tells of is its own, unless
    // another actor's name follows it («عملية نفذتها قوات…» is linked to that agent before this is read).
    if (OWN_OPERATIONS.has(w.replace(/^(ب|ل|)(ال)?/u, '')) && OPERATION_KINDS.has(ctx.words[k + 1] ?? '') && !ctx.actorsAt.has(k + 2)) return true;
  }
  return inSentence.some((a) => a !== speaker && a.actor === speaker.actor && a.firstToken > speaker.lastToken && acts(a.lastToken + 1));
}
/** Actor nouns that name the speaker's forces when no other actor's name goes with them. */
const OWN_NOUNS = /* @__PURE__ */ new Set([FORCES, OWN_FORCES]);
/** Verbs of success that carry an act: «تمكنت القوات من»، «استطاع الجيش». */
const SUCCEEDED = /* @__PURE__ */ new Set(SUCCEEDING);
/** Nouns of one's own forces that a first-person «نا» turns into the speaker: «قواتنا»، «مقاتلونا». */
const FIRST_PERSON_STEMS = ['قوات', 'عناصر', 'جنود', 'مقاتلو', 'مقاتلي', 'وحدات'];

/** The subject between an active verb and its count: «أعدم تنظيم الدولة 12 شخصا». */
function subjectOf(ctx: Context, c: Candidate, inClause: readonly ActorRef[]): ActorRef | undefined {
  // «اعتقلته قوات النظام»، «ثم أعدمتهم قوات النظام»: a verb with its object pronoun has its subject right after it.
  if (c.rule === 'object-pronoun') return inClause.find((a) => a.firstToken === c.last + 1);
  const phraseStart = victimsStart(ctx, c);
  return inClause.find((a) => (a.firstToken > c.trigger[1] && a.lastToken < phraseStart) || subjectReadAsVictims(ctx, c, a) || carriesOut(ctx, c, a) || subjectFirst(ctx, c, a, phraseStart));
}

/**
 * «إن الجيش الإسرائيلي اعتقل الشاب محمد»: an actor that opens its clause or follows «أن»، «و»… right before a casualty
 * verb whose victims come after it is the verb's subject — the agent, whatever else the clause names («خلال هجوم
 * المستوطنين»). Not a genitive («بدعم من التحالف اعتقلوا»، «يرتدون زي الجيش خطفوا»).
 */
function subjectFirst(ctx: Context, c: Candidate, a: ActorRef, phraseStart: number): boolean {
  const verb = ctx.casualtyAt.get(c.trigger[0]);
  // The subject may be a pair joined by «و» («قوات النظام والميليشيات الموالية لها أعدمت»): read from its first.
  let end = a.lastToken;
  for (const b of ctx.actorsBySentence[ctx.sentenceOf[a.firstToken]!] ?? []) if (b.firstToken === end + 1 && ctx.words[b.firstToken]!.startsWith('و')) end = b.lastToken;
  if (end + 1 !== c.trigger[0] || phraseStart <= c.trigger[1] || a.anaphoric || verb?.entry.pos !== 'verb' || verb.prefix !== '') return false;
  // «بين المعارضة والجيش … قتل»: the sides of a fight are no subject, nor the second of a pair.
  if (betweenSides(ctx, a) || actorEndingAt(ctx, a.firstToken - 1, PAIR_REACH) >= 0) return false;
  const before = a.firstToken - 1;
  return ctx.doc.original[a.start - 1] === 'و' || before < 0 || ctx.doc.tokens[before]!.kind !== 'word' || SUBJECT_OPENERS.has(ctx.words[before]!);
}
/** How many tokens back an actor may open that ends right before another («والجيش السوري» after «المعارضة»). */
const PAIR_REACH = 6;

const CARRIES_OUT = /* @__PURE__ */ new Set(CARRYING_OUT);

/**
 * «بعد قيام قوة الردع باعتقال آمر اللواء»، «قامت القوات بإعدام ثلاثة»، «قيام تنظيم داعش الإجرامي بعمليات تصفية»: the
 * subject of carrying out, before «بـ» and the verbal noun or the campaign of it, with an adjective or two between.
 */
function carriesOut(ctx: Context, c: Candidate, a: ActorRef): boolean {
  let by = c.trigger[0];
  // «أقدم عناصر التنظيم على إعدام 15 شخصا»، «عناصر داعش أقدمت على إعدام…»: venturing on the act, before «على».
  const venture = ctx.words[by - 1] === 'علي';
  if (venture) by--;
  else if (ctx.casualtyAt.get(by)?.prefix !== 'ب') {
    if (!(ctx.words[by - 1]?.startsWith('ب') && CAMPAIGN.has(ctx.words[by - 1]!.slice(1)))) return false;
    by--;
  }
  const verbs = venture ? VENTURES : CARRIES_OUT;
  // The subject before the verb: «عناصر داعش أقدمت على إعدام…»، «القوات قامت بإعدام…».
  if (a.lastToken + 2 === by && wordIn(ctx, by - 1, verbs)) return true;
  let k = a.lastToken + 1;
  while (k < by && k <= a.lastToken + 2 && definiteAdjective(ctx, k)) k++;
  // After the verb, the subject's unit may stand before it: «أقدم عناصر من التنظيم على…».
  const verb = ctx.words[a.firstToken - 1] === 'من' && UNIT_HEADS.has(ctx.words[a.firstToken - 2] ?? '') ? a.firstToken - 3 : a.firstToken - 1;
  return k === by && wordIn(ctx, verb, verbs);
}
const VENTURES = /* @__PURE__ */ new Set(VENTURING);
/** Members of a body, before «من» and its name, as a verb's subject («عناصر من التنظيم»). */
const UNIT_HEADS = /* @__PURE__ */ new Set(['عناصر', 'مسلحو', 'مسلحي', 'افراد', 'مقاتلو', 'مقاتلي', 'جنود']);
const CAMPAIGN = /* @__PURE__ */ new Set(CAMPAIGNS);

/**
 * «اعتقل جنود الاحتلال ثمانية أسرى»: a victim noun right after the verb that heads an actor's name, with a figure or
 * more victims after the name, is the verb's subject; the victims are after it.
 */
function subjectReadAsVictims(ctx: Context, c: VictimPhrase & { trigger?: Candidate['trigger'] }, a: ActorRef): boolean {
  const v = c.victimTokens;
  if (!v || !c.trigger || c.countTokens || a.firstToken !== v[0] || a.lastToken <= v[1] || a.firstToken !== c.trigger[1] + 1) return false;
  const next = a.lastToken + 1;
  return ctx.sentenceOf[next] === ctx.sentenceOf[a.firstToken] && (ctx.numberAt.has(next) || ctx.victimAt.has(next));
}

// An actor after the mention is its agent when a cause or an agent word links them: «جراء غارات نفذتها طائرات
// النظام»، «بقذائف أطلقتها فصائل المعارضة»، «بغارات لطائرات التحالف»، «برصاص عناصر تابعة للفرقة الرابعة».
// The chain must start near the mention and reach the actor: in «أعدم التنظيم شاباً في الرقة، وسط حشد …، وعلق عليه
// لافتة بتهمة إعطاء معلومات للتحالف» and «استشهاد 19 شخصا، كحصيلة أولية من أهالي القرية، أثناء إجبارهم من قبل
// عنصرين من التنظيم» the words that look like links are about something else.
function agentLink(ctx: Context, from: number, a: ActorRef): boolean {
  // The genitive ل of an agent: «لطائرات التحالف»، «للنظام».
  const genitive = ctx.doc.original[a.start - 1] === 'ل' || a.text.startsWith('لل');
  if (genitive && a.firstToken - from <= LINK_GAP) return true;
  let first = -1;
  let last = -1;
  for (let i = from; i <= a.firstToken; i++) {
    if (!wordIn(ctx, i, AGENT) && !ctx.causeAt.has(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first >= 0 && first - from <= LINK_GAP && a.firstToken - last <= LINK_GAP;
}
/** An anaphor with a possessive pronoun («عناصرها»، «أفراده») that is the victims' noun of the mention. */
function ownPronoun(ctx: Context, c: Candidate, a: ActorRef): boolean {
  const w = ctx.words[a.firstToken]!;
  if (a.firstToken !== a.lastToken || a.firstToken < victimsStart(ctx, c) || a.lastToken > c.last || w.startsWith('ال') || !/(ها|هم|ه)$/u.test(w)) return false;
  // Not where another side is struck before it: «قصف الجيش مواقع الدعم السريع … مقتل 30 من عناصرها» is read back to
  // the army, the subject, though the pronoun is the struck side's.
  return !(ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? []).some((b) => !b.anaphoric && b.role === 'target' && b.actor !== a.actor && b.lastToken < c.first);
}

/** How many tokens may stand between the mention and its first link word, and between the last one and the actor. */
const LINK_GAP = 6;

/**
 * The actors of a mention, from its clause: the agent after it when a cause or agent word links them («جراء غارات
 * نفذتها طائرات قوات النظام»), else the subject before it («قوات النظام … أعدمت 79 شخصا»), else any actor after
 * it. A contrasted clause without an actor («بينما قتل أكثر من 20 مدنيا في قصف…») has none; otherwise the
 * sentence, then the sentence before. Sources, controllers and the victims' own side («عناصر من قوات النظام») —
 * of this mention or of another in the sentence (`sides`, from {@link victimSides}) — never count. A mention that
 * stands alone (`alone`, from {@link standsAlone}) takes none from outside its clause.
 */
export function actorsFor(ctx: Context, c: Candidate, sides: ReadonlySet<ActorRef>, alone: boolean): string[] {
  const clause = ctx.clauseOf[c.first]!;
  const sentence = ctx.sentenceOf[c.first]!;
  const previous = sentenceBefore(ctx, sentence);
  const near = inSentences(ctx.actorsBySentence, [previous, sentence - 1, sentence, sentence + 1, sentence + 2]);
  const speaker = speakerAsAgent(ctx, c, near);
  if (speaker) return [speaker.actor];
  // The victims' side, by id: «وأضاف المتحدث باسم … الجيش الوطني الليبي أن قائدا من الجيش الوطني الليبي قتل» — the
  // side the victims belong to did not kill them, wherever else the text names it.
  const own = new Set<string>();
  // A phrase that opens with the actor («جنود الاحتلال اعتقلوا الشاب») may name the agent: it gives no side by id.
  // The sides of the other mentions of the sentence count too: «قُتل ستة من عناصر الأمن الصومالي وأصيب أربعة آخرون».
  // Whether an actor names the victims' side is asked up to three times below: read once per actor.
  const sideOf = new Map<ActorRef, boolean>();
  const onVictimsSide = (a: ActorRef): boolean => {
    let yes = sideOf.get(a);
    if (yes === undefined) sideOf.set(a, (yes = victimsSide(ctx, c, a) || (a.firstToken > c.last && sideOfSubgroup(ctx, c.last, a))));
    return yes;
  };
  for (const a of ctx.actorsBySentence[sentence] ?? []) {
    // A resolved anaphor («مسلحين») says too little of whose side the victims are to rule an actor out by id.
    if (!a.anaphoric && a.firstToken !== c.first && (sides.has(a) || onVictimsSide(a))) own.add(a.actor);
    // «استهدفت عبوة دورية للحشد … ما أدى إلى مقتل اثنين من عناصرها»: a pronoun on the victims' own noun names their side.
    else if (a.anaphoric && ownPronoun(ctx, c, a)) own.add(a.actor);
  }
  // «اتهمت كتائب القسام إسرائيل بالوقوف وراء الانفجار الذي أسفر عن مقتل 6 من عناصرها»: a possessive on the victims'
  // noun is most often the armed speaker's, who tells of its own dead.
  // Not when the speaker reports its own attack: «وأضاف الحزب أنه استهدف آلية … وإيقاع طاقمها بين قتيل وجريح» — the
  // pronoun is the target's.
  // «مقتل مقاتلين، نعاهما حزب الله»: the side that mourns the dead is theirs.
  for (const a of ctx.actorsBySentence[sentence] ?? []) if (a.firstToken > c.last && a.firstToken <= c.last + MOURN_REACH && MOURNING.has(ctx.words[a.firstToken - 1]!.replace(/^[وف]/u, ''))) own.add(a.actor);
  const speakerOwn = ownersSpeaking(ctx, c);
  if (speakerOwn && selfReported(ctx, sentence)?.actor !== speakerOwn) own.add(speakerOwn);
  const reply = replyOpening(ctx, c.first);
  const named = near.filter((a) => a.firstToken >= 0 && !noAgentByPlace(ctx, a) && !speakerOf(ctx, a, c) && !sides.has(a) && !onVictimsSide(a) && !answered(ctx, reply, a) && !victimsMembership(ctx, c, a) && !disowning(ctx, a, c) && !aftermath(ctx, a, c));
  // «165 شخصا أعدموا برصاص القوات الحكومية»: an agent phrase right after the mention states its agent, even one whose
  // id names the victims of another mention nearby («15 عنصرا من القوات الحكومية»).
  const stated = statedAgent(ctx, c, near);
  if (stated) return groupAt(ctx, near, near.indexOf(stated));
  // The subject of an active verb is the agent even of its own side: «أعدم داعش أحد عناصره».
  const subject = subjectOf(ctx, c, named.filter((a) => ctx.clauseOf[a.firstToken] === clause));
  // «قتل 3 من قوة الردع في اشتباكات مع جهاز دعم الاستقرار»: the other side of a clash is the agent, even when both
  // sides share an id (two of a city's armed groups) — in the mention's own clause.
  // An anaphor («اشتباكات مع مسلحين») resolved to the victims' own side is no such second group.
  const candidates = named.filter((a) => (!own.has(a.actor) || namedByAttack(ctx, a) || (!a.anaphoric && ctx.clauseOf[a.firstToken] === clause && clashPartner(ctx, a))) && !betweenSides(ctx, a));
  const inClause = candidates.filter((a) => ctx.clauseOf[a.firstToken] === clause);
  if (subject) return groupAt(ctx, named, named.indexOf(subject));
  const keeper = c.kind === 'detained' ? named.find((a) => keeps(ctx, c, a)) : undefined;
  if (keeper) return groupAt(ctx, named, named.indexOf(keeper));
  // «أعدمت الجماعة خمسة بتهمة رفع إحداثيات أدت لمقتل قائد»: a killing the victims were charged with is no act of
  // the actors around it.
  if (inCharge(ctx, c)) return [];
  // «اغتال مجهولون…»، «برصاص مسلحين مجهولين»: the clause says the agent is unknown.
  if (unknownAgentIn(ctx, clause) || unnamedHand(ctx, c)) return [];
  // «بهجوم على قاعدة للجيش الأمريكي»: the attacked is linked by a genitive too, but is no agent.
  const linked = inClause.findIndex((a) => a.firstToken > c.last && a.role !== 'target' && agentLink(ctx, c.last + 1, a));
  if (linked >= 0) return groupAt(ctx, inClause, linked);
  // «حركة الشباب التي … تبنت عمليات إرهابية عديدة أودت بحياة المئات»: the attacks a body claimed took the lives.
  // A claim outweighs the reasons the actor's own place gave to set it aside («حربا منذ سنوات ضد حركة الشباب»).
  const claimants = near.filter((a) => usable(a) && !sides.has(a) && !onVictimsSide(a));
  const adopter = claimedBefore(ctx, c, claimants);
  if (adopter) return groupAt(ctx, claimants, claimants.indexOf(adopter));
  // «استهدف آلية عند موقع المطلة الإسرائيلي، وأدى ذلك إلى إيقاع طاقمها بين قتيل وجريح»: the attacked are no agent.
  // «قتل 15 جنديا، واستيلاء المسلحين على عربات تابعة للجيش»: soldiers of no named side are likelier the army's own
  // than its victims when nothing links the army to their deaths.
  const unlinked = inClause.filter((a) => !likelyOwnSide(c, a, own) && !actsLater(ctx, a, c));
  const before = unlinked.findIndex((a) => a.lastToken < c.first && a.role !== 'target');
  if (before >= 0) return groupAt(ctx, unlinked, before);
  const any = unlinked.findIndex((a) => a.role !== 'target');
  if (any >= 0) return groupAt(ctx, unlinked, any);
  const among = fightAmongOne(ctx, sentence, own);
  if (among) return [among.actor];
  // «قتلى وجرحى جراء المعارك بين الجيش والدعم السريع»: a toll of a fight between two named sides, the victims of
  // neither, is the fight's — both sides, the first named first.
  const both = fightBetweenTwo(ctx, clause, named, own);
  if (both.length) return both;
  const announcer = announcerAsAgent(ctx, c, sides, own);
  if (announcer) return [announcer.actor];
  const opponent = otherSide(ctx, c, sides, [sentence, previous]);
  if (opponent) return [opponent.actor];
  // «وبذلك ترتفع الحصيلة منذ مطلع العام إلى…»: a cumulative toll is no one strike of the sentences around it.
  if (alone) return [];
  // «بينما قتل أكثر من 20 مدنيا في قصف…»: a contrasted clause without its own agent is not the other clauses' event.
  // «…، فيما أصيب 3 آخرون بأعيرة معدنية»: «آخرون» are more victims of the same event, not a contrasted one; and «فيما»
  // mostly says "as, while" of the same event («شنت قوات الدعم السريع هجوما…، فيما قتل وجرح عدد من المدنيين»).
  // «بينما كان مسؤول قد أعلن سقوط 19 شهيدا»: a contrasted report of the same toll is still the same event.
  // «…، في حين اعتقلت ستة شبان»: an active verb whose feminine ending cannot agree with the men after it has the
  // agent of the clauses before as its unsaid subject — the same actor's act, not a contrasted event.
  // «…، في حين بلغ عدد الجرحى 412 طفلا»، «بينما لا تزال هناك 15 جثة»: a contrasted clause with no cause of its own goes
  // on telling the event of its sentence — it takes that sentence's agent (not one of the victims' own id), no other.
  const contrasted = contrastAt(ctx, ctx.clauseStarts[clause]!) && !c.others && ctx.words[ctx.clauseStarts[clause]!] !== 'فيما' && !reportedIn(ctx, clause, c.first) && !unsaidAgent(ctx, c);
  // «في حين قتلت خمس نساء في بلدة زاكية»، «بينما قتل 3 في حادث سير»: a «في» after the mention tells where or in what
  // it happened — an event of its own.
  if (contrasted && (clauseHasCause(ctx, clause) || inAfter(ctx, c, clause))) return [];
  // Beyond the clause, the attacked are no candidates: «هجوماً على حاجز لـ«قسد»… قال إنه أسفر عن مقتل 5 عناصر»; nor,
  // when the clause names its own cause, the actors of a later contrasted clause: «أصيب جندي جراء سقوط صاروخ، فيما
  // ارتفع عدد المصابين بغارة إسرائيلية» (without one, the cause after «فيما» may be shared: «استشهدت مواطنة فيما أصيب
  // آخر جراء العدوان الإسرائيلي»).
  const ownCause = clauseHasCause(ctx, clause);
  const attackers = candidates.filter((a) => a.role !== 'target' && !(ownCause && laterContrast(ctx, clause, a)) && !(contrasted && own.has(a.actor)));
  // A heading takes its attribution from the sentence under it, a body sentence from its own and the one before.
  // «وفي سياق آخر، قتل شخصان…»: a sentence that opens another story takes nothing from the one before.
  const order = isHeading(ctx, sentence) || headlineParts(ctx, sentence) ? [sentence, sentence + 1, sentence + 2] : phraseAt(ctx, ctx.sentenceStarts[sentence]!, NEW_STORY) || contrasted ? [sentence] : [sentence, previous];
  for (const at of order) {
    // A sentence where a source reports its own attack is about that attack: the other actors are its targets.
    const speaker = selfReported(ctx, at);
    if (speaker && !own.has(speaker.actor)) return [speaker.actor];
    // «… رفات 60 شخصاً يُعتقد أنهم أُعدموا على يد التنظيم»: a suspected agent stays with its own sentence.
    // «خاضت قوات حفتر اشتباكات… وخطف جندي من نقطة تفتيش»: soldiers of no named side are likelier an army's own than
    // its victims — an army named only in the sentence before is not borrowed as their attacker.
    // «وكانت سيارة مفخخة انفجرت أمس…»، «وكان انفجار عبوة ناسفة قد أدى…»: a sentence in the pluperfect that names its own
    // weapon tells an earlier event, not the act of the sentence before.
    if (at !== sentence && wordIn(ctx, ctx.sentenceStarts[sentence]!, EARLIER) && ctx.causesBySentence[sentence]?.length) break;
    const inSentence = attackers.filter((a) => ctx.sentenceOf[a.firstToken] === at && !actsLater(ctx, a, c) && (at === sentence || (!hedged(ctx, a) && !denying(ctx, a) && (a.role === 'attacker' || violent(ctx, at)) && !likelyOwnSide(c, a, own))));
    if (inSentence.length) return groupAt(ctx, inSentence, 0);
  }
  // «الشباب تعدم 5 أشخاص بتهمة التجسس … وذكر شهود أن الرجال الثلاثة أعدموا رمياً بالرصاص»: the attacker the headline
  // or the lead names, when it names one, is the agent of what the article tells without naming one again — not of
  // victims of its own side, nor of a phrase with a pronoun that may point at it.
  // Nor of a toll, which counts more than one event.
  // The lead lies before the sentences read above: there its actors were weighed and set aside.
  // «قتل 5 جنود في هجوم على حاجز. وتبنت حركة الشباب الهجوم»: a claim of responsibility right after the sentence names
  // the agent it left unsaid — not of a toll, nor of the claimant's own dead.
  if (contrasted) return [];
  const claimant = c.rule === 'toll' ? undefined : claimedBy(ctx, sentence + 1);
  if (claimant && !own.has(claimant.actor) && !pronounInPhrase(ctx, c)) return [claimant.actor];
  const lead = c.rule === 'toll' ? undefined : leadAttacker(ctx, sides, Math.min(previous, sentence), sentence);
  if (lead && !own.has(lead) && !pronounInPhrase(ctx, c)) return [lead];
  return [];
}

const EARLIER = /* @__PURE__ */ new Set(WAS_FORMS.map((w) => 'و' + w));

/**
 * «فجر اثنان نفسيهما، وهو ما أودى بحياة 17 شخصا، وتمكنت قوات الأمن من قتل مهاجمين آخرين»: an actor after the mention
 * that goes on, a few words later, to kill or take fighters answered the attack; it is not the agent of the harm before.
 */
function actsLater(ctx: Context, a: ActorRef, c: Candidate): boolean {
  if (a.firstToken <= c.last) return false;
  const sentence = ctx.sentenceOf[a.firstToken];
  let harm = false;
  for (let k = a.lastToken + 1; k < ctx.n && k <= a.lastToken + RESPONSE_REACH && ctx.sentenceOf[k] === sentence; k++) {
    harm ||= ctx.casualtyAt.has(k);
    const v = harm ? ctx.victimAt.get(k) : undefined;
    if (v && victimClass(v) === 'fighters') return true;
  }
  return false;
}
/** How many tokens after the actor its own harm of fighters may end («من قتل مهاجمين آخرين»). */
const RESPONSE_REACH = 5;

/**
 * The actor that claims an attack in sentence `at`: the subject right after «تبنى» or after «أعلن» with «مسؤولية» in
 * the next few words («وأعلنت حركة الشباب مسؤوليتها عن الهجوم»). A sentence that opens another story claims nothing.
 */
function claimedBy(ctx: Context, at: number): ActorRef | undefined {
  if (at >= ctx.sentenceStarts.length - 1 || phraseAt(ctx, ctx.sentenceStarts[at]!, NEW_STORY)) return undefined;
  for (const a of ctx.actorsBySentence[at] ?? []) {
    if (a.anaphoric || !wordIn(ctx, a.firstToken - 1, CLAIM)) continue;
    const verb = ctx.words[a.firstToken - 1]!.replace(/^[وف]/u, '');
    if (!verb.endsWith('علن') && !verb.endsWith('علنت')) return a;
    for (let k = a.lastToken + 1; k < ctx.n && k <= a.lastToken + CLAIM_REACH && ctx.sentenceOf[k] === at; k++) if (RESPONSIBLE.has(ctx.words[k]!)) return a;
  }
  return undefined;
}
const CLAIM = /* @__PURE__ */ new Set(CLAIM_VERBS);

/**
 * «… ضد حركة الشباب التي تأسست مطلع 2004، كما تبنت العديد من العمليات التي أودت بحياة المئات»: a verb of claiming
 * («تبنى», not «أعلن») a few words before the mention, in its sentence, makes the body that claimed — the nearest actor
 * before the verb, whatever role its own place gave it — the agent of the attacks it claimed.
 */
function claimedBefore(ctx: Context, c: Candidate, named: readonly ActorRef[]): ActorRef | undefined {
  const sentence = ctx.sentenceOf[c.first];
  for (let k = c.first - 1; k >= 0 && k >= c.first - CLAIMED_REACH && ctx.sentenceOf[k] === sentence; k--) {
    if (ctx.actorsAt.has(k) || ctx.casualtyAt.has(k)) return undefined;
    if (!wordIn(ctx, k, ADOPTING)) continue;
    let claimant: ActorRef | undefined;
    for (const a of named) if (ctx.sentenceOf[a.firstToken] === sentence && a.lastToken < k && !a.anaphoric) claimant = a;
    return claimant;
  }
  return undefined;
}
/** The verbs of claiming proper: «تبنى», not «أعلن», which says much else. */
const ADOPTING = /* @__PURE__ */ new Set(CLAIM_VERBS.filter((w) => !w.includes('علن')));
/** How many words before the mention the claim may stand («تبنت العديد من العمليات الإرهابية التي أودت»). */
const CLAIMED_REACH = 8;
const RESPONSIBLE = /* @__PURE__ */ new Set(RESPONSIBILITY);
/** How many words after the claimant «مسؤولية» may stand. */
const CLAIM_REACH = 3;

/**
 * A past verb in feminine «ت» right before a counted group of men («اعتقلت ستة شبان»، «أعدمت 3 أسرى»): not the
 * passive, which would agree with them, but the active with its agent unsaid. Women, children (a «طفلة») and vague
 * figures («قتلت عشرات الأسر») may agree with «ت» and say nothing.
 */
function unsaidAgent(ctx: Context, c: Candidate): boolean {
  if (c.rule !== 'verb-count' || c.trigger[0] !== c.trigger[1] || !c.countTokens || c.countTokens[0] !== c.trigger[1] + 1) return false;
  const verb = ctx.words[c.trigger[0]]!.replace(/^[وف]/u, '');
  if (verb.length < 4 || !verb.endsWith('ت') || PAST_TA.has(verb) || c.count?.value === undefined) return false;
  return c.victims !== null && !FEMININE_CLASSES.has(c.victims);
}
const FEMININE_CLASSES = /* @__PURE__ */ new Set(['women', 'children', 'unspecified', 'families']);

/**
 * Soldiers of no named side and a government's forces, fighters of no named side («وقتل 13 مسلحا») and an armed
 * group: likely the victims' own side. (`own`: the sides the text names for the victims.)
 */
const likelyOwnSide = (c: Candidate, a: ActorRef, own: ReadonlySet<string>): boolean =>
  own.size === 0 && ((c.victims === 'soldiers' && a.category === 'government') || (c.victims === 'fighters' && NON_STATE.has(a.category ?? '')));

/**
 * «6 آلاف أسير فلسطيني، بينهم أطفال، في سجون إسرائيل»، «في قبضة الحوثيين»: the actor whose prisons hold the detained,
 * a few words after them in their sentence, is who holds them.
 */
function keeps(ctx: Context, c: Candidate, a: ActorRef): boolean {
  if (a.firstToken <= c.last || a.firstToken > c.last + KEEPER_REACH || ctx.sentenceOf[a.firstToken] !== ctx.sentenceOf[c.first]) return false;
  return heldBy(ctx, a);
}
const PRISON = /* @__PURE__ */ new Set(PRISONS);
/**
 * «عناصر داعش حاصروا قوة من المقاتلين … وأعدمت 23 منهم»: a victim noun or a bare noun of fighters between an actor and
 * a mention is nearer to the mention's pronoun than the actor is.
 */
function groupBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.victimAt.has(k) || ctx.actorNounAt.get(k)?.entry.anaphoric) return true;
  return false;
}
/** Whether a prison word stands right before actor `a` («في سجون الحوثيين»): it holds the detained. */
function heldBy(ctx: Context, a: ActorRef): boolean {
  const before = ctx.words[a.firstToken - 1] ?? '';
  return PRISON.has(before) || (/^[وبف]/u.test(before) && PRISON.has(before.slice(1)));
}
/** How many tokens after the detained their keeper's prisons may stand. */
const KEEPER_REACH = 12;

/** Whether a hedge («يُعتقد»، «يُرجح»، «يُشتبه») stands a few words before the actor, in its clause. */
function hedged(ctx: Context, a: ActorRef): boolean {
  const clause = ctx.clauseOf[a.firstToken];
  for (let k = a.firstToken - 1; k >= 0 && k >= a.firstToken - HEDGE_REACH && ctx.clauseOf[k] === clause; k--) if (HEDGES.has(ctx.words[k]!)) return true;
  return false;
}
const HEDGES = /* @__PURE__ */ new Set(HEDGING);

/**
 * «قدم مجلس منبج العسكري أرقاماً مختلفة فقال إن ستة مدنيين قتلوا»: an actor before a speech verb that has no subject of
 * its own (its «إن» right after it) is the one who speaks of the mention after it, no agent.
 */
function speakerOf(ctx: Context, a: ActorRef, c: Candidate): boolean {
  const sentence = ctx.sentenceOf[c.first];
  if (ctx.sentenceOf[a.firstToken] !== sentence || a.lastToken >= c.first) return false;
  for (let k = a.lastToken + 1; k < c.first && k <= a.lastToken + SPEAKER_REACH; k++) {
    if (ctx.actorsAt.has(k)) return false;
    if (THAT.has(ctx.words[k + 1] ?? '') && CUES.get(ctx.words[k]!.replace(/^[وف]/u, '')) === 'speech') return true;
  }
  return false;
}
/**
 * «أدانت قوات النظام مقتل 5 نساء في انفجار…»، «نفت الحركة إعدام…»: the subject of a verb that condemns or denies, before
 * the casualty in its sentence, disowns it — no agent (an agent phrase after the casualty still names one).
 */
function disowning(ctx: Context, a: ActorRef, c: Candidate): boolean {
  return a.lastToken < c.first && ctx.sentenceOf[a.firstToken] === ctx.sentenceOf[c.first] && wordIn(ctx, a.firstToken - 1, DISOWN);
}
/** How many tokens after the actor its speech verb may stand («… أرقاماً مختلفة للضحايا فقال»). */
const SPEAKER_REACH = 8;
const THAT = /* @__PURE__ */ new Set(['ان', 'بان']);

/**
 * «واشنطن: نفت…»، «موسكو - أعلنت…»: a capital that opens its line before a colon or a dash is the dateline, no actor;
 * «قوات الدعم السريع: مقتل 5…»: a side that alone opens its line before a colon is the one that speaks, not the agent.
 */
function dateline(ctx: Context, a: ActorRef): boolean {
  const start = ctx.sentenceStarts[ctx.sentenceOf[a.firstToken]!]!;
  if (!(a.firstToken === start || (a.firstToken === start + 1 && ctx.doc.tokens[start]!.kind !== 'word'))) return false;
  const mark = ctx.words[a.lastToken + 1] ?? '';
  return a.firstToken === a.lastToken ? DATELINE_MARKS.has(mark) : mark === ':';
}
const DATELINE_MARKS = /* @__PURE__ */ new Set([':', '-', '–', '—', '(']);

/**
 * «نفت القيادة الأميركية الاتهامات بقتل مدنيين في غارة شاركت فيها قوات أميركية»: an actor after a denial in its
 * clause is the one that denies or the one accused; the deaths the next sentences tell are not borrowed as its act.
 */
function denying(ctx: Context, a: ActorRef): boolean {
  const clause = ctx.clauseOf[a.firstToken];
  for (let k = a.firstToken - 1; k >= 0 && k >= a.firstToken - DENIAL_REACH && ctx.clauseOf[k] === clause; k--) if (ctx.cues[k]! & CUE.NON_FACT && wordIn(ctx, k, DENY)) return true;
  return false;
}
/** How many tokens before an actor its clause's denial may stand. */
const DENIAL_REACH = 16;
/** How many words back a hedge reaches. */
const HEDGE_REACH = 6;

/**
 * The one attacker the headline and the first body sentence name before `window`, if they name exactly one and no
 * subheading (a short line between the lead and the window: «مقابر جماعية») opens another topic.
 */
function leadAttacker(ctx: Context, sides: ReadonlySet<ActorRef>, window: number, sentence: number): string | undefined {
  let found: string | undefined;
  let s = 0;
  // Bounded: a page opening with more furniture than this has no lead to read.
  for (let seen = 0; s < ctx.sentenceStarts.length - 1 && seen < LEAD_SENTENCES && s < LEAD_SENTENCES + LEAD_FURNITURE; s++) {
    if (wordsIn(ctx, s) < FURNITURE_WORDS) continue;
    if (s >= window) break;
    seen++;
    for (const a of ctx.actorsBySentence[s] ?? []) {
      // «في هجوم يحمل بصمات حركة الشباب»: a suspected attacker is no lead's.
      if (a.role !== 'attacker' || a.anaphoric || sides.has(a) || hedged(ctx, a) || denying(ctx, a) || dateline(ctx, a)) continue;
      if (found !== undefined && found !== a.actor) return undefined;
      found = a.actor;
    }
  }
  // The lead reaches the few sentences that tell its event, not a later story («وفي سياق آخر…»), and not past a
  // subheading; the reach also keeps this check constant per mention.
  if (found === undefined || sentence - s > LEAD_REACH) return undefined;
  for (; s <= sentence; s++) {
    if (s < window && wordsIn(ctx, s) < FURNITURE_WORDS) return undefined;
    // A joined «و» («وفي سياق آخر») is read through by phraseAt.
    if (phraseAt(ctx, ctx.sentenceStarts[s]!, TOPIC_SHIFT)) return undefined;
  }
  return found;
}
/** The headline and the first body sentence (a line of fewer than {@link FURNITURE_WORDS} words is neither). */
const LEAD_SENTENCES = 2;
/** Lines of page furniture read past before the lead. */
const LEAD_FURNITURE = 6;
/** How many sentences after the lead its attacker still reaches (the mention's own sentence counted). */
const LEAD_REACH = 4;
const TOPIC_SHIFT = /* @__PURE__ */ phraseTable(TOPIC_SHIFTS);
/** The shifts that open another story; «من جهة أخرى» may also say "meanwhile" («… في هذه المواجهات»). */
const NEW_STORY = /* @__PURE__ */ phraseTable(TOPIC_SHIFTS.filter((p) => p[0] !== 'من'));


/**
 * «إصابة 9 من جنوده»، «إعدام 5 من عناصرها الأسرى»، «مقتل 22 منهم»، «من قواتنا»: a pronoun in the victims' phrase may
 * point at a side — on a victim noun or after «من», not on any word («بتهم التجسس» is a charge).
 */
function pronounInPhrase(ctx: Context, c: Candidate): boolean {
  for (let k = c.first; k <= c.last + 2 && k < ctx.n; k++) {
    const w = ctx.words[k]!;
    if (ctx.actorNounAt.get(k)?.entry.id === OWN_FORCES || FROM_THEM.has(w)) return true;
    if (w.length > 3 && ctx.victimAt.has(k) && possessiveEnding(ctx, k, /(ه|ها|هم|هما)$/u)) return true;
  }
  return false;
}
const FROM_THEM = /* @__PURE__ */ new Set(FROM_PRONOUN);

/** A pronoun ending on the word at `k` — not a «ه» that was «ة» before normalization («مرتزقة»، «عناصر الشرطة»). */
function possessiveEnding(ctx: Context, k: number, ending: RegExp): boolean {
  return ending.test(ctx.words[k]!) && !spanOfTokens(ctx.doc, k, k).text.endsWith('ة');
}

/** The armed speaker before the mention in its sentence, when the victims' noun carries a possessive («من عناصرها»، «جنوده»). */
function ownersSpeaking(ctx: Context, c: Candidate): string | undefined {
  let possessive = false;
  for (let k = c.first; k <= c.last + 2 && k < ctx.n && !possessive; k++) {
    possessive = ctx.actorNounAt.get(k)?.entry.id === OWN_FORCES || (ctx.words[k]!.length > 3 && ctx.victimAt.has(k) && possessiveEnding(ctx, k, /(ه|ها|هم)$/u));
  }
  if (!possessive) return undefined;
  let speaker: ActorRef | undefined;
  for (const a of ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? []) if (a.lastToken < c.first && a.role === 'source' && !a.anaphoric && a.category) speaker = a;
  return speaker?.actor;
}

/**
 * The sentence before `sentence`, stepping over page furniture between them — a photo caption («السودان.
 * (أرشيفية)»), a dateline, «Smaller Bigger»: lines of fewer than {@link FURNITURE_WORDS} words.
 */
function sentenceBefore(ctx: Context, sentence: number): number {
  let s = sentence - 1;
  // A short line that names an actor («والنظام قتل؟») is a sentence, not furniture.
  for (let hops = 0; s > 0 && hops < 4 && wordsIn(ctx, s) < FURNITURE_WORDS && !ctx.actorsBySentence[s]?.length; hops++) s--;
  return s;
}
const FURNITURE_WORDS = 4;

/** The two sentences after a heading, stepping over page furniture (see {@link sentenceBefore}). */
function sentencesAfter(ctx: Context, sentence: number): number[] {
  const last = ctx.sentenceStarts.length - 2;
  const out: number[] = [];
  for (let s = sentence + 1, hops = 0; s <= last && out.length < 2 && hops < 6; s++, hops++) if (wordsIn(ctx, s) >= FURNITURE_WORDS) out.push(s);
  return out;
}

function wordsIn(ctx: Context, sentence: number): number {
  let n = 0;
  for (let i = ctx.sentenceStarts[sentence]!; i < ctx.sentenceStarts[sentence + 1]! && n < FURNITURE_WORDS; i++) if (ctx.doc.tokens[i]!.kind === 'word') n++;
  return n;
}

/**
 * Whether the clause names an unknown agent (the core's actor noun `unknown-attackers`: «مجهولون»، «جهة مجهولة»). «إلى
 * جهة مجهولة»، «لجهة مجهولة» is where the detained were taken, no agent.
 */
function unknownAgentIn(ctx: Context, clause: number): boolean {
  for (let i = ctx.clauseStarts[clause]!; i < ctx.clauseStarts[clause + 1]!; i++) {
    const m = ctx.actorNounAt.get(i);
    if (m?.entry.id === UNNAMED_AGENT && m.prefix !== 'ل' && !DESTINATION.has(ctx.words[i - 1] ?? '') && !jointWithNamed(ctx, i, m.lastToken, m.prefix)) return true;
  }
  return false;
}

/**
 * «قتل الجيش الإسرائيلي ومستوطنون 1051 فلسطينيا»: agents of no id joined by «و» to a named actor right before or after
 * them share its act — the clause names its agent.
 */
function jointWithNamed(ctx: Context, first: number, last: number, prefix: string): boolean {
  return (ctx.actorsBySentence[ctx.sentenceOf[first]!] ?? []).some((a) => !a.anaphoric && a.actor !== '' && ((prefix.startsWith('و') && a.lastToken === first - 1) || (a.firstToken === last + 1 && ctx.doc.original[a.start - 1] === 'و')));
}

/**
 * «مقتل تسعة مدنيين على أيدي ميليشيا محلية»: the agent phrase right after the mention names a body no lexicon knows —
 * an agent unnamed, not one named elsewhere.
 */
function unnamedHand(ctx: Context, c: Candidate): boolean {
  const clause = ctx.clauseOf[c.last];
  for (let i = c.last + 1; i < c.last + AGENT_REACH && ctx.clauseOf[i] === clause; i++) {
    if (ctx.words[i] === 'علي' && HAND.has(ctx.words[i + 1] ?? '')) return unnamedAt(ctx, i + 2);
  }
  return false;
}
const HAND = /* @__PURE__ */ new Set(HANDS);

/**
 * The named actor an agent phrase right after the mention opens on («على يد التنظيم»، «برصاص القوات الحكومية»،
 * «من قبل قوات النظام»): the phrase within a few words of the mention, in its clause, before any other casualty word
 * or figure, and the actor right after it — a name, not an anaphor a lexicon resolved («على يد مسلحين دروز»).
 */
function statedAgent(ctx: Context, c: Candidate, near: readonly ActorRef[]): ActorRef | undefined {
  // «راح ضحيته ثلاثة مدنيين، بينهم امرأة وطفلة، جراء استهداف من قبل الميليشيا»: past a sub-group between commas.
  const from = subGroupAside(ctx, c.last);
  const clause = ctx.clauseOf[from];
  // A figure after the mention opens another item of its list («18 شخصاً، و46 على يد الفصائل»): its hand is that one's.
  for (let i = from; i < from + AGENT_REACH && ctx.clauseOf[i] === clause && !ctx.casualtyAt.has(i) && !ctx.numberAt.has(i); i++) {
    const length = phraseAt(ctx, i, AGENT_AFTER);
    if (!length) continue;
    let k = i + length;
    while (QUOTES.has(ctx.words[k] ?? '')) k++;
    // «على أيدي إرهابيي تنظيم داعش»، «برصاص عناصر الميليشيا»: the hand may be the actor's men, in construct with it.
    const at = inConstruct(ctx, k) ? k + 1 : k;
    return near.find((a) => a.firstToken === at && !a.anaphoric && usable(a));
  }
  return undefined;
}
/** The token after a sub-group told between commas right after `last` («، بينهم امرأة وطفلة،»), else `last + 1`. */
function subGroupAside(ctx: Context, last: number): number {
  if (!(ctx.bits[last + 1]! & F.COMMA) || !(ctx.bits[last + 2]! & F.INCLUDES)) return last + 1;
  for (let k = last + 3; k < ctx.n && k <= last + ASIDE_REACH && ctx.sentenceOf[k] === ctx.sentenceOf[last]; k++) {
    if (ctx.bits[k]! & F.COMMA) return k + 1;
    if (ctx.casualtyAt.has(k)) break;
  }
  return last + 1;
}
// How many words a sub-group between commas may hold.
const ASIDE_REACH = 10;

/** A word that is no actor's name nor an anaphor that may stand for one («مسلحين»), nor in construct with one. */
function unnamedAt(ctx: Context, k: number): boolean {
  if (ctx.doc.tokens[k]?.kind !== 'word' || ctx.actorsAt.has(k) || inConstruct(ctx, k)) return false;
  return !ctx.actorNounAt.get(k)?.entry.anaphoric;
}
/** An indefinite word right before a named actor, its construct: «إرهابيي (تنظيم داعش)»، «مجرمي (داعش)». */
function inConstruct(ctx: Context, k: number): boolean {
  return ctx.actorsAt.has(k + 1) && ctx.doc.tokens[k]?.kind === 'word' && !ctx.actorsAt.has(k) && !ctx.causeAt.has(k) && !/^(ال|[وفب])/u.test(ctx.words[k]!);
}
const DESTINATION = /* @__PURE__ */ new Set(TOWARD);

/**
 * «أعدمت الحركة 5 أشخاص بتهمة التجسس للحكومة الصومالية»، «بحجة التعامل مع النظام»: an actor a few words after a
 * charge or a pretext is what the victims were accused of serving, no agent.
 */
function charged(ctx: Context, a: ActorRef): boolean {
  return keptTest(ctx, CHARGED, a.firstToken, a, readCharged);
}
function readCharged(ctx: Context, a: ActorRef): boolean {
  const clause = ctx.clauseOf[a.firstToken];
  for (let k = a.firstToken - 1; k >= 0 && k >= a.firstToken - CHARGE_REACH && ctx.clauseOf[k] === clause; k--) if (wordIn(ctx, k, CHARGE)) return true;
  return false;
}
const CHARGE = /* @__PURE__ */ new Set(CHARGES);

/**
 * «اعتقل خمسة شبان يشتبه بانتمائهم إلى تنظيم داعش»: an actor a few words after a word of membership or ties that
 * follows the victims is their body, no agent. Membership before the victims, or after a word of the attack, tells of
 * the attackers: «مسلحون ينتمون إلى التنظيم قتلوا 5 جنود»، «في هجوم نفذه أعضاء في الحركة».
 */
function victimsMembership(ctx: Context, c: Candidate, a: ActorRef): boolean {
  const clause = ctx.clauseOf[a.firstToken];
  for (let k = a.firstToken - 1; k > c.last && k >= a.firstToken - CHARGE_REACH && ctx.clauseOf[k] === clause; k--) {
    if (!wordIn(ctx, k, MEMBER)) continue;
    for (let j = k - 1; j > c.last && j >= k - MEMBER_AGENT_REACH; j--) if (wordIn(ctx, j, AGENT)) return false;
    return true;
  }
  return false;
}
const MEMBER = /* @__PURE__ */ new Set(MEMBERSHIP);
/** How far before a membership word a word of the attack makes the members its agents («نفذه عناصر ينتمون»). */
const MEMBER_AGENT_REACH = 3;

/**
 * Whether a charge word stands a few words before the mention, with no punctuation between: the mention tells what
 * was charged («بتهمة رفع إحداثيات أدت لمقتل قائد»), not more victims after it («بتهمة التخابر، وستة مدنيين»).
 */
function inCharge(ctx: Context, c: Candidate): boolean {
  for (let k = c.first - 1; k >= 0 && k >= c.first - CHARGE_REACH && ctx.doc.tokens[k]!.kind === 'word'; k--) if (wordIn(ctx, k, CHARGE)) return true;
  return false;
}
/**
 * «174 قتيلا منذ إطلاق قائد "الجيش الوطني" عمليته العسكرية»: an actor a few words after «منذ» dates a toll by its
 * campaign's start; it is no agent of the toll's deaths (the fights of a campaign have two sides).
 */
function sinceWhen(ctx: Context, a: ActorRef): boolean {
  return keptTest(ctx, SINCE_WHEN, a.firstToken, a, readSinceWhen);
}
function readSinceWhen(ctx: Context, a: ActorRef): boolean {
  const sentence = ctx.sentenceOf[a.firstToken];
  for (let k = a.firstToken - 1; k >= 0 && k >= a.firstToken - SINCE_REACH && ctx.sentenceOf[k] === sentence; k--) {
    // «منذ يومين، قصفت قوات…»: a comma or a casualty word ends the time phrase.
    if (SINCE.has(ctx.words[k]!)) return true;
    // «بعد يومين من هجوم قوات…»، «قبل أسبوع من»: an event a span of time away is another one, no agent of this.
    if (PERIOD.has(ctx.words[k]!) && APART.has(ctx.words[k - 1] ?? '') && ctx.words[k + 1] === 'من') return true;
    if (COMMAS.has(ctx.words[k]!) || ctx.casualtyAt.has(k)) return false;
  }
  return false;
}
/**
 * «على العاصمة طرابلس التي تسعى قوات حفتر للسيطرة عليها»: an actor right after a relative pronoun on a place and a
 * verb of no attack describes the place; it is no agent («الغارة التي نفذتها طائرات النظام»، «الألغام التي خلفتها
 * عناصر التنظيم» are). Nor is the subject of a verb of sponsoring a group («قوة دربتها الولايات المتحدة»).
 */
function describing(ctx: Context, a: ActorRef): boolean {
  return keptTest(ctx, DESCRIBING, a.firstToken, a, readDescribing);
}
function readDescribing(ctx: Context, a: ActorRef): boolean {
  if (SPONSORS.has(ctx.words[chainStart(ctx, a) - 1] ?? '')) return true;
  const sentence = ctx.sentenceOf[a.firstToken];
  // The nearest relative pronoun first: most actors have none, and the words between are read only when one stands.
  let r = a.firstToken - 1;
  while (r >= 0 && r >= a.firstToken - DESCRIBED_REACH && ctx.sentenceOf[r] === sentence && !RELATIVE.has(ctx.words[r]!)) r--;
  if (r < 0 || r < a.firstToken - DESCRIBED_REACH || ctx.sentenceOf[r] !== sentence || r === a.firstToken - 1 || !placeEndsAt(ctx, r - 1)) return false;
  for (let k = r + 1; k < a.firstToken; k++) if (wordIn(ctx, k, AGENT) || cueOf(ctx.words[k]!) === 'attack' || ctx.casualtyAt.has(k)) return false;
  return true;
}
/** Whether a place phrase ends on token `k` («العاصمة الليبية طرابلس»). */
function placeEndsAt(ctx: Context, k: number): boolean {
  for (let j = k; j >= 0 && j > k - PLACE_WORDS; j--) if (ctx.placeAt.get(j)?.lastToken === k) return true;
  return false;
}
const PLACE_WORDS = 4;
const SPONSORS = /* @__PURE__ */ new Set(SPONSORING);
/** How many words a relative clause's verb may take before the actor that is its subject. */
const DESCRIBED_REACH = 3;
/** How many tokens back from an actor its «منذ» may stand («منذ إطلاق قائد "الجيش…»). */
const SINCE_REACH = 8;
/** Words that set an event a span of time apart («بعد يومين من»، «قبل أسبوع من»). */
const APART = /* @__PURE__ */ new Set(['بعد', 'قبل']);
const COMMAS = /* @__PURE__ */ new Set(['،', ',']);
/** How many words back a charge reaches. */
const CHARGE_REACH = 6;

/**
 * «عثرت السلطات العراقية على 89 جثة»: the subject of a verb of finding or receiving, right before or after it — unless
 * the mention's verb is «و/ف»-joined after it in the sentence and so shares its subject («عثرت قوات الدعم السريع على
 * 3 جنود وأعدمتهم»).
 */
function aftermath(ctx: Context, a: ActorRef, c: Candidate): boolean {
  if (!aftermathVerb(ctx, chainStart(ctx, a) - 1) && !aftermathVerb(ctx, a.lastToken + 1)) return false;
  const k = c.trigger[0];
  const joinedVerb = /^[وف]/u.test(ctx.words[k]!) && (ctx.casualtyAt.get(k)?.entry.pos === 'verb' || c.rule === 'object-pronoun');
  return !(joinedVerb && k > a.lastToken && ctx.sentenceOf[k] === ctx.sentenceOf[a.firstToken]);
}

/** A verb of finding or receiving at token `k`, read without its «و/ف». */
function aftermathVerb(ctx: Context, k: number): boolean {
  return keptTest(ctx, AFTERMATH_VERB, k, k, readAftermathVerb);
}
function readAftermathVerb(ctx: Context, k: number): boolean {
  return AFTERMATH_VERBS.has((ctx.words[k] ?? '').replace(/^[وف]/u, ''));
}

/** «هجمات قد تشنها القاعدة»: an actor after «قد» and a present-tense verb is one that might attack, not an agent. */
function mayAttack(ctx: Context, a: ActorRef): boolean {
  const verb = ctx.words[a.firstToken - 1] ?? '';
  return ctx.words[a.firstToken - 2] === 'قد' && (verb.startsWith('ي') || verb.startsWith('ت'));
}

/**
 * «بتهمة التخابر مع النظام»: a party «مع» joins to an act or a charge is no agent of the casualties. After a clash word
 * it is the other side, and so the agent («قتلوا إثر اشتباكات مع مقاتلين معارضين»); after another actor it shares
 * that actor's part («القوات التركية مع فصائل معارضة»).
 */
function partner(ctx: Context, a: ActorRef): boolean {
  const before = chainStart(ctx, a) - 1;
  if (ctx.words[before] !== 'مع') return false;
  // «خلال اشتباكات مسلحة مساء أمس مع…»: the clash word may stand a few words back, in the same clause.
  for (let k = before - 1; k >= before - 6 && k >= 0 && ctx.clauseOf[k] === ctx.clauseOf[before]; k--) if (wordIn(ctx, k, CLASH)) return false;
  return !(ctx.actorsBySentence[ctx.sentenceOf[a.firstToken]!] ?? []).some((b) => b.lastToken === before - 1);
}

/** «اشتباكات مع X»: a party after «مع» with a clash word before it. */
function clashPartner(ctx: Context, a: ActorRef): boolean {
  return ctx.words[chainStart(ctx, a) - 1] === 'مع' && !partner(ctx, a);
}

/**
 * «قصفت مواقع في غزة رداً على صواريخ أطلقتها حماس»، «رداً على هجوم لفصائل المعارضة»: the actor of the attack a strike
 * answers is no agent of that strike's casualties, and casualties inside the reply phrase («رداً على الهجمات
 * الإسرائيلية التي أدت إلى استشهاد 4 مدنيين، قصف حزب الله…») are the answered attack's, not the answer's. The phrase
 * runs from «رداً على» to the next punctuation: an actor is no candidate when it and the mention are not in the same one
 * (`reply`: the mention's own {@link replyOpening}, read once per mention).
 */
function answered(ctx: Context, reply: number, a: ActorRef): boolean {
  const opening = replyOpening(ctx, a.firstToken);
  if (opening !== reply) return true;
  // «قصفت قوات النظام … رداً على هجوم بطائرة مسيرة»: a bare noun inside the phrase, read as the replier's by anaphora,
  // is the answered attacker's, whom the text does not name.
  return opening >= 0 && a.anaphoric === true && (ctx.actorsBySentence[ctx.sentenceOf[a.firstToken]!] ?? []).some((b) => !b.anaphoric && b.actor === a.actor && replyOpening(ctx, b.firstToken) !== opening);
}

/** The «على» of the «رداً على» phrase token `t` is in, or -1. */
function replyOpening(ctx: Context, t: number): number {
  return kept(ctx, REPLY_OPENING, t, t, readReplyOpening);
}
function readReplyOpening(ctx: Context, t: number): number {
  const sentence = ctx.sentenceOf[t];
  for (let k = t - 1; k >= 1 && k >= t - REPLY_REACH && ctx.sentenceOf[k] === sentence; k--) {
    // «رداً على هجوم على الكلية الحربية، والذي خلف أكثر من 100 قتيل»: a relative clause after a comma goes on with it.
    if (ctx.doc.tokens[k]!.kind === 'punct' && !QUOTES.has(ctx.words[k]!) && !(ctx.words[k] === '،' && RELATIVES.has(ctx.words[k + 1] ?? ''))) return -1;
    if (ctx.words[k] === 'علي' && REPLY.has(ctx.words[k - 1]!)) return k;
  }
  return -1;
}
const RELATIVES = /* @__PURE__ */ new Set(RELATIVE_AFTER_COMMA);
/** «رداً على»، «ردًا على»، «في رد على»، «كرد على». */
const REPLY = /* @__PURE__ */ new Set(REPLYING);
/** How many words a reply phrase reaches. */
const REPLY_REACH = 16;

/** The first token of the coordination `a` ends: «الأجهزة الأمنية والحشد الشعبي» for «الحشد الشعبي». */
function chainStart(ctx: Context, a: ActorRef): number {
  return kept(ctx, CHAIN_START, a.firstToken, a, readChainStart);
}
function readChainStart(ctx: Context, a: ActorRef): number {
  let first = a.firstToken;
  for (let hops = 0; hops < 4; hops++) {
    const bare = ctx.words[first - 1] === 'و';
    if (!bare && !ctx.words[first]!.startsWith('و')) break;
    const end = bare ? first - 2 : first - 1;
    // The sentence's actors only: a sentence is at most MAX_SENTENCE_TOKENS long, so the search stays bounded.
    const prev = (ctx.actorsBySentence[ctx.sentenceOf[a.firstToken]!] ?? []).find((b) => b.lastToken === end);
    if (!prev) break;
    first = prev.firstToken;
  }
  return first;
}

/** «معارك بين القوات العراقية ومسلحي داعش»: the two sides of a fight, neither of them the agent of one casualty. */
function betweenSides(ctx: Context, a: ActorRef): boolean {
  return keptTest(ctx, BETWEEN_SIDES, a.firstToken, a, readBetweenSides);
}
function readBetweenSides(ctx: Context, a: ActorRef): boolean {
  const inSentence = ctx.actorsBySentence[ctx.sentenceOf[a.firstToken]!] ?? [];
  for (let k = a.firstToken - 1, seen = 0, words = 0; k >= 0 && seen < 6 && ctx.sentenceOf[k] === ctx.sentenceOf[a.firstToken]; k--) {
    const w = ctx.words[k]!;
    // «بين قوات … وبين مسلحي تنظيم أنصار الشريعة»: the second side may repeat «بين».
    if (w === 'بين' || w === 'وبين') return true;
    // The actors of the pair, «و» and quotes stand between «بين» and a mention, and a few words of a side no lexicon
    // names whole («بين الجيش الليبي وقوات موالية للواء خليفة حفتر»): no punctuation, figure or casualty word.
    const pair = inSentence.find((b) => b.firstToken <= k && k <= b.lastToken);
    if (pair) {
      k = pair.firstToken; // one step over a whole name
    } else {
      // A victim noun may head a side («ومسلحي تنظيم أنصار الشريعة»).
      const plain = ctx.doc.tokens[k]!.kind === 'word' && !ctx.casualtyAt.has(k) && !ctx.causeAt.has(k);
      if (w !== 'و' && !QUOTES.has(w) && !(plain && ++words <= PAIR_WORDS)) return false;
    }
    seen++;
  }
  return false;
}
/** The named sides a fight of the sentence is «بين» («معارك بين قوات الجيش والمرتزقة التشاديين»). */
function fightSides(ctx: Context, sentence: number): ActorRef[] {
  return (ctx.actorsBySentence[sentence] ?? []).filter((a) => !a.anaphoric && betweenSides(ctx, a));
}
/**
 * «اشتباكات بين مجموعات مسلحة أسفرت عن سقوط 32 قتيلا»: a fight among one group — a single side right after «بين», no
 * second joined to it — is that group's on both sides, and its toll is theirs.
 */
function fightAmongOne(ctx: Context, sentence: number, own: ReadonlySet<string>): ActorRef | undefined {
  const pair = fightSides(ctx, sentence);
  if (pair.length !== 1) return undefined;
  const [a] = pair as [ActorRef];
  // A comma may close the side («بين ميليشيات مسلحة، أسفرت عن…») unless a second side follows it («…، وقوات…»).
  const after = ctx.words[a.lastToken + 1] === '،' ? a.lastToken + 2 : a.lastToken + 1;
  if (ctx.words[a.firstToken - 1] !== 'بين' || (ctx.words[after] ?? '').startsWith('و') || own.has(a.actor) || !usable(a)) return undefined;
  return a;
}

/**
 * The two sides a fight of the clause is «بين» («بين الجيش وقوات الدعم السريع»), when the victims belong to neither
 * (`own`) and the fight is not a place's description (`named`: «المدينة التي تشهد معارك بين…» is no agent): their ids
 * in text order, once each.
 */
function fightBetweenTwo(ctx: Context, clause: number, named: readonly ActorRef[], own: ReadonlySet<string>): string[] {
  const sentence = ctx.sentenceOf[ctx.clauseStarts[clause]!]!;
  const pair = fightSides(ctx, sentence).filter((a) => ctx.clauseOf[a.firstToken] === clause);
  if (pair.length < 2 || pair.some((a) => own.has(a.actor) || !named.includes(a))) return [];
  // «الموصل، التي تشهد معارك بين القوات العراقية ومسلحي داعش»، «المعارك التي تشهدها المدينة بين…»: a fight told in a
  // relative clause describes a place or a time, not the harm.
  for (let k = pair[0]!.firstToken - 1; k >= 0 && k >= pair[0]!.firstToken - FIGHT_RELATIVE_REACH && ctx.sentenceOf[k] === sentence; k--) if (ctx.bits[k]! & F.RELATIVE) return [];
  return [...new Set(pair.map((a) => a.actor))];
}
/** How many tokens before a fight's first side a relative pronoun makes it a description. */
const FIGHT_RELATIVE_REACH = 6;

/** Words of a side no lexicon names whole, between «بين» and an actor of the pair. */
const PAIR_WORDS = 3;

/** Whether «في» stands after mention `c` in its clause («… في بلدة زاكية»). */
function inAfter(ctx: Context, c: Candidate, clause: number): boolean {
  for (let k = c.last + 1; k < ctx.clauseStarts[clause + 1]!; k++) if (ctx.words[k] === 'في') return true;
  return false;
}

/** A clause opening with a contrast: «بينما»، «فيما»، «في حين» — bare «حين» is "when" («حين انفجرت شاحنة»). */
function contrastAt(ctx: Context, i: number): boolean {
  if (ctx.words[i] === 'في') return ctx.words[i + 1] === 'حين';
  return wordIn(ctx, i, CONTRAST) && (ctx.words[i] !== 'حين' || ctx.words[i - 1] === 'في');
}

/** Whether a speech verb stands in the clause before token `before` («بينما أعلن مسؤول…»). */
function reportedIn(ctx: Context, clause: number, before: number): boolean {
  for (let i = ctx.clauseStarts[clause]!; i < before; i++) if (CUES.get(ctx.words[i]!.replace(/^[وف]/u, '')) === 'speech') return true;
  return false;
}

/** Whether the clause names a cause of its own («جراء سقوط صاروخ»). */
function clauseHasCause(ctx: Context, clause: number): boolean {
  for (let i = ctx.clauseStarts[clause]!; i < ctx.clauseStarts[clause + 1]!; i++) if (ctx.causeAt.has(i)) return true;
  return false;
}

/**
 * Whether the sentence tells of violence: a cause («بالرصاص»، «لغم زرعه…»), a casualty word, an attack word or a clash. An actor of the
 * sentence before that tells of none («كانوا يصلون في المسجد»، «حصلت القوات على معلومات») was only mentioned there.
 */
function violent(ctx: Context, sentence: number): boolean {
  for (let i = ctx.sentenceStarts[sentence]!; i < ctx.sentenceStarts[sentence + 1]!; i++) if (ctx.causeAt.has(i) || ctx.casualtyAt.has(i) || wordIn(ctx, i, VIOLENCE) || VIOLENCE.has(pluralStem(ctx.words[i]!))) return true;
  return false;
}
/** «وأطلقوا» → «اطلق»، «يهاجمون» → «يهاجم»: a verb without its conjunction and plural ending. */
const pluralStem = (w: string): string => w.replace(/^[وف]/u, '').replace(/(وا|ون)$/u, '');
const VIOLENCE = /* @__PURE__ */ new Set([...[...CUES].filter(([, c]) => c === 'attack').map(([w]) => w), ...CLASH_WORDS, ...FIGHTING]);

/**
 * Whether actor `a` stands in a clause after `clause` that opens with a contrast («فيما»، «بينما») or tells an earlier
 * event in the pluperfect («…، وكانت غارات روسية قد قتلت 35 مدنيا الشهر الماضي»).
 */
function laterContrast(ctx: Context, clause: number, a: ActorRef): boolean {
  const other = ctx.clauseOf[a.firstToken]!;
  if (other <= clause) return false;
  for (let k = clause + 1; k <= other; k++) if (contrastAt(ctx, ctx.clauseStarts[k]!) || EARLIER.has(ctx.words[ctx.clauseStarts[k]!]!)) return true;
  return false;
}

/**
 * Whether the mention stands alone, and why: its clause states a cumulative toll — a dated period («منذ مطلع العام»،
 * «خلال الشهر الماضي»، «منذ 2011»), a toll called so («الحصيلة التراكمية») or the war as the killer («أودى الصراع
 * بحياة…») — or a death from war remnants (`remnants`: «لغم من مخلفات الحرب»); `null` when neither. Its actor and
 * cause are then only what its own clause names. The toll is the period's (`cumulative`) when the period stands in
 * the mention, before it in its clause, or a few words after it with no comma between («مقتل 250 مدنيا في إدلب خلال
 * الشهر الماضي»); further on it may date something else (`period`: «… في قصف على حي الشيخ رضوان المحاصر منذ
 * أكتوبر»). After the mention, reading stops at a relative clause, a superlative or an ordinal, a sub-group, a toll
 * of casualties or a casualty verb joined by «و»: a period there dates something else. @internal
 */
export function standsAlone(ctx: Context, c: Candidate): 'cumulative' | 'period' | 'remnants' | null {
  if (c.rule === 'killing-phrase' && warTakesLives(ctx, c)) return 'cumulative';
  const clause = ctx.clauseOf[c.first]!;
  let comma = false;
  for (let i = ctx.clauseStarts[clause]!; i < ctx.clauseStarts[clause + 1]!; i++) {
    if (i > c.last && ctx.bits[i]! & F.COMMA) comma = true;
    // «استشهد 45 …، ليرتفع عدد الشهداء منذ بدء الحرب إلى…»، «…، وقتل منذ بداية الحرب أكثر من 150 ألف»: a period
    // after a toll of casualties, or after a casualty verb joined past a comma, is that toll's («قتل 3 وأصيب 5 منذ
    // مطلع الشهر» is of both).
    if (i > c.last && (otherToll(ctx, i) || (comma && ctx.casualtyAt.get(i)?.entry.pos === 'verb' && ctx.casualtyAt.get(i)!.prefix === 'و'))) return null;
    if (!(ctx.cues[i]! & CUE.ALONE)) continue; // none of the words asked below (a bit of stage 1)
    if (i > c.last && wordIn(ctx, i, MODIFIER)) return null;
    if (wordIn(ctx, i, WAR)) {
      if (wordIn(ctx, i - 1, REMNANTS)) return 'remnants';
      if (i < c.first && c.rule === 'killing-phrase') return 'cumulative';
      // «وقُتل في الحرب اليمنية … أكثر من 9200 يمني»: a war between the verb and its count is the toll's whole setting.
      if (i > c.first && i < c.last && ctx.words[i - 1] === 'في') return 'cumulative';
    }
    if (periodSpanAt(ctx, i) || wordIn(ctx, i, CUMULATIVE)) return i <= c.last || (!comma && i - c.last <= PERIOD_REACH) ? 'cumulative' : 'period';
  }
  return null;
}

/** How many words after a mention a period may stand and still be its toll's. */
const PERIOD_REACH = 6;

/**
 * A toll at `i`: a rise («لترتفع»), or a toll noun of casualties or with its adjective («عدد الشهداء»، «إجمالي عدد
 * القتلى»، «الحصيلة الإجمالية»), not of a source («بحسب حصيلة المرصد»).
 */
function otherToll(ctx: Context, i: number): boolean {
  if (wordIn(ctx, i, RISING)) return true;
  // Most tokens stop at the toll nouns' stage-1 cue bit, before the word is looked up.
  if (!(ctx.cues[i]! & CUE.TOLL) || !wordIn(ctx, i, TOLL_WORDS)) return false;
  const next = wordIn(ctx, i + 1, TOLL_WORDS) ? i + 2 : i + 1;
  return ctx.casualtyAt.has(next) || wordIn(ctx, next, TOLL_ADJECTIVE);
}

/**
 * «ويشهد اليمن حربًا منذ 7 سنوات، أودت بحياة 233 ألفًا»: a war its sentence names before a lives-taking idiom, with no
 * side named before it, is what took the lives — the idiom's subject even across a comma.
 */
function warTakesLives(ctx: Context, c: Candidate): boolean {
  let war = false;
  for (let i = ctx.sentenceStarts[ctx.sentenceOf[c.first]!]!; i < c.first; i++) {
    if (ctx.actorsAt.has(i)) return false;
    if (!war && wordIn(ctx, i, WHOLE_WAR)) war = true;
  }
  return war;
}

/** «خلال أشهر» is a span ("during months"); after «منذ» only a dated period is («منذ أشهر» may mean "months ago"). */
function periodSpanAt(ctx: Context, i: number): boolean {
  if (wordIn(ctx, i, DURING)) return wordIn(ctx, i + 1, PERIOD) || datedPeriodAt(ctx, i + 1);
  return wordIn(ctx, i, SINCE) && datedPeriodAt(ctx, i + 1);
}

/**
 * A span of time at token `i`: «مطلع العام»، «2011»، «عام 2011»، «الشهر الماضي»، «شهر تشرين الأول الماضي»، «سنوات
 * الحرب», or a day of a month named («السابع من أكتوبر»، «7 تشرين الأول»، «أكتوبر»).
 */
function datedPeriodAt(ctx: Context, i: number): boolean {
  if (wordIn(ctx, i, SPAN_START) || isYear(ctx.doc.tokens[i]?.text)) return true;
  // A month named right there, after a day («7 أكتوبر»)، «شهر», a part of it («متم أبريل»، «منتصف آذار»), or a day and
  // «من» («السابع من أكتوبر»): not a month further on («خلال هجوم في أكتوبر»، «خلال انفجار سيارة نيسان»).
  if (monthNameEnd(ctx, i) >= 0) return true;
  if (monthNameEnd(ctx, i + 1) >= 0 && (ctx.numberAt.has(i) || ctx.words[i] === 'شهر' || wordIn(ctx, i, MONTH_PART))) return true;
  if (ctx.words[i + 1] === 'من' && monthNameEnd(ctx, i + 2) >= 0) return true;
  if (!wordIn(ctx, i, PERIOD)) return false;
  if (wordIn(ctx, i + 1, WAR) || isYear(ctx.doc.tokens[i + 1]?.text)) return true;
  for (let k = i + 1; k <= i + 3; k++) if (wordIn(ctx, k, PERIOD_DATE)) return true;
  return false;
}

const isYear = (text: string | undefined): boolean => text !== undefined && /^(19|20)\d\d$/u.test(text);

/**
 * The actor mentions that name some candidate's victims' side. One mention's victims are no agent of another in the
 * same sentence: «قُتل عنصران من فصائل المعارضة وجُرح ثلاثة آخرون في اشتباكات مع قوات النظام». @internal
 */
export function victimSides(ctx: Context, candidates: readonly Candidate[]): Set<ActorRef> {
  const sides = new Set<ActorRef>();
  for (const c of candidates) {
    const inSentence = ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? [];
    // The sub-groups are victims too, also further on in the clause: «قُتل ٣٨ شخصاً … خلال الشهر الماضي، بينهم ١٦ من
    // المقاتلين السابقين في صفوف المعارضة».
    const phrases: VictimPhrase[] = [c];
    const clauseEnd = ctx.clauseStarts[ctx.clauseOf[c.first]! + 1]!;
    for (let k = c.last; k < clauseEnd && phrases.length === 1; k++) {
      // A sub-group opens with a word of the INCLUDES bit right after `k`, or after a comma there (includedPhrases' own first test).
      if (ctx.bits[k + 1]! & F.INCLUDES || (ctx.bits[k + 2] ?? 0) & F.INCLUDES) phrases.push(...includedPhrases(ctx, k));
    }
    const joinedVictims = coordinatedVictims(ctx, c);
    if (joinedVictims) phrases.push(joinedVictims);
    let prev: ActorRef | undefined;
    for (const a of inSentence) {
      // «عنصرا من قوات النظام والمليشيات الموالية لها»: an actor joined by و to the victims' side is that side too.
      const joined = prev !== undefined && sides.has(prev) && joinedSide(ctx, prev, a);
      // A phrase that opens with an actor («جنود الاحتلال اعتقلوا الشاب») may name its agent: no side.
      if (joined || phrases.some((p) => a.firstToken !== c.first && victimsSide(ctx, p, a))) sides.add(a);
      prev = a;
    }
  }
  for (const a of ctx.actors) if (diedAsPersons(ctx, a)) sides.add(a);
  return sides;
}

/**
 * Whether actor `a` goes on naming the side `prev` right before it: joined by «و» («قوات النظام والمليشيات الموالية
 * لها») or with no mark between («والفصائل المقاتلة المعارضة»).
 */
function joinedSide(ctx: Context, prev: ActorRef, a: ActorRef): boolean {
  const and = ctx.words[prev.lastToken + 1];
  if (and === undefined) return false;
  if (a.firstToken === prev.lastToken + 2) return and === 'و';
  return a.firstToken === prev.lastToken + 1 && (and.startsWith('و') || /^\s+$/u.test(ctx.doc.original.slice(prev.end, a.start)));
}

/**
 * «في إشارة إلى مقاتلي المعارضة الذين سقطوا ضحايا»، «عناصر الحرس الذين قتلوا في الهجوم»: persons of a side (a victim
 * noun heads the actor) described by a relative clause whose verb is a casualty word with no victims after it are the
 * dead, wherever the text names them — not an agent.
 */
function diedAsPersons(ctx: Context, a: ActorRef): boolean {
  if (!ctx.victimAt.has(a.firstToken) && !ctx.victimAt.has(a.firstToken - 1)) return false;
  const rel = a.lastToken + 1;
  if (!PERSONS_WHO.has(ctx.words[rel] ?? '')) return false;
  for (let k = rel + 1; k <= rel + 2 && ctx.sentenceOf[k] === ctx.sentenceOf[rel]; k++) {
    if (!ctx.casualtyAt.has(k)) continue;
    const next = ctx.casualtyAt.get(k)!.lastToken + 1;
    return !ctx.numberAt.has(next) && !ctx.victimAt.has(next);
  }
  return false;
}
/** Relative pronouns of persons, plural or dual («الذين»): a feminine singular «التي» is the forces' own act. */
const PERSONS_WHO = /* @__PURE__ */ new Set(['الذين', 'اللذين', 'اللذان', 'اللواتي', 'اللاتي']);

/**
 * «فقد أحد السكان حياته، وكذلك عنصر من الجيش السوري»: a victim noun joined to the mention by «و»، «وكذلك»، «وأيضا» a
 * few words after it shares its casualty; its «من» names a victims' side.
 */
function coordinatedVictims(ctx: Context, c: Candidate): VictimPhrase | undefined {
  const sentence = ctx.sentenceOf[c.first];
  for (let k = c.last + 1; k <= c.last + JOINED_REACH && k < ctx.n && ctx.sentenceOf[k] === sentence; k++) {
    if (ctx.casualtyAt.has(k) || ctx.numberAt.has(k)) return undefined; // another statement
    const v = ctx.victimAt.get(k);
    if (v && (v.prefix === 'و' || ALSO.has(ctx.words[k - 1]!))) return { first: k, last: v.lastToken, countTokens: undefined, victimTokens: [k, v.lastToken] };
  }
  return undefined;
}
/** «و»، «وكذلك»، «وأيضا»: what joins one more victim to a mention (the grammar's words of addition, with or without «و»). */
const ALSO = /* @__PURE__ */ new Set(['و', ...ALSO_WORDS.flatMap((w) => [w, 'و' + w])]);
/** How many tokens after the mention a joined victim noun may stand. */
const JOINED_REACH = 4;

/**
 * A heading: a short line with no sentence-final punctuation and text under it («قتلى بقصف النظام وروسيا على إدلب»).
 * The last line of a text has nothing under it: a short report without a full stop is a sentence. @internal
 */
export function isHeading(ctx: Context, sentence: number): boolean {
  const first = ctx.sentenceStarts[sentence]!;
  const next = ctx.sentenceStarts[sentence + 1]!;
  const last = ctx.doc.tokens[next - 1];
  return next < ctx.n && next - first <= 16 && last !== undefined && !SENTENCE_ENDS.has(last.text) && last.text !== ':';
}

/**
 * «مقتل 4 جنود إسرائيليين.. و"حزب الله" يتبنى إطلاق الصواريخ»: the first part of a short headline that dots split
 * into sentences — the line opens with it, ends without a full stop and has text under it — reads on into its other
 * parts, like a heading into its first sentence.
 */
function headlineParts(ctx: Context, sentence: number): boolean {
  const first = ctx.sentenceStarts[sentence]!;
  if (!lineBreakBefore(ctx, first)) return false;
  for (let t = first + 1; t < ctx.n && t - first <= HEADLINE_TOKENS; t++) {
    if (lineBreakBefore(ctx, t)) return ctx.sentenceOf[t - 1] !== sentence && !SENTENCE_ENDS.has(ctx.doc.tokens[t - 1]!.text);
  }
  return false;
}
/** Whether token `t` opens a line: the text's first, or a line break before it. */
function lineBreakBefore(ctx: Context, t: number): boolean {
  return t === 0 || LINE_BREAK.test(ctx.doc.norm.text.slice(ctx.doc.tokens[t - 1]!.end, ctx.doc.tokens[t]!.start));
}
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/** The longest headline line, in tokens. */
const HEADLINE_TOKENS = 20;

// A generic cause word («قصف»، «انفجار») yields to a more specific weapon named for the same strike.
const GENERIC = /* @__PURE__ */ new Set(GENERIC_CAUSES);
const isGeneric = (m: LexMatch<'causes'>): boolean => GENERIC.has(m.form);
const PLATFORM = /* @__PURE__ */ new Set(PLATFORM_CAUSES);
const DROPPED = /* @__PURE__ */ new Set(DROPPED_CAUSES);

const NO_WEAPON = /* @__PURE__ */ new Set(NO_WEAPON_DEATHS);
const WHOLE_WAR = /* @__PURE__ */ new Set(WHOLE_WARS);
/** How many tokens after the mention its manner of death may stand («مقاتلات في "قسد" غرقاً»). */
const MANNER_REACH = 6;

/** «أدى الهجوم إلى…»: a definite attack noun is the attack told before, no fight of its own (see {@link ATTACKS_TOLD}). */
function attackTold(ctx: Context, i: number): boolean {
  return wordIn(ctx, i, TOLD) && /^[وبلف]?(ال|لل)/u.test(ctx.words[i]!);
}
const TOLD = /* @__PURE__ */ new Set(ATTACKS_TOLD);

/** Cause and co-causes: the first specific weapon named in the clause, sentence or sentence before. */
export function causeFor(ctx: Context, c: Candidate, alone: boolean): { cause: string | null; coCauses: string[] } {
  if (c.kind === 'executed') return { cause: 'execution', coCauses: [] };
  // An arrest or abduction is no strike: the weapons around it belong to other events.
  if (c.kind === 'detained') return { cause: null, coCauses: [] };
  const clause = ctx.clauseOf[c.first]!;
  const sentence = ctx.sentenceOf[c.first]!;
  // «توفيت خمس مقاتلات غرقاً»: a death by a manner that is no weapon, right after the phrase.
  for (let k = c.first; k <= c.last + MANNER_REACH && k < ctx.n && ctx.clauseOf[k] === clause; k++) if (ctx.cues[k]! & CUE_NO_WEAPON && wordIn(ctx, k, NO_WEAPON)) return { cause: null, coCauses: [] };
  // A heading takes the weapon of the text under it — past page furniture («45»، «متابعة:») and a line that names
  // none —, a body sentence that of the sentence before.
  const heading = isHeading(ctx, sentence);
  const under = heading ? sentencesAfter(ctx, sentence) : [sentence - 1];
  const scopes = [
    (m: LexMatch<'causes'>) => ctx.clauseOf[m.firstToken] === clause,
    (m: LexMatch<'causes'>) => ctx.sentenceOf[m.firstToken] === sentence,
    (m: LexMatch<'causes'>) => ctx.sentenceOf[m.firstToken] === under[0],
    ...(heading ? [(m: LexMatch<'causes'>) => ctx.sentenceOf[m.firstToken] === under[1]] : []),
  ];
  // Clashes have no cause category: a clause about fighting («تصدت المعارضة لهجمات… وقتلت») borrows no weapon.
  // Nor does a cumulative toll, the sum of many strikes, or a death from war remnants.
  let clashes = false;
  for (let i = ctx.clauseStarts[clause]!; i < ctx.clauseStarts[clause + 1]!; i++) if (clashAt(ctx, i) && !attackTold(ctx, i)) clashes = true;
  // «شنت إسرائيل عدواناً تحول إلى حرب واسعة، ما أسفر عن أكثر من 4 آلاف قتيل»: a war told before the toll in its
  // sentence is its cause, of no one weapon.
  for (let i = ctx.sentenceStarts[sentence]!; i < c.first && !clashes; i++) if (ctx.cues[i]! & CUE_NO_WEAPON && wordIn(ctx, i, WHOLE_WAR)) clashes = true;
  // The causes of the three sentences, gathered once for the scopes (mechanical: each scope filtered them afresh).
  const near = inSentences(ctx.causesBySentence, [sentence - 1, sentence, sentence + 1, ...under]);
  // «… و3 بغارة جوية»: an item of a breakdown by means has the means right after it.
  const own = c.rule === 'ellipsis' ? near.find((m) => m.firstToken === c.last + 1) : undefined;
  if (own) return { cause: own.id, coCauses: [] };
  // «…، وأصيب 3 آخرون بطلقات نارية»: a weapon right after the phrase is its own; those told before it are another's.
  const right = near.find((m) => m.firstToken > c.last && m.firstToken <= c.last + RIGHT_AFTER && ctx.sentenceOf[m.firstToken] === sentence && !isGeneric(m));
  let fallback: string | undefined;
  for (const inScope of clashes || alone ? scopes.slice(0, 1) : sinceLongAgo(ctx, sentence) ? scopes.slice(0, 2) : scopes) {
    // «أن مقاتلات توفين»: the word read as the victims is no weapon.
    const all = near.filter((m) => inScope(m) && !wordIn(ctx, m.firstToken - 1, DESTROYED) && !(c.victimTokens && m.firstToken >= c.victimTokens[0] && m.firstToken <= c.victimTokens[1]));
    const found = right && all.includes(right) ? all.filter((m) => m.firstToken >= right.firstToken) : all;
    if (!found.length) continue;
    const specific = found.filter((m) => !isGeneric(m));
    // «وأدى القصف إلى…»، «موقع الانفجار»: a bare definite generic word points back at a strike told before; the
    // weapon named for it in a wider scope is its cause, else the generic word is.
    if (!specific.length && found.every((m) => pointsBackToStrike(ctx, m))) {
      fallback ??= found[0]!.id;
      continue;
    }
    const dropped = specific.filter((m) => DROPPED.has(m.id));
    const ordered = dropped.length ? [...dropped, ...specific.filter((m) => !PLATFORM.has(m.form) && !dropped.includes(m))] : specific.length ? specific : found;
    const ids: string[] = [];
    for (const m of ordered) if (!ids.includes(m.id)) ids.push(m.id);
    // Missiles fired by aircraft are airstrikes: «بأربعة صواريخ أطلقتها طائرات النظام».
    if (ids[0] === 'missile' && found.some((m) => PLATFORM.has(m.form))) ids.unshift(...ids.splice(ids.indexOf('airstrike'), 1));
    return { cause: ids[0]!, coCauses: ids.slice(1) };
  }
  return { cause: fallback ?? null, coCauses: [] };
}

/** How many tokens after a phrase its own weapon may begin: «أصيب 3 آخرون بجروح بطلقات نارية». */
const RIGHT_AFTER = 3;

/** Whether the sentence dates its toll from before the day («منذ أواخر نيسان»، «منذ التصعيد»): {@link WITHIN_THE_DAY}. */
function sinceLongAgo(ctx: Context, sentence: number): boolean {
  // The ALONE cue holds every word of SINCE (through its clitics, as wordIn reads it): the scan asks only there.
  for (let i = ctx.sentenceStarts[sentence]!; i < ctx.sentenceStarts[sentence + 1]!; i++) if (ctx.cues[i]! & CUE.ALONE && wordIn(ctx, i, SINCE) && !WITHIN_DAY.has(ctx.words[i + 1] ?? '')) return true;
  return false;
}

/**
 * A generic cause word made definite with nothing after it that describes it — «القصف»، «الانفجار» and not «القصف
 * التركي»، «القصف المستمر» (a relative clause may follow: «الانفجار الذي…»): the strike already told.
 */
function pointsBackToStrike(ctx: Context, m: LexMatch<'causes'>): boolean {
  if (m.firstToken !== m.lastToken || !/^[وبلف]?(ال|لل)/u.test(ctx.words[m.firstToken]!)) return false;
  const next = ctx.doc.tokens[m.lastToken + 1];
  const w = ctx.words[m.lastToken + 1] ?? '';
  return !(next?.kind === 'word' && w.startsWith('ال') && !RELATIVE.has(w));
}

/**
 * Place phrases of the text by sentence: «حي الشعار»، «أحياء المغاير والسكري والمشهد في مدينة حلب»، gazetteer names.
 * @internal
 */
export function placesBySentence(ctx: Context): PlacesBySentence {
  const numbers = [...ctx.numberAt.keys(), ...ctx.casualtyAt.keys(), ...ctx.victimAt.keys()];
  const text = placeText(ctx.doc, ctx.placeAt.values(), ctx.actors, numbers);
  // «بيروت - الوكالة الوطنية للإعلام»: where the report was filed, not where anyone was hurt; «التنظيمات المنتشرة في
  // ريف إدلب»: where the attackers are, not what they struck.
  const phrases: PlacePhrase[] = [];
  for (const p of placePhrases(text)) {
    if (basedIn(ctx, p)) continue;
    const dateline = datelineOf(ctx, p);
    if (dateline === 'alone') continue;
    phrases.push(dateline === 'telling' || distanceFrom(ctx, p) || cameFrom(ctx, p) ? { ...p, fallback: true } : p);
  }
  return { text, bySentence: phrasesBySentence(phrases, ctx.sentenceOf, ctx.sentenceStarts.length - 1) };
}

/**
 * A place after an actor that is not the target and its participle of being stationed («التنظيمات الإرهابية المنتشرة
 * في ريف إدلب»، «قوات النظام المتمركزة بريف…»): the attacker's base, not what it struck.
 */
function basedIn(ctx: Context, p: PlacePhrase): boolean {
  const k = ctx.words[p.first - 1] === 'في' ? p.first - 2 : p.first - 1;
  return (k > 0 && BASED.has(ctx.words[k]!.replace(/^ال/u, '')) && (unstruckEndingAt(ctx, k - 1) || unstruckEndingAt(ctx, k - 2))) || firedFrom(ctx, p);
}
/**
 * «بقصف مدفعي مصدره مواقع النظام في مدينة مورك على بلدة اللطامنة»، «قذائف أطلقها الحوثيون من مواقعهم في منطقة
 * الحوبان»: the positions fire came from, their side named or not between.
 */
function firedFrom(ctx: Context, p: PlacePhrase): boolean {
  if (ctx.words[p.first - 1] !== 'في') return false;
  let k = p.first - 2;
  // Past the positions' side («مواقع قوات النظام»), or at the positions the side's phrase opens with («مواقع النظام»).
  const side = actorEndingAt(ctx, k, ACTOR_REACH);
  if (side >= 0) k = POSITIONS.has(ctx.words[side]!) ? side : side - 1;
  if (!POSITIONS.has(ctx.words[k] ?? '') || !FIRED_FROM.has(ctx.words[k - 1] ?? '')) return false;
  // «من مواقعهم» is whence fire came only after a weapon («قذائف أطلقها الحوثيون من مواقعهم»), not after a retreat
  // («أثناء انسحابهم من مواقعهم في…»).
  if (ctx.words[k - 1] !== 'من') return true;
  for (let j = k - 2; j >= 0 && j >= k - 1 - FIRE_REACH && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j--) if (ctx.causeAt.has(j)) return true;
  return false;
}
/** How far before «من مواقع…» the weapon fired from them may stand («استهدفت بقذائف المدفعية … الأحياء السكنية في مدينة تلبيسة، من مواقعها في…»). */
const FIRE_REACH = 20;
/** «(13 كم شمال مدينة حمص)»، «على بعد 5 كيلومترات جنوب إدلب»: the place a distance is measured from, not where. */
function distanceFrom(ctx: Context, p: PlacePhrase): boolean {
  return DIRECTION.has(ctx.words[p.first - 1] ?? '') && DISTANCE.has(ctx.words[p.first - 2] ?? '');
}
/** «نزحوا من مدينة حمص»، «النازحين من ريف حماة»: where the victims came from, not where. */
function cameFrom(ctx: Context, p: PlacePhrase): boolean {
  return ctx.words[p.first - 1] === 'من' && CAME.has(ctx.words[p.first - 2] ?? '');
}
const CAME = /* @__PURE__ */ new Set(CAME_FROM);
const DIRECTION = /* @__PURE__ */ new Set(DIRECTIONS);
const DISTANCE = /* @__PURE__ */ new Set(DISTANCE_UNITS);
const POSITIONS = /* @__PURE__ */ new Set(FIRING_POSITIONS);
const FIRED_FROM = /* @__PURE__ */ new Set(FIRE_ORIGINS);
/** A mention of an actor not struck that ends at token `end` («مواقع الحوثيين المنتشرة في…» are struck, where they are). */
function unstruckEndingAt(ctx: Context, end: number): boolean {
  const first = actorEndingAt(ctx, end, ACTOR_REACH);
  return first >= 0 && ctx.actorsAt.get(first)!.some((a) => a.lastToken === end && a.role !== 'target');
}
/** How many tokens back the actor a stationed participle describes may begin. */
const ACTOR_REACH = 6;
const BASED = /* @__PURE__ */ new Set(STATIONED);

/**
 * A place that opens its line before a dash is a dateline (not before a colon: «إدلب: مقتل 5 مدنيين» heads its story
 * with the place): `alone` on its line («بيروت - الوكالة الوطنية للإعلام»), where the report was filed; `telling` a
 * casualty on the rest of its line («الفاشر – قتل 15 مدنيا…»، «• درعا – مقتل شابين…»), where the line's place is,
 * when its sentence names no other.
 */
function datelineOf(ctx: Context, p: PlacePhrase): 'alone' | 'telling' | undefined {
  // «طرابلس (رويترز) -»: the agency in brackets may stand before the dash.
  let dash = p.last + 1;
  if (ctx.words[dash] === '(') for (let k = dash + 1; k < dash + AGENCY_WORDS && k < ctx.n; k++) if (ctx.words[k] === ')') dash = k + 1;
  if (!DATELINE_DASHES.has(ctx.words[dash] ?? '')) return undefined;
  // Only punctuation (a bullet, a quote mark) between the line's start and the place.
  for (let t = p.first; !lineBreakBefore(ctx, t); t--) if (!LINE_LEAD.test(ctx.doc.tokens[t - 1]!.text)) return undefined;
  for (let t = dash + 1; t < ctx.n && !lineBreakBefore(ctx, t); t++) if (ctx.casualtyAt.has(t)) return 'telling';
  return 'alone';
}
/** How many tokens the bracketed agency of a dateline may take, its brackets counted. */
const AGENCY_WORDS = 6;
const LINE_LEAD = /^\p{P}+$/u;
const DATELINE_DASHES = /* @__PURE__ */ new Set(['-', '–', '—']);

/** The place of a mention: after it in its clause, before it in the clause, the sentence, the sentence before. */
export function locationFor(ctx: Context, c: Candidate, places: PlacesBySentence): PlaceMention | null {
  const sentence = ctx.sentenceOf[c.first]!;
  const own = c.placeTokens && { first: c.placeTokens[0], last: c.placeTokens[1] };
  const near = own ?? placeNear(places.bySentence, c, ctx.clauseOf, ctx.sentenceOf, isHeading(ctx, sentence) ? sentence + 1 : sentence - 1);
  // A dateline, or a point a distance is measured from, gives the place where the mention's clause names no other.
  const pick = near && 'fallback' in near ? places.bySentence[sentence]?.find((p) => !p.fallback && ctx.clauseOf[p.first] === ctx.clauseOf[c.first] && !statementBetween(ctx, c.last, p.first)) ?? near : near;
  return pick ? unresolved(phraseSpan(places.text, pick)) : null;
}

/**
 * Another statement between tokens `from` and `to` (exclusive) — a comma, then a casualty word («…، وقتل 3 آخرون في
 * مدينة السخنة»): a place past it is that statement's (the other kind of the same one, «قتلوا وأصيب 130 … في ضاحية
 * تاجوراء», is no other).
 */
function statementBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.bits[k]! & F.COMMA && (ctx.casualtyAt.has(k + 1) || ctx.casualtyAt.has(k + 2))) return true;
  return false;
}

/** Who reports the figure: «بحسب الدفاع المدني» after it, or the subject of the nearest reporting verb before it. */
export function sourceFor(ctx: Context, c: Candidate): Span | null {
  const sentence = ctx.sentenceOf[c.first]!;
  // «…، بحسب الدفاع المدني» closes the sentence it sources, past any clause boundary.
  for (let i = c.last + 1; i < ctx.n && ctx.sentenceOf[i] === sentence; i++) {
    if (!(ctx.cues[i]! & CUE.SOURCE)) continue; // no «بحسب» (a bit of stage 1)
    const len = phraseAt(ctx, i, ACCORDING);
    if (len) return phraseAfter(ctx, i + len);
  }
  for (let i = c.first - 1; i >= 0 && ctx.sentenceOf[i] === sentence; i--) {
    if (!(ctx.cues[i]! & CUE.SOURCE)) continue; // neither «بحسب» nor a reporting verb (a bit of stage 1)
    const according = phraseAt(ctx, i, ACCORDING);
    if (according) return phraseAfter(ctx, i + according);
    if (wordIn(ctx, i, REPORTING)) return phraseAfter(ctx, i + 1, c.first) ?? subjectBefore(ctx, i);
  }
  return null;
}

// «وكان مراسل الجزيرة قد قال إن…»، «مصادر محلية، قالت إن…»: the reporter stands before the verb, a comma between; a
// verb joined by «و» after a comma has the subject of the verb before it («…على مدينة معرة النعمان، وقالت إن…»).
function subjectBefore(ctx: Context, verb: number): Span | null {
  const sentenceStart = ctx.sentenceStarts[ctx.sentenceOf[verb]!]!;
  let last = verb - 1;
  while (last >= sentenceStart && BEFORE_VERB.has(ctx.words[last]!)) last--;
  if (last >= sentenceStart && COMMAS.has(ctx.words[last]!)) {
    if (/^[وف]/u.test(ctx.words[verb]!)) return null;
    last--;
  }
  // «ومن جانبه، قال…»: «on his side» points back at a speaker named before.
  if (last < sentenceStart || ctx.doc.tokens[last]!.kind !== 'word' || ON_ITS_SIDE.has(ctx.words[last]!)) return null;
  let first = last;
  while (first - 1 >= sentenceStart && last - first < 4 && ctx.doc.tokens[first - 1]!.kind === 'word' && !BEFORE_VERB.has(ctx.words[first - 1]!)) first--;
  return last >= first && last >= sentenceStart ? spanOfTokens(ctx.doc, first, last) : null;
}
const BEFORE_VERB = /* @__PURE__ */ new Set(VERB_PARTICLES);
const ON_ITS_SIDE = /* @__PURE__ */ new Set(['جانبه', 'جانبها', 'جانبهم', 'جهته', 'جهتها', 'جهتهم', 'ناحيته', 'ناحيتها']);

/** An owner of a toll within a few words from `k`: a genitive by «لـ», or a verb with its pronoun («أعدتها»). */
function ownedToll(ctx: Context, k: number): boolean {
  for (let j = k; j < k + 3 && j < ctx.n && ctx.doc.tokens[j]!.kind === 'word'; j++) if (/^ل|ها$/u.test(ctx.words[j]!)) return true;
  return false;
}

// The source ends before the casualty phrase it reports, and before a toll verb or noun: «أعلن الدفاع المدني ارتفاع
// حصيلة القتلى…» has the source «الدفاع المدني».
function phraseAfter(ctx: Context, i: number, stop = ctx.n): Span | null {
  let j = i;
  if (ctx.words[j] === 'ما') j++; // «بحسب ما أفاد…»
  if (ctx.words[j] === 'اخر' && ctx.words[j + 1] === 'حصيله') j++; // «بحسب آخر حصيلة لوزارة الصحة»
  const start = j;
  // «…، بحسب حصيلة جديدة»: a toll is no one who reports it — unless its owner follows («بحسب حصيلة للمرصد»، «حصيلة
  // أعدتها الوكالة»), who is.
  if (SOURCE_STOP.has(ctx.words[j] ?? '') || (ctx.words[j] === 'حصيله' && !ownedToll(ctx, j + 1))) return null;
  while (j < ctx.n && j - start < 7) {
    const t = ctx.doc.tokens[j]!;
    if (t.kind === 'punct' && t.text !== '"') break;
    if (j > start && (SOURCE_STOP.has(t.text) || j >= stop || ctx.casualtyAt.has(j) || ctx.numberAt.has(j) || wordIn(ctx, j, TOLL_WORDS))) break;
    j++;
  }
  return j > start ? spanOfTokens(ctx.doc, start, j - 1) : null;
}

/**
 * «آخرين» takes the victim class of the mention before it — unless it names its own («عدد آخر من المدنيين»); even a
 * masculine «آخرون» after women, as reporters' readers take it («قتلت امرأة وأصيب آخرون»). A figure whose noun is
 * left out (`elided`: «مقتل 6 أشخاص وإصابة 4») takes a class the noun named, not the bare «أشخاص» of a count: it is a
 * bare count, `unspecified`, as the annotators read it.
 */
export function inheritVictims(list: readonly { victims: Victims | null; others: boolean; own?: Victims; elided?: boolean }[], out: (Victims | null)[]): void {
  let previous: Victims = 'unspecified';
  list.forEach((c, k) => {
    const inherited = c.elided && previous === 'people' ? 'unspecified' : previous;
    const victims = c.others ? c.own ?? inherited : c.victims ?? 'unspecified';
    out[k] = victims;
    previous = victims;
  });
}

/**
 * The class an «آخرين» phrase names for itself with a victim noun of its own («عدد آخر من المدنيين»), or by the family
 * it is of («آخرين من عائلته» → people). @internal
 */
export function othersOwnClass(ctx: Context, c: Candidate): Victims | undefined {
  // «وإصابة 7 آخرين من عائلته»، «وأصيب آخرون من أسرة واحدة»: others of a family are its members, persons.
  const family = ctx.words[c.last + 1] === 'من' ? ctx.victimAt.get(c.last + 2) : undefined;
  if (family && family.prefix === '' && victimClass(family) === 'families') return 'people';
  const v = c.victimTokens && ctx.victimAt.get(c.victimTokens[0]);
  if (!v || wordIn(ctx, c.victimTokens![0], OTHER_WORD)) return undefined;
  const cls = victimClass(v) as Victims;
  return cls === 'unspecified' ? undefined : cls;
}

/** Whether an «آخرين» reading is a bare figure whose noun is left out («وإصابة 4»): no «آخرين» word in it. @internal */
export function othersElided(ctx: Context, c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (ctx.bits[k]! & (F.OTHERS | F.ORDINAL) || THE_OTHER.has(ctx.words[k]!)) return false;
  return true;
}
/** «وأصابت الآخر»، «وأصيب الآخران»: the other one or two name the class told before as «آخرين» does. */
const THE_OTHER = /* @__PURE__ */ new Set([...OTHER_ONE, ...OTHER_TWO_DEFINITE]);

const OTHER_WORD = /* @__PURE__ */ new Set(OTHERS);

const ARMY = /* @__PURE__ */ new Set(ARMY_WORDS);
/** The core's victim entry of nouns of membership («فرد»، «عضو»، «منتسب»). */
const MEMBERS = 'members';
const NON_STATE = /* @__PURE__ */ new Set(NON_STATE_CATEGORIES);
/** The core's victim entry of nouns that name fighters whatever their side («مقاتل»، «مسلح»). */
const FIGHTERS = 'fighters';
const MILITIA = /* @__PURE__ */ new Set(MILITIA_WORDS);
const PERSONS = /* @__PURE__ */ new Set(PERSON_NOUNS);
const OFFICIALS = /* @__PURE__ */ new Set(OFFICIAL_NOUNS);
const ARMED_BODY = /* @__PURE__ */ new Set(ARMED_BODIES);
const DEMONSTRATIVE = /* @__PURE__ */ new Set(DEMONSTRATIVES);

/** «أعضاء حركتهم»، «أحد أعضاء هذه الحركة»: the noun of an armed body right after a noun of membership at `k`. */
function ofArmedBody(ctx: Context, k: number): boolean {
  const at = DEMONSTRATIVE.has(ctx.words[k + 1] ?? '') ? k + 2 : k + 1;
  return ARMED_BODY.has(ctx.words[at] ?? '');
}

/**
 * «عناصر من قوات النظام»، «عناصر الشرطة العسكرية الروسية»: fighters on the side of a regular army — an actor named
 * with an army word and not of a non-state category — are soldiers; of militias and armed groups, fighters. @internal
 */
export function refineVictims(ctx: Context, c: Candidate, victims: string): string {
  const refined = refineBySide(ctx, c, victims);
  if (refined === 'people') return allOfThemClass(ctx, c) ?? refined;
  if (refined !== 'unspecified') return refined;
  // «ما أدى إلى استشهاده»، «استشهد متأثراً بجروحه»، «وما زال مفقوداً»: one person told only by a verb's ending or a
  // pronoun, with no side or class named, is a person. «سقط قتيل» names its one by the bare noun: unspecified.
  if (ONE_BY_ENDING.has(c.rule) && !c.victimTokens && !c.countTokens && c.count?.value === 1 && !subjectParticiple(ctx, c)) return personBefore(ctx, c) ?? 'people';
  // «قتلا جراء الانفجار»، «ما أسفر عن مقتلهما»: so are two told by a dual ending.
  if (ONE_BY_ENDING.has(c.rule) && !c.victimTokens && !c.countTokens && c.count?.value === 2 && !subjectParticiple(ctx, c)) return 'people';
  return detainees(ctx, c) || nationalityAfter(ctx, c) ? 'people' : ofThemClass(ctx, c) ?? allOfThemClass(ctx, c) ?? refined;
}

/**
 * «ارتقاء 500 شهيد لبناني»، «5 مصابين لبنانيين»، «4 شهداء من الجنسية السورية»: a nationality right after the
 * casualty noun makes its people persons of that nation.
 */
function nationalityAfter(ctx: Context, c: Candidate): boolean {
  const k = c.last + 1;
  const v = ctx.victimAt.get(k) ?? (ctx.words[k] === 'من' && ctx.words[k + 1] === 'الجنسيه' ? ctx.victimAt.get(k + 2) : undefined);
  // «4 قتلى سوريين من عناصر الجيش»: a class named after the nationality is theirs to tell.
  const classAfter = ctx.words[v?.lastToken === undefined ? -1 : v.lastToken + 1] === 'من' && (ctx.victimAt.has(v!.lastToken + 2) || ctx.actorsAt.has(v!.lastToken + 2));
  return v?.entry.role === 'nationality' && v.prefix === '' && ctx.casualtyEndingAt.has(c.last) && !classAfter;
}

const APPOSED = /* @__PURE__ */ new Set(APPOSITIVES);

/**
 * «عدد القتلى ستة جميعهم من المدنيين»، «ثمانية أشخاص، جميعهم مدنيون، قتلوا»: «all of them (are)» and a victim noun
 * after the group or the mention name its class; null if none does.
 */
function allOfThemClass(ctx: Context, c: Candidate): Victims | null {
  for (const end of new Set([c.victimTokens?.[1] ?? c.countTokens?.[1] ?? c.last, c.last])) {
    let k = end + 1;
    if (ctx.bits[k]! & F.COMMA) k++;
    if (!APPOSED.has(ctx.words[k] ?? '') || ctx.sentenceOf[k] !== ctx.sentenceOf[end]) continue;
    const of = ctx.words[k + 1] === 'من';
    const v = ctx.victimAt.get(k + (of ? 2 : 1));
    if (!v || v.prefix !== '' || v.entry.role !== undefined || (of && !v.article)) continue;
    // «جميعهم من الأطفال والنساء»: the class of the groups joined.
    const more = joinedGroup(ctx, v);
    const cls = (more ? mixedClass(victimClass(v), victimClass(more)) : victimClass(v)) as Victims;
    if (cls !== 'unspecified' && cls !== 'families' && cls !== 'crew') return cls;
  }
  return null;
}

const PART = /* @__PURE__ */ new Set(PART_OF);
/** How far back in its sentence «منهم» finds the group it points at. */
const OF_THEM_REACH = 20;

/**
 * «استهدفت الغارة مسلحين في القرية، ما أدى إلى مقتل خمسة منهم»، «حاصروا قوة من المقاتلين … وأعدموا 23 منهم»: a figure
 * «منهم» counts part of the nearest plural victim group before it in the sentence, and is of its class (refined by its
 * side, as the group would be); null when there is none. @internal
 */
export function ofThemClass(ctx: Context, c: Candidate): Victims | null {
  // «عدداً منهم»: a quantifier may take the part word into its own span; «قتل منهم 5»: it may stand before the figure.
  const [from, to] = c.countTokens ?? [-1, -1];
  if (c.victimTokens || from < 0 || !(PART.has(ctx.words[to + 1] ?? '') || PART.has(ctx.words[to]!) || PART.has(ctx.words[from - 1] ?? ''))) return null;
  const sentence = ctx.sentenceOf[from]!;
  // «خمسة مسلحين اقتحموا الفندق. قتل اثنان منهم»: with no group before it in its own sentence, the sentence before.
  for (let j = from - 1; j >= 0 && j >= from - OF_THEM_REACH && ctx.sentenceOf[j]! >= sentence - 1; j--) {
    const v = ctx.victimEndingAt.get(j);
    const at = ctx.sentenceOf[j]!;
    // «مقاتلي حركة «الشباب»»: a victim word inside an actor's name is no group.
    // «الأسرى» is the prisoners (a casualty word), not «أسر» (families).
    // A group: a plural, a dual, or a noun a figure counts («12 جندياً»، «استهدف القصف 12 جنديا، وقتل خمسة منهم»).
    const group = v !== undefined && (countOfForm(v)?.vague !== undefined || countOfForm(v)?.value === 2 || ctx.numberEndingAt.has(v.firstToken - 1));
    if (!v || !group || v.entry.role === 'kinship' || ctx.casualtyAt.has(v.firstToken) || (ctx.actorsBySentence[at] ?? []).some((a) => a.firstToken < v.firstToken && v.firstToken <= a.lastToken)) continue;
    const told: Candidate = { kind: c.kind, first: v.firstToken, last: v.lastToken, trigger: c.trigger, count: null, victims: null, others: false, rule: c.rule, victimTokens: [v.firstToken, v.lastToken] };
    const cls = refineVictims(ctx, told, victimClass(v)) as Victims;
    return cls === 'unspecified' ? null : cls;
  }
  return null;
}

/** Kinds that harm a person: the detainees «مصير آلاف المختطفين» leaves unknown are the casualty noun itself. */
const HARMED = /* @__PURE__ */ new Set(HARM_KINDS);

/**
 * «سقط قتيل»، «وقع جريحان»: the mention ends in an indefinite nominative casualty noun, its subject — or opens with
 * one before its verb («جريحين سقطا»).
 */
function subjectParticiple(ctx: Context, c: Candidate): boolean {
  const p = ctx.casualtyAt.get(c.last);
  // «وجريح» joined to another: the bare noun still names its one.
  if (p?.entry.pos === 'participle' && (p.suffix === '' || p.suffix === 'ان') && !p.article && (p.prefix === '' || p.prefix === 'و')) return true;
  const q = c.first < c.trigger[0] ? ctx.casualtyAt.get(c.first) : undefined;
  return q?.entry.pos === 'participle' && q.lastToken === c.trigger[0] - 1 && !q.article && q.prefix === '';
}

/**
 * «استشهاد أسير»، «وفاة خمسة معتقلين»، «مقتل الأسير …»: detainees who are killed, injured or executed are persons
 * named by what they were — unlike «قتلى» or «جرحى», the casualty noun itself.
 */
function detainees(ctx: Context, c: Candidate): boolean {
  if (!HARMED.has(c.kind)) return false;
  for (let k = c.first; k <= c.last; k++) {
    const p = ctx.casualtyAt.get(k);
    if (p?.entry.kind === 'detained' && p.entry.pos === 'participle') return true;
  }
  return false;
}

/** How far back in its sentence a verb's ending finds the person it tells: a title, a name and a description. */
const PERSON_BEFORE_REACH = 16;
/** Rules whose ending is a verb's: a pronoun after a result word («أدى إلى وفاته») finds its antecedent in stage 3. */
const VERB_ENDING = /* @__PURE__ */ new Set(['verb-alone', 'idiom', 'passive']);

/**
 * «طبيب التخدير فلان، يعمل في مستشفى البلدة، لقي مصرعه»، «مدير مشفى البلدة، فلان، اختطف»، «الطبيبة فلانة، التي
 * فقدت حياتها»: the one person a verb's ending tells is the singular victim noun nearest before it in its sentence —
 * its class, when it names one finer than a person; null when a casualty word, a figure, an actor or a plural or dual
 * group stands nearer (their victims, or another subject), or when the nearest person names no class.
 */
function personBefore(ctx: Context, c: Candidate): Victims | null {
  if (!VERB_ENDING.has(c.rule)) return null;
  const sentence = ctx.sentenceOf[c.first];
  for (let k = c.first - 1; k >= 0 && k >= c.first - PERSON_BEFORE_REACH && ctx.sentenceOf[k] === sentence; k--) {
    if (ctx.casualtyAt.has(k) || ctx.numberAt.has(k) || ctx.actorsAt.has(k) || ctx.actorNounAt.has(k)) return null;
    const v = ctx.victimEndingAt.get(k);
    // «الطبيبة السودانية»، «الطبيبة الشابة»: a nationality, or a definite victim word right after another, is its adjective.
    if (!v || v.entry.role === 'nationality' || (v.article && ctx.victimEndingAt.get(v.firstToken - 1)?.article)) continue;
    const cls = victimClass(v) as Victims;
    return countOfForm(v)?.value === 1 && v.entry.role === undefined && !INDEFINITE_CLASSES.has(cls) ? cls : null;
  }
  return null;
}
/** Classes that name no finer person than «people». */
const INDEFINITE_CLASSES = /* @__PURE__ */ new Set(['people', 'unspecified', 'families', 'crew']);

/** Rules whose victims are only a verb's ending or a pronoun («قتل»، «استشهاده»، «لقي حتفه»، «ما زال مفقوداً»). */
const ONE_BY_ENDING = /* @__PURE__ */ new Set(['verb-alone', 'result-pronoun', 'passive', 'held-pronoun', 'idiom', 'state']);

function refineBySide(ctx: Context, whole: Candidate, victims: string): string {
  // «ارتفع عدد قتلى حزب الله إلى 412»، «عدد القتلى في صفوف الهيئة إلى 61»: a toll's figure closes it; its dead are
  // named, and refined, right after their casualty noun, before the figure.
  const c = whole.rule === 'toll' ? tollDead(ctx, whole) : whole;
  // «18 فرداً من ميليشيا …»، «ثلاثة من أعضاء الحركة»: a noun of membership is refined by its side like a fighter.
  const noun = ctx.victimAt.get(c.victimTokens?.[0] ?? -1);
  // «24 شخصاً من قوات حفتر»: persons of a side are its members too.
  const form = victims === 'people' && noun !== undefined ? formWords(noun.form).join(' ') : '';
  const owner = ownerBefore(ctx, c, noun);
  const member = victims === 'people' && (noun?.id === MEMBERS || PERSONS.has(form) || owner !== undefined);
  const official = OFFICIALS.has(form);
  // «14 مقاتلاً من الجيش الوطني»: a noun that names fighters is not refined by their side.
  if ((victims !== 'fighters' && victims !== 'unspecified' && !member && !official) || noun?.id === FIGHTERS) return victims;
  if (noun?.id === MEMBERS && ofArmedBody(ctx, c.victimTokens![1])) return 'fighters';
  // Not after a verb whose object pronoun is the victim: what follows it is its subject («واختطفه مسلحون»).
  const named = victims === 'unspecified' && !c.victimTokens && !c.others && c.rule !== 'object-pronoun' ? victimsNamedAfter(ctx, c) : null;
  if (named) return named;
  const side = (ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? []).find((a) => a.firstToken > (c.countTokens?.[0] ?? c.first) && victimsSide(ctx, c, a)) ?? owner;
  if (!side) return (member || noun?.id === ARMED_MEMBERS) && stateUnitAfter(ctx, c.victimTokens![1]) ? 'soldiers' : victims;
  // An official is a fighter only of an armed group: «مسؤول في الحكومة» stays a person.
  if (official) return NON_STATE.has(side.category ?? '') ? 'fighters' : victims;
  // Persons are a side's members only «من» it: «مقتل سبعة أشخاص في إسرائيل» names a place.
  if (victims === 'people' && noun?.id !== MEMBERS && side !== owner && ctx.words[side.firstToken - 1] !== 'من') return victims;
  // «قتلى في صفوف المجموعات الإرهابية»: uncounted dead on an armed side are its members; so are a figure «من» a side
  // names («قتل 14 من مجلس شورى المجاهدين»، «و12 من الجيش الوطني»، «العشرات من قوات حفتر»).
  // «عدد قتلى حزب الله»: and dead in construct with their side.
  if (victims === 'unspecified' && ctx.words[side.firstToken - 1] !== 'صفوف' && !figureOfSide(ctx, c, side) && !deadOfSide(ctx, c, side) && !ofTheDead(ctx, c, side) && !diedOfSide(ctx, c, side)) return victims;
  // «18 فرداً من ميليشيات قوات حكومة الوفاق»: militias of a government are fighters.
  // «عناصر الميليشيات الإيرانية»: so are members of a side named by its militias.
  if (NON_STATE.has(side.category ?? '') || wordIn(ctx, side.firstToken - 1, MILITIA) || anyWordIn(ctx, side.firstToken, side.lastToken, MILITIA)) return 'fighters';
  if (member && !(side.category ?? '')) return victims;
  const army = ctx.words.slice(side.firstToken, side.lastToken + 1).some((w) => ARMY.has(w) || cliticSplits(w).some((x) => ARMY.has(x.stem)));
  return army ? 'soldiers' : 'fighters';
}

const ARMED_MEMBERS = 'armed-members';
const UNIT_ALONE = /* @__PURE__ */ new Set(STATE_UNITS);
const UNIT_NUMBERED = /* @__PURE__ */ new Set(NUMBERED_UNITS);
const UNIT_ADJECTIVES = /* @__PURE__ */ new Set(STATE_UNIT_ADJECTIVES);

/**
 * «أفراد النقطة الأمنية»، «ستة أفراد من الدورية»، «عناصر اللواء 53»: a state's unit (`STATE_UNITS`, `NUMBERED_UNITS`, `STATE_UNIT_ADJECTIVES`) in construct with the
 * members ending at `last`, or after «من»; not when an actor follows it («الأجنحة العسكرية لحركة …» names its side).
 */
function stateUnitAfter(ctx: Context, last: number): boolean {
  const k = ctx.words[last + 1] === 'من' ? last + 2 : last + 1;
  if (ctx.sentenceOf[k] !== ctx.sentenceOf[last] || ctx.actorsAt.has(k) || ctx.actorsAt.has(k + 1) || ctx.actorsAt.has(k + 2)) return false;
  const w = ctx.words[k] ?? '';
  return UNIT_ALONE.has(w) || (UNIT_NUMBERED.has(w) && ctx.numberAt.has(k + 1)) || (w.startsWith('ال') && UNIT_ADJECTIVES.has(ctx.words[k + 1] ?? ''));
}

const OWNED = /* @__PURE__ */ new Set(OWNED_MEMBERS);
const POSSESSIVE = /* @__PURE__ */ new Set(POSSESSIVE_ENDINGS);

/**
 * «مقتل اثنين من عناصرها»، «فقدت قوات الأمن أحد رجالها»، «فقدت قوات الجيش تسعة رجال»: members told by a possessive
 * pronoun, or lost by a subject, are of the nearest side named before them in the sentence — for a pronoun, not the
 * attacker («قصفت قوات النظام منزلاً فقتلت 3 من أفراده» names the house's family).
 */
function ownerBefore(ctx: Context, c: Candidate, noun: LexMatch<'victims'> | undefined): ActorRef | undefined {
  if (!noun || !OWNED.has(formWords(noun.form).join(' '))) return undefined;
  const lost = c.rule === 'losses';
  if (!lost && !(POSSESSIVE.has(noun.suffix) || (noun.suffix === 'ه' && noun.entry.plurals?.includes(noun.form) === true))) return undefined;
  const before = (ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? []).filter((a) => a.lastToken < noun.firstToken && !a.anaphoric);
  const a = before[before.length - 1];
  // «… قدرات الميليشيات ومقتل العديد من عناصرهم»: a militia or armed body named after the side is the pronoun's own.
  if (!a || anyWordIn(ctx, a.lastToken + 1, noun.firstToken - 1, MILITIA) || anyWordIn(ctx, a.lastToken + 1, noun.firstToken - 1, ARMED_BODY)) return undefined;
  return lost || a.role !== 'attacker' ? a : undefined;
}

/** Whether a word from `first` to `last` is in `set` (read past clitics). */
function anyWordIn(ctx: Context, first: number, last: number, set: ReadonlySet<string>): boolean {
  for (let k = first; k <= last; k++) if (wordIn(ctx, k, set)) return true;
  return false;
}

// «سقوط قتلى وجرحى بين المدنيين»، «عدة إصابات بصفوف المدنيين»، «ضحايا جدد من المدنيين»: words that put a victim
// group after a casualty noun.
const AMONG_WORDS = /* @__PURE__ */ new Set(AMONG_GROUP);
const COLLECTIVE = /* @__PURE__ */ new Set(['families', 'crew']);
const THEIR_RANKS = /* @__PURE__ */ new Set(RANKS_OF_THEM);

/**
 * The victims a casualty noun with no victim noun of its own names after it: an indefinite adjective («قتلى وجرحى
 * مدنيين»), or «من/بين/وسط/في صفوف» and a definite group («إصابات متفاوتة وسط المدنيين»). One adjective of the noun
 * («ضحايا جدد») and the nouns coordinated with it («قتلى وجرحى») may stand between.
 */
function victimsNamedAfter(ctx: Context, c: Candidate): string | null {
  let k = pastJoinedNouns(ctx, c);
  // «أحدهم عنصر»: a word with a pronoun is no adjective of the noun but a sub-group.
  const adjective = (i: number) => ctx.doc.tokens[i]?.kind === 'word' && ctx.bits[i] === F.WORD && !AMONG_WORDS.has(ctx.words[i]!) && !ctx.victimAt.has(i) && !/(هم|هن|هما)$/u.test(ctx.words[i]!) &&
    !ctx.casualtyAt.has(i) && !ctx.numberAt.has(i) && !ctx.causeAt.has(i) && !ctx.placeAt.has(i) && !ctx.actorsAt.has(i) && !ctx.words[i]!.startsWith('ال') && !/^[وبلف]/u.test(ctx.words[i]!);
  // «عشرات الضحايا المدنيين»: after a definite casualty noun the adjective is definite too.
  const definite = ctx.casualtyEndingAt.get(k - 1)?.article === true;
  // «ضحايا جدد»: an indefinite noun's indefinite adjective, in its sentence («…والجرحى⏎نقل مراسل» is no adjective).
  if (!definite && adjective(k) && !ctx.victimAt.has(k) && ctx.sentenceOf[k] === ctx.sentenceOf[c.last]) k++;
  const v = ctx.victimAt.get(k);
  if (v && v.prefix === '' && v.article === definite && v.entry.role === undefined && ctx.sentenceOf[k] === ctx.sentenceOf[c.last]) return COLLECTIVE.has(victimClass(v)) ? null : victimClass(v);
  // «في صفوفهم»: the ranks of a side told before are its fighters.
  if (THEIR_RANKS.has(ctx.words[k] === 'في' ? ctx.words[k + 1]! : ctx.words[k] ?? '')) return FIGHTERS;
  const link = ctx.words[k++];
  // «في» only with «صفوف»: «قتلى في القصف على المدنيين» names where, not who.
  if (link === 'من' || link === 'بين' || link === 'في') {
    if (ctx.words[k] === 'صفوف' || (link === 'في' && ctx.words[k] === 'اوساط')) k++;
    else if (link === 'في') return null;
  } else if (link !== 'بصفوف' && link !== 'وسط' && link !== 'باوساط') return null;
  const group = ctx.victimAt.get(k);
  if (!group || !group.article || group.prefix !== '' || group.entry.role !== undefined) return null;
  if (COLLECTIVE.has(victimClass(group))) return null;
  // «ضحايا من الثوار والمدنيين»: groups of mixed class are people, or civilians.
  const more = joinedGroup(ctx, group);
  return more ? mixedClass(victimClass(group), victimClass(more)) : victimClass(group);
}

/** «14 من مجلس شورى المجاهدين»، «12 من "قسد"»: a bare figure, «من» (a quote may follow it), then the side. */
function figureOfSide(ctx: Context, c: Candidate, side: ActorRef): boolean {
  if (!c.countTokens || c.victimTokens) return false;
  let k = side.firstToken - 1;
  while (k > c.countTokens[1] && QUOTES.has(ctx.words[k]!)) k--;
  // «عددا من قوات النظام»: the quantifier holds its «من».
  return ctx.words[k] === 'من' && (k === c.countTokens[1] + 1 || k === c.countTokens[1]);
}

/** «قتلى حزب الله»، «قتلى "حزب الله"»: the side in construct with the casualty noun that ends the mention. */
function ofTheDead(ctx: Context, c: Candidate, side: ActorRef): boolean {
  const p = ctx.casualtyEndingAt.get(c.last);
  const at = QUOTES.has(ctx.words[c.last + 1] ?? '') ? c.last + 2 : c.last + 1;
  return side.firstToken === at && p?.entry.pos === 'participle' && !p.article && wholeWord(ctx, side);
}

/** A toll read up to its casualty noun («عدد قتلى» of «عدد قتلى حزب الله إلى 412»), or the toll if none stands before its figure. */
function tollDead(ctx: Context, c: Candidate): Candidate {
  if (c.victimTokens || !c.countTokens || c.countTokens[0] <= c.first) return c;
  for (let k = c.countTokens[0] - 1; k >= c.first; k--) {
    const p = ctx.casualtyEndingAt.get(k);
    if (p?.entry.pos === 'participle') return { ...c, last: k, countTokens: undefined } as Candidate;
  }
  // «إجمالي من لقوا مصرعهم من قوات الحزب إلى 431»، «عدد من قتلوا من …»: those who died, told by «من» and their verb.
  if (whoDied(ctx, c)) return { ...c, last: c.trigger[1], countTokens: undefined } as Candidate;
  return c;
}

/** A toll of those who died: «من» (those who) before its casualty verb or idiom. */
function whoDied(ctx: Context, c: Candidate): boolean {
  return c.rule === 'toll' && ctx.words[c.trigger[0] - 1] === 'من' && ctx.casualtyAt.get(c.trigger[0])?.entry.pos !== 'participle';
}

/** «من لقوا مصرعهم من قوات الحزب»: the side «من» right after those who died is theirs. */
function diedOfSide(ctx: Context, c: Candidate, side: ActorRef): boolean {
  return whoDied(ctx, c) && ctx.words[c.trigger[1] + 1] === 'من' && side.firstToken === c.trigger[1] + 2;
}

/** «8 قتلى من الحشد الشعبي»، «عدد من الشهداء في حزب الله»: a casualty noun, then «من/في» and the side. */
function deadOfSide(ctx: Context, c: Candidate, side: ActorRef): boolean {
  if (ctx.casualtyEndingAt.get(c.last)?.entry.pos !== 'participle') return false;
  let k = side.firstToken - 1;
  while (k > c.last && QUOTES.has(ctx.words[k]!)) k--;
  // «قتلى وجرحى من الجيش»: the side after the nouns joined to the dead is theirs too.
  return (ctx.words[k] === 'من' || ctx.words[k] === 'في') && k === pastJoinedNouns(ctx, c);
}

/** The token after the casualty participles joined by «و» to the mention's last word («قتلى وجرحى»: what follows «وجرحى»). */
function pastJoinedNouns(ctx: Context, c: Candidate): number {
  return joinedNounsEnd(ctx, c.last, isParticiple) + 1;
}
const isParticiple = (m: LexMatch<'casualtyWords'>): boolean => m.entry.pos === 'participle';

/** An earlier mention, as a toll update looks back at it. @internal */
export interface EarlierMention {
  kind: string;
  location: Span | null;
  actors: string[];
  sentence: number;
  /** A toll update (rule `toll`). */
  toll: boolean;
}
const STRIKE_KINDS = /* @__PURE__ */ new Set(['killed', 'injured', 'trapped', 'missing']);

/**
 * A toll update («ارتفعت حصيلة القتلى في معرة مصرين إلى 31») continues an event reported before. Without an actor
 * of its own clause it takes the actors of the last earlier mention of its kind at its place; failing that, actors
 * borrowed from the sentences around only when those report a strike's casualties — an execution or an arrest just
 * before is not the event whose toll rises. A mention after a toll update in its sentence, without an actor of its own
 * clause, says why the toll rose («…إلى 31 قتيلا، بعد وفاة عدد من المصابين»): it takes the toll's actors. @internal
 */
export function tollActors(ctx: Context, c: Candidate, actors: string[], earlier: readonly EarlierMention[]): string[] {
  const sentence = ctx.sentenceOf[c.first]!;
  const clause = ctx.clauseOf[c.first]!;
  const own = (ctx.actorsBySentence[sentence] ?? []).some((a) => ctx.clauseOf[a.firstToken] === clause && actors.includes(a.actor));
  if (own) return actors;
  if (c.rule !== 'toll') {
    const last = earlier[earlier.length - 1];
    return last?.toll && last.sentence === sentence && last.kind === c.kind ? last.actors : actors;
  }
  if (c.placeTokens) {
    const place = spanOfTokens(ctx.doc, c.placeTokens[0], c.placeTokens[1]).text;
    for (let k = earlier.length - 1; k >= 0; k--) {
      const e = earlier[k]!;
      if (e.kind === c.kind && e.location?.text.includes(place)) return e.actors;
    }
  }
  const nearby = earlier.filter((e) => e.sentence === sentence || e.sentence === sentence - 1);
  return nearby.length && !nearby.some((e) => STRIKE_KINDS.has(e.kind)) ? [] : actors;
}
