/**
 * extractCasualties: patterns over a prepared document, then refiners.
 * @module casualties/extract
 */
import { spanOfTokens, type Doc, type Span } from '../document.js';
import type { LexMatch } from '../lexicon/match.js';
import type { DocNumber } from '../numbers/types.js';
import {
  actorsFor, causeFor, includesOf, joinedClasses, tollActors, type EarlierMention, inheritVictims, locationFor, ofThemClass, othersElided, othersOwnClass, nonFactFlags, placesBySentence, refineVictims, sourceFor, standsAlone, victimSides,
} from './attach.js';
import { buildContext, phraseAt, phraseTable, readingsOf, wordIn, type ActorRef, type Context } from './context.js';
import { ARMED_VICTIMS, EARLIER_FIGURES, FALL_WORDS, FIELD_EXECUTION, INCIDENT_APART, PLUPERFECT_OPENERS, SOURCE_MARKERS, TOLL_NOUNS, TOLL_ROSE_BY, TOPIC_SHIFTS } from './grammar.js';
import { eitherKinds } from './either.js';
import { contrastedDuals, countingNumber, countOfForm, findCandidates, phraseStart, quantityOf } from './phrases.js';
import type { ObjectVerbs } from './object-verbs.js';
import { readNameTitles } from './titles.js';
import { readParents } from './parents.js';
import type { CasualtyKind, CasualtyMention, CasualtyOptions, IncludedGroup } from './types.js';
import type { Quantity } from '../quantity.js';
import { victimClass } from './tokens.js';
import { ownSide } from './link.js';
import type { Candidate } from './phrases.js';

/** Casualty mentions with the sentence index of each, and what links each to those before it, for event grouping. @internal */
export interface CasualtyReading {
  mentions: CasualtyMention[];
  sentenceOf: number[];
  /** The toll each tells the deaths it rose by, right before it («ارتفعت الحصيلة إلى 9 قتلى بعد وفاة 4 جرحى»), or -1. */
  risesBy: number[];
  /** Whether each is an earlier report since replaced («وكانت حصيلة أولية قد تحدثت عن مقتل 55»). */
  earlierFigures: boolean[];
  /** Whether each is told as another incident («وفي حادث منفصل…»): it repeats no figure told before. */
  apart: boolean[];
  /** Whether each is told in the pluperfect («وكانت غارات روسية قد قتلت 35 مدنيا»): before the story's own day. */
  pluperfect: boolean[];
  /** The span of each one's clause in the original text: a date there is its own before one elsewhere in its sentence. */
  clauses: Span[];
}

/**
 * Casualty mentions of a prepared document, given its numbers, lexicon matches and actor mentions, and the lexicon's
 * casualty verbs with an object pronoun (`objectVerbs`; without them that rule does not run).
 * @internal
 */
export function casualtiesInDoc(
  doc: Doc,
  numbers: readonly DocNumber[],
  matches: readonly LexMatch[],
  actors: readonly ActorRef[],
  options: CasualtyOptions = {},
  verbs?: ObjectVerbs,
): CasualtyReading {
  const ctx = buildContext(doc, numbers, matches, actors);
  readNameTitles(ctx);
  readParents(ctx);
  const candidates = findCandidates(ctx, verbs);
  contrastedDuals(ctx, candidates);
  // «آخرين» takes the class of the mention before as refined by its side: «4 عناصر من قوات النظام … و7 آخرين» are soldiers.
  const refined = candidates.map((c) => (c.others ? null : refineVictims(ctx, c, c.victims ?? 'unspecified')));
  inheritVictims(candidates.map((c, k) => (c.others ? { victims: c.victims, others: true, own: othersOwnClass(ctx, c) ?? ofThemClass(ctx, c) ?? undefined, elided: othersElided(ctx, c) } : { victims: refined[k] ?? c.victims, others: false })), refined);
  classOfNextKind(ctx, candidates, refined);
  for (const [k, c] of candidates.entries()) if (ARMED_CLASSES.has(refined[k] ?? '') && liquidation(ctx, c)) c.kind = 'killed';
  const places = placesBySentence(ctx);
  const either = eitherKinds(ctx, candidates);
  const sides = victimSides(ctx, candidates);
  // Spans leave out an attached conjunction or preposition: «وأصيب» → «أصيب».
  const phraseSpan = (first: number, last: number): Span => {
    const start = phraseStart(ctx, first);
    const end = spanOfTokens(ctx.doc, last, last).end;
    return { start, end, text: doc.original.slice(start, end) };
  };
  const mentions: CasualtyMention[] = [];
  const sentenceOf: number[] = [];
  const risesBy: number[] = [];
  const earlierFigures: boolean[] = [];
  const apart: boolean[] = [];
  const pluperfect: boolean[] = [];
  const clauses: Span[] = [];
  let previous: { mention: CasualtyMention; last: number } | undefined;
  const earlier: EarlierMention[] = [];
  // The actors of each mention by its trigger, for the groups that share its predicate.
  const actorsOfTrigger = new Map<number, string[]>();
  for (const [k, c] of candidates.entries()) {
    // «قتل 25 شخصاً … ومن بين القتلى 4 أطفال»: those among a toll just told are its sub-groups, no statement of their
    // own — unless a verb of theirs tells it («بين القتلى العشرة 7 مدنيين قتلوا في قصف الطائرات»).
    // It must fit in that toll («قتل 3 أشخاص … ومن بين القتلى 5 أطفال» are more).
    const toll = c.describes || (c.rule === 'among' && !ownVerb(ctx, c)) ? tollOfKindBefore(ctx, c, mentions, sentenceOf) : -1;
    if (c.describes || (toll >= 0 && fitsIn(c, mentions[toll]!))) {
      if (toll >= 0) describeToll(ctx, c, mentions[toll]!, phraseSpan);
      continue;
    }
    const flags = nonFactFlags(ctx, c);
    if ((flags.hypothetical || flags.denied || flags.zero) && !options.includeNonFacts) continue;
    const span = phraseSpan(c.first, c.last);
    // One reading per mention of whether it stands alone (a cumulative toll): both actor and cause ask.
    const alone = standsAlone(ctx, c);
    const { cause, coCauses } = causeFor(ctx, c, alone !== null);
    const mention: CasualtyMention = {
      start: span.start,
      end: span.end,
      text: span.text,
      kind: c.kind,
      count: flags.zero ? { value: 0 } : c.count,
      victims: refined[k]!,
      includes: [],
      actors: sharedActors(ctx, c, refined[k]!, actorsOfTrigger) ?? tollActors(ctx, c, actorsFor(ctx, c, sides, alone !== null), earlier),
      cause,
      coCauses,
      location: locationFor(ctx, c, places),
      source: sourceFor(ctx, c),
      ...flags,
      rule: c.rule,
      evidence: { trigger: phraseSpan(c.trigger[0], c.trigger[1]) },
    };
    if (either[k]) mention.either = true;
    if (alone === 'cumulative') mention.cumulative = true;
    if (c.countTokens) mention.evidence.count = phraseSpan(c.countTokens[0], c.countTokens[1]);
    if (c.victimTokens) mention.evidence.victims = phraseSpan(c.victimTokens[0], c.victimTokens[1]);
    // «مقتل امرأة وطفلين»: the classes the group joins are its sub-groups; «بينهم» adds the classes they do not give
    // («مقتل 6 أطفال و4 نساء، بينهم رضيع»: children 6, women 4).
    const joinedGroups = joinedClasses(ctx, c, mention.victims);
    const told = includesOf(ctx, c).filter((g) => !joinedGroups.some((j) => j.victims === g.victims));
    mention.includes = [...joinedGroups, ...told];
    if (told.length) {
      // «31 قتيلا و60 جريحا معظمهم من…»: the sub-groups also describe the mention joined to this one by و.
      const joined =
        previous &&
        ((previous.last === c.first - 1 && ctx.words[c.first]!.startsWith('و')) || (previous.last === c.first - 2 && ctx.words[c.first - 1] === 'و'));
      if (previous && joined && !previous.mention.includes.length) {
        previous.mention.includes = told;
      }
    }
    risesBy.push(previous !== undefined && roseBy(ctx, previous.last, c.first) ? tollRisen(mentions, sentenceOf, mention.kind) : -1);
    mentions.push(mention);
    if (c.rule !== 'ellipsis') actorsOfTrigger.set(c.trigger[0], mention.actors);
    sentenceOf.push(ctx.sentenceOf[c.first]!);
    earlierFigures.push(earlierReport(ctx, c.first));
    apart.push(phraseAt(ctx, ctx.sentenceStarts[ctx.sentenceOf[c.first]!]!, ANOTHER_STORY) > 0);
    pluperfect.push(inPluperfect(ctx, c));
    const clause = ctx.clauseOf[c.first]!;
    clauses.push(spanOfTokens(ctx.doc, ctx.clauseStarts[clause]!, ctx.clauseStarts[clause + 1]! - 1));
    earlier.push({ kind: mention.kind, location: mention.location, actors: mention.actors, sentence: ctx.sentenceOf[c.first]!, toll: c.rule === 'toll' });
    previous = { mention, last: c.last };
  }
  return { mentions, sentenceOf, risesBy, earlierFigures, apart, pluperfect, clauses };
}

/**
 * «مقتل 10 وجرح 6 من قوات النظام»، «قتل 3 وأصيب 5 من عناصر الشرطة»: a bare figure joined by «و» to a mention of the
 * other kind right after it is of the class that mention names — not of an age or sex («قتل 3 وأصيب 9 أطفال»: the
 * dead may be anyone). Read from the last, so a chain of bare figures takes the class back to its first.
 */
function classOfNextKind(ctx: Context, candidates: readonly Candidate[], refined: (string | null)[]): void {
  const startingAt = new Map<number, number>();
  for (const [k, c] of candidates.entries()) if (!startingAt.has(c.first)) startingAt.set(c.first, k);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (refined[k] !== 'unspecified' || c.rule === 'toll' || !c.countTokens || c.victimTokens || c.countTokens[1] !== c.last) continue;
    const and = ctx.words[c.last + 1] ?? '';
    if (!and.startsWith('و')) continue;
    const next = startingAt.get(c.last + 1) ?? (and === 'و' ? startingAt.get(c.last + 2) : undefined);
    const nextClass = next === undefined || candidates[next]!.kind === c.kind ? null : refined[next];
    if (nextClass && !AGE_SEX.has(nextClass)) refined[k] = nextClass;
  }
}
const AGE_SEX: ReadonlySet<string> = /* @__PURE__ */ new Set(['unspecified', 'children', 'women']);

const ARMED_CLASSES: ReadonlySet<string> = /* @__PURE__ */ new Set(ARMED_VICTIMS);

/**
 * «استشهاد أكثر من 100 عنصر لحزب الله بالإضافة إلى 3 صحافيين»: a group that shares another's predicate shares its
 * agent — unless it is armed or names its own side («33 عنصراً من القوات النظامية لقوا مصرعهم، بالإضافة إلى 42
 * مسلحاً من داعش»: the other side's toll, read on its own), or an actor follows it in its clause («و12 على يد قوات
 * سوريا الديمقراطية»).
 */
function sharedActors(ctx: Context, c: Candidate, victims: string, byTrigger: ReadonlyMap<number, string[]>): string[] | undefined {
  if (c.rule !== 'ellipsis' || ARMED_CLASSES.has(victims) || ownSide(ctx, c)) return undefined;
  const clauseEnd = ctx.clauseStarts[ctx.clauseOf[c.first]! + 1]!;
  if (ctx.actorsBySentence[ctx.sentenceOf[c.first]!]?.some((a) => a.firstToken >= c.first && a.firstToken < clauseEnd)) return undefined;
  const shared = byTrigger.get(c.trigger[0]);
  return shared && [...shared];
}

/**
 * «تصفية عنصرين من حزب الله»، «أعلن الجيش تصفيته أكثر من 50 مسلحاً»: «liquidating» fighters or soldiers is killing them
 * in combat — not in the field or as captives («تصفية 10 مسلحين ميدانياً»، «بعد أسرهم»، «بعد استسلامهم»): of them, of
 * civilians or anyone else it stays an execution.
 */
function liquidation(ctx: Context, c: Candidate): boolean {
  if (c.kind !== 'executed' || !readingsOf(ctx, c.trigger[0]).some((w) => w.startsWith(LIQUIDATING))) return false;
  for (let k = c.first; k <= c.last + CAPTIVE_REACH && k < ctx.n; k++) if (wordIn(ctx, k, HELD_OR_FIELD)) return false;
  return true;
}
const LIQUIDATING = 'تصفي';
// How far past the reading «ميدانياً» or «بعد أسرهم» may stand.
const CAPTIVE_REACH = 5;
const HELD_OR_FIELD = /* @__PURE__ */ new Set([...FIELD_EXECUTION, 'اسري', 'اسرهم', 'اسره', 'استسلامهم', 'استسلامه', 'اعتقالهم', 'اعتقاله', 'اختطافهم', 'اختطافه']);

/** A casualty verb right before or right after the reading `c`: «قضى 13 شخصا من بين الضحايا»، «… اثنين قتلا». */
function ownVerb(ctx: Context, c: Candidate): boolean {
  return ctx.casualtyAt.get(c.last + 1)?.entry.pos === 'verb' || ctx.casualtyEndingAt.get(c.first - 1)?.entry.pos === 'verb';
}

/**
 * The toll of a kind a rise told next is by: the last mention of that kind among the last few of one sentence, one of
 * which is a toll («ارتفعت الحصيلة إلى 18 قتيلا و30 جريحا، بعد وفاة 6 مصابين»، «… إلى 30 جريحا و18 قتيلا و5
 * مفقودين، بعد وفاة 6»). -1 when there is none.
 */
function tollRisen(mentions: readonly CasualtyMention[], sentenceOf: readonly number[], kind: CasualtyKind): number {
  const last = mentions.length - 1;
  let found = -1;
  let toll = false;
  for (let t = last; t >= 0 && t > last - RISE_KINDS && sentenceOf[t] === sentenceOf[last]; t--) {
    if (found < 0 && mentions[t]!.kind === kind) found = t;
    toll ||= mentions[t]!.rule === 'toll';
  }
  return toll ? found : -1;
}
/** How many mentions of a rise's sentence (its kinds) may stand before the deaths it rose by. */
const RISE_KINDS = 4;

/**
 * «… إلى 9 قتلى بعد وفاة 4»، «…, بعد سقوط 23 شهيداً»: only words of what a toll rose by, and the casualty word of the
 * next reading, stand between it and that reading.
 */
function roseBy(ctx: Context, toll: number, next: number): boolean {
  let because = false;
  for (let k = toll + 1; k < next; k++) {
    const w = ctx.words[k]!;
    if (ROSE_BY.has(w)) because = true;
    else if (!ROSE_BY_LINKS.has(w) && !FALLING.has(w) && !ctx.casualtyAt.has(k)) return false;
  }
  return because;
}
const ROSE_BY = /* @__PURE__ */ new Set(TOLL_ROSE_BY);
const ROSE_BY_LINKS = /* @__PURE__ */ new Set(['،', ',', '"', '“', '”', '«', '»', 'وذلك', 'ذلك']);
const FALLING = /* @__PURE__ */ new Set(FALL_WORDS);

/**
 * Whether the words of its sentence before token `first` tell a figure as an earlier report: «في وقت سابق»، «حصيلة
 * أولية», or a report in the pluperfect («وكانت مصادر طبية قد أفادت بمقتل 20»; not «وكانت الطائرات قد قصفت…», an
 * earlier event).
 */
function earlierReport(ctx: Context, first: number): boolean {
  const start = Math.max(ctx.sentenceStarts[ctx.sentenceOf[first]!]!, first - EARLIER_REACH);
  // A word of reporting or of a toll tells a report, not an earlier event («وفي وقت سابق، قتل رجل…»); after «كان»,
  // with its «قد» in either order («وكان عدد القتلى قد بلغ 20»).
  let earlier = false;
  let pluperfect = false;
  let reported = false;
  for (let k = start; k < first; k++) {
    if (phraseAt(ctx, k, EARLIER) || (pluperfect && ctx.words[k] === 'قد')) earlier = true;
    if (wordIn(ctx, k, PLUPERFECT)) pluperfect = true;
    if (wordIn(ctx, k, REPORTING)) reported = true;
  }
  if (!earlier || !reported) return false;
  // A figure told with a weapon or a time of its own is an earlier incident («…بمقتل 7 مدنيين في قصف مماثل الشهر
  // الماضي»), not the same toll told before — a definite weapon points back at the strike told («جراء التفجيرين»).
  const sentence = ctx.sentenceOf[first];
  for (let k = first; k < first + OWN_WORDS_REACH && k < ctx.n && ctx.sentenceOf[k] === sentence; k++) {
    if (ctx.causeAt.get(k)?.article === false || wordIn(ctx, k, ANOTHER_TIME)) return false;
  }
  return true;
}
/**
 * «وكانت غارات روسية قد قتلت…»، «وكان 3 مدنيين قد قتلوا»: «كان» then «قد» in the clause before the mention's verb —
 * not of a report («وكانت القناة قد ذكرت أن…» may tell the story's own event), nor with a definite weapon between that
 * points back at the strike told («وكانت الغارة قد أسفرت عن مقتل 5»).
 */
function inPluperfect(ctx: Context, c: Candidate): boolean {
  const end = Math.max(c.first, c.trigger[0]);
  let was = false;
  for (let k = Math.max(ctx.clauseStarts[ctx.clauseOf[c.first]!]!, end - PLUPERFECT_SCAN); k < end; k++) {
    if (was && ctx.words[k] === 'قد') return !wordIn(ctx, k + 1, REPORTING);
    if (was && ctx.causeAt.get(k)?.article) return false;
    if (wordIn(ctx, k, PLUPERFECT)) was = true;
  }
  return false;
}
/** How many tokens before a mention's verb «كان … قد» is looked for. */
const PLUPERFECT_SCAN = 12;

/** How far after a figure its own weapon or time may stand («…بمقتل 7 مدنيين في قصف مماثل على البلدة الشهر الماضي»). */
const OWN_WORDS_REACH = 10;
const ANOTHER_TIME = /* @__PURE__ */ new Set(INCIDENT_APART);
// «من جهة أخرى» may also say "meanwhile", of the same story.
const ANOTHER_STORY = /* @__PURE__ */ phraseTable(TOPIC_SHIFTS.filter((p) => p[0] !== 'من'));
/** How many words before a figure the words that make it an earlier report may stand. */
const EARLIER_REACH = 16;
const EARLIER = /* @__PURE__ */ phraseTable(EARLIER_FIGURES);
const PLUPERFECT = /* @__PURE__ */ new Set(PLUPERFECT_OPENERS);
const REPORTING = /* @__PURE__ */ new Set([...SOURCE_MARKERS, ...TOLL_NOUNS]);

/** The last mention of `c`'s kind in its sentence or the {@link DESCRIBED_REACH} before, -1 if none. */
function tollOfKindBefore(ctx: Context, c: Candidate, mentions: readonly CasualtyMention[], sentenceOf: readonly number[]): number {
  let at = mentions.length - 1;
  while (at >= 0 && mentions[at]!.kind !== c.kind) at--;
  return at >= 0 && sentenceOf[at]! >= ctx.sentenceOf[c.first]! - DESCRIBED_REACH ? at : -1;
}

/** How many sentences back the toll a sub-group list describes may stand. */
const DESCRIBED_REACH = 2;

/**
 * «قتل 25 شخصاً … ومن بين القتلى نساء وأطفال»، «… ومن بين القتلى 4 أطفال»: the groups of a list that describes a toll
 * become sub-groups of `toll` (the last mention of its kind, in its sentence or the two before) — an uncounted list of
 * women and children only when the toll has none, counted members beside those of a class it does not have yet.
 */
function describeToll(ctx: Context, c: Candidate, toll: CasualtyMention, span: (first: number, last: number) => Span): void {
  // «قتل 20 شخصا بينهم 5 أطفال … ومن بين القتلى 3 نساء»: the women join the children.
  if (c.describes && toll.includes.length) return;
  const told = new Set(toll.includes.map((g) => g.victims));
  const groups: IncludedGroup[] = [];
  for (let k = c.first; k <= c.last; k++) {
    const v = ctx.victimAt.get(k);
    // «ومن بين القتلى أجانب: خمسة هنود وإيطالي»: a class word before a colon heads the list, no member.
    if (!v || ctx.words[v.lastToken + 1] === ':') continue;
    const { count, first } = member(ctx, v);
    if (!told.has(victimClass(v))) groups.push({ ...span(first, v.lastToken), victims: victimClass(v), count });
    k = v.lastToken;
  }
  toll.includes = [...toll.includes, ...groups];
}

/** Whether the group `c` can be part of `toll`: no larger, where both are figures. */
function fitsIn(c: Candidate, toll: CasualtyMention): boolean {
  const size = toll.count?.value ?? toll.count?.min;
  return c.count?.value === undefined || size === undefined || c.count.value <= size;
}

/**
 * A listed member's count and first token: its figure («4 أطفال»، «أربعة من الجنود»), else its form if one or two
 * («طفلاً»), else some.
 */
function member(ctx: Context, v: LexMatch<'victims'>): { count: Quantity; first: number } {
  const before = ctx.words[v.firstToken - 1] === 'من' ? v.firstToken - 2 : v.firstToken - 1;
  const figure = ctx.numberEndingAt.get(before);
  if (figure && countingNumber(ctx, figure.at)) return { count: quantityOf(figure.num), first: figure.num.firstToken };
  const form = countOfForm(v);
  return { count: form?.value === 1 || form?.value === 2 ? form : { vague: 'some' }, first: v.firstToken };
}
