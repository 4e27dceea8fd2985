/**
 * Stages 2 and 3 of the casualty cascade: noun groups chunked once over the document, then casualty verbs linked
 * to a group in either order inside their clause — a subject before the verb with modifiers between («13 شخصا،
 * بينهم نساء، قتلوا»، «عنصرين في القاعدة قتلا») when the verb agrees with it, and an object after a long subject
 * («أعدم تنظيم "جبهة النصرة"، الفرع السوري للقاعدة، الأربعاء، شابا»).
 * @module casualties/link
 */
import { formWords, takesSoundPlural } from '../lexicon/forms.js';
import type { LexMatch } from '../lexicon/match.js';
import type { Quantity } from '../quantity.js';
import { cliticSplits } from '../tokenize/index.js';
import { spanOfTokens } from '../document.js';
import { QUOTES, actorEndingAt, clashAt, pastRun, phraseAt, phraseTable, readingsOf, wordIn, type Context } from './context.js';
import { opensStatement } from './leads.js';
import { DURATIONS, PERIODS, RESCUE_AFTER, CHARGES, DURING_WORDS, SINCE_WORDS, NAMING_VERBS, SUBJECT_NAMING_VERBS, HELD_KINDS, NAME_ADVERBS, NOT_NAME_WORDS, ARRIVING, ARRIVED_DEAD, ADDING, ADDING_APART, ANNOUNCING, TIME_OF_HOLDING, TIME_AFTER_HOLDING, BODIES, FATE_WORDS, FATE_PRONOUNS, ARMED_VICTIMS, FIRED_AT, PASSIVE_AUX, RESCUE_WORDS, ALIVE, PULLING_OUT, RESULT_TRIGGERS, STATE_PHRASES, STILL_WORDS, SUBJECTED, SUBJECTED_TO_OPERATION, FAILED, SUFFERING, VERB_ADJUNCTS, VERB_OPENERS, WOUNDS as WOUND_WORDS, APPOSITIVES, FALL_WORDS, HUMAN_LOSSES, INFLICTING, LOSING, LOSING_OR_MISSING, LOST_NOT_LIVES, LOSS_NOUNS, NATURAL_DEATH_VERBS, VIOLENT_ADJUNCTS, DECADES, YEAR_WORDS, DISEASES, THAT_HE, DEATH_IDIOMS, BODY_FINDING, NICKNAMED, ACCORDING_OPENERS, ALL_OF_THEM } from './grammar.js';
import { AGE_WORDS, HIT_BY, TOLL_REACH_VERBS, AMONG_CAUSED_BY, CAUSE_WORDS, CONDITION_WORDS, TITLES_AFTER_NAME, NAMED_TITLES_AFTER_NAME, DESCRIBING_ONE, MANNER_ADVERBS, AMONG_WORDS, FAMILIES_OF, OF_WOUNDS, PLACE_PREPOSITIONS, WAS_FORMS } from './grammar.js';
import { AS_MANY, NEEDS_OBJECT, WHO_SINGULAR, ASSERTIVE, BEFORE_SUBJECT, CARRYING_OUT, HELD_UNDER, CLAUSE_LINKS, COMPLEMENTIZER_WORDS, NEGATION, PERSONAL_PRONOUNS, DEFINITE_NON_SUBJECTS, FROM_PRONOUN, PREPOSITION_WORDS, RELATIVE_PRONOUNS, SOURCE_MARKERS } from './grammar.js';
import { AT_HANDS, numberWordWithWaw, partFigure, toldFigure } from './breakdown.js';
import { nicknameEnd, quotedNameEnd } from './person-names.js';
import { KIN_PRONOUN, opensWithKin } from './kin-joins.js';
import { abstractKiller } from './not-violence.js';
import { fateUnknown } from './not-statements.js';
import type { ObjectVerb, ObjectVerbs } from './object-verbs.js';
import { ALSO, AGE_OPENING, atLeastAt, BOTH_KINDS, resumptiveAt, opposingSides, readsBesidesPlace, constructEnd, ageAfter, aliAt, pastEarlier, bareFigure, countingNumber, countOfForm, isPluralForm, mixedClass, objectByEnding, plainWord, opensName, nameObjectAt, UNNAMED_AGENT, pronounAndConjunct, quantityOf, readNounPhrase, lexiconReads, titledPersonEnd, victimSurname, withoutAnd, type Candidate, type NounPhrase } from './phrases.js';
import { DIRECTIONS, PLACE_NOUNS } from '../places/grammar.js';
import { MONTH_NAMES, TWO_WORD_MONTH } from '../dates/words.js';
import { AGREE, agreesBefore, CUE, CUE_ALIVE, CUE_CELL, F, verbAgreement, victimClass } from './tokens.js';

/** The noun groups of a document: a list, and by token the group that starts or ends there (-1 for none). @internal */
export interface NounGroups {
  readonly list: readonly NounPhrase[];
  readonly startingAt: Int32Array;
  readonly endingAt: Int32Array;
}

/** Stage 2: every noun group with a victim noun or a count, left to right, not overlapping. @internal */
export function chunkNounGroups(ctx: Context): NounGroups {
  const list: NounPhrase[] = [];
  const both = new Int32Array(2 * ctx.n).fill(-1); // one allocation per document for the two
  const startingAt = both.subarray(0, ctx.n);
  const endingAt = both.subarray(ctx.n);
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.victimAt.has(i) && !ctx.numberAt.has(i) && !(ctx.bits[i]! & (F.ORDINAL | F.OTHERS)) && !(ctx.cues[i]! & CUE_CELL)) continue;
    const g = readNounPhrase(ctx, i, false, false);
    // A number whose qualifier follows it («24 … على الأقل») is keyed at the qualifier too: read groups forward only.
    if (!g || g.participle || (g.victims === null && !g.others) || g.first !== i || g.last < i) continue;
    startingAt[i] = list.length;
    endingAt[g.last] = list.length;
    list.push(g);
    i = g.last;
  }
  return { list, startingAt, endingAt };
}

/** The agreement a noun group asks of a verb after it: by its count, and feminine by its noun. */
function groupAgreement(ctx: Context, g: NounPhrase): number {
  const c = g.count;
  if (!c) return 0;
  // «اثنين من الجنود قتلوا»: a figure of two of a plural («من») takes a plural verb as well as a dual one.
  const ofPlural = c.value === 2 && g.countTokens !== undefined && ctx.words[g.countTokens[1] + 1] === 'من';
  // «مدنيا على الأقل قتل»: a bound of one is one; of two, a dual or a plural verb («اثنان على الأقل قتلا/قتلوا»).
  const number = c.value === 1 || c.min === 1 ? AGREE.SINGULAR : ofPlural || c.min === 2 ? 0 : c.value === 2 ? AGREE.DUAL : AGREE.PLURAL;
  const noun = g.victimTokens ? ctx.words[g.victimTokens[1]]! : '';
  const feminine = g.victims === 'women' || /[هت]$/u.test(noun) || /تان$|تين$/u.test(noun);
  return number | (feminine ? AGREE.FEMININE : 0);
}

/**
 * «عنصرين … قتلا»: an uncounted «ين» is a dual before a dual verb — the group's victim word, or its head before «من»
 * («شابين من أبناء البلدة»).
 */
function uncountedDual(ctx: Context, g: NounPhrase, agree: number): boolean {
  if ((agree & AGREE.NUMBER) !== AGREE.DUAL || g.countTokens || !g.victimTokens) return false;
  return /ين$/u.test(ctx.words[g.victimTokens[1]]!) || (ctx.words[g.first + 1] === 'من' && ctx.victimAt.has(g.first) && /ين$/u.test(ctx.words[g.first]!));
}

/**
 * Words that may stand right before a subject that opens its clause: «أن 6 مدنيين قتلوا»، «و3 أطفال أصيبوا»، «أن هناك
 * 22 مدنيا قضوا». @internal
 */
export const SUBJECT_OPENERS = /* @__PURE__ */ new Set(BEFORE_SUBJECT);
const PREPOSITIONS = /* @__PURE__ */ new Set(PREPOSITION_WORDS);

/** True when group `g` stands where a subject may: at its clause's start, after punctuation or a complementizer. */
function inSubjectPosition(ctx: Context, g: NounPhrase): boolean {
  const before = g.first - 1;
  // First in its sentence, past opening marks or a headline's lead, or after a break.
  if (opensStatement(ctx, g.first) || ctx.bits[before]! & (F.COMMA | F.END | F.QUOTE)) return true;
  // «بين القتلى العشرة 7 مدنيين قتلوا»: a figure after a definite word is no genitive of it; nor after «منهم» («ستة
  // شهداء منهم أربعة أعدموا ميدانياً»: four of them, whom the verb befell).
  if (g.countTokens && ((/^(ال|وال)/u.test(ctx.words[before]!) && !(ctx.bits[before]! & (F.RELATIVE | F.OPENER))) || OF_THEM.has(ctx.words[before]!))) return true;
  const w = ctx.words[g.first]!;
  if (/^[بل]/u.test(w) && !ctx.numberAt.has(g.first) && ctx.victimAt.get(g.first)?.prefix !== '') return false;
  return SUBJECT_OPENERS.has(ctx.words[before]!) || (ctx.bits[g.first]! & F.AND) !== 0;
}

/** Index of the matching «(» for a «)» at `k`, within `limit` tokens; -1 if none. */
function openingBracket(ctx: Context, k: number, limit: number): number {
  for (let j = k - 1; j >= Math.max(0, k - limit); j--) if (ctx.words[j] === '(') return j;
  return -1;
}

const MAX_GAP = 12;
/** How far back the opening quote of a quoted name may stand from its closing quote. */
const QUOTED_NAME_REACH = 6;
const APPOSED = /* @__PURE__ */ new Set(APPOSITIVES);

/** How far before a word an actor's name holding it may open: «قوات سوريا الديمقراطية». */
const ACTOR_NAME_REACH = 3;

/** The first token of an actor's name that opens before `k` and holds it, -1 if none. */
function actorOver(ctx: Context, k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - ACTOR_NAME_REACH; j--) for (const a of ctx.actorsAt.get(j) ?? []) if (a.lastToken >= k) return j;
  return -1;
}

/**
 * A group that opens a few tokens before the actor at `first` and runs into it — the actor names the group's side, its
 * head in construct with it («30 من عناصر حركة الشباب»: «عناصر» heads both) — -1 if none.
 */
function groupInto(groups: NounGroups, first: number): number {
  for (let p = first - 1; p >= 0 && p >= first - SIDE_REACH; p--) {
    const at = groups.startingAt[p]!;
    if (at >= 0 && groups.list[at]!.last >= first) return at;
  }
  return -1;
}

/**
 * A subject before the verb at `verb`, with modifiers between: its affiliation and place («من قوات النظام»، «في
 * القاعدة»), an age in brackets, a sub-group between commas («، بينهم طفلان،»), «على الأقل». The verb must agree.
 */
function subjectBefore(ctx: Context, groups: NounGroups, verbAt: number, agree: number): NounPhrase | null {
  const sentence = ctx.sentenceOf[verbAt];
  const antecedent = antecedentOf(ctx, groups, verbAt, agree);
  if (antecedent) return antecedent;
  let pastComma = false;
  // The comma nearest the subject that the walk passed: right before the verb, or the one that opens a titled
  // person's description («، قائد اللواء،»).
  let commaAt = -1;
  let placed = false;
  // «4 عناصر من قوات النظام، وعنصر من المسلحين الموالين لها، قتلوا»: a counted conjunct told between commas.
  let joined: NounPhrase | null = null;
  // The last token of what stands right before the verb, a sub-group stepped over.
  let adjacent = verbAt - 1;
  for (let k = verbAt - 1, steps = 0; k >= 0 && steps < MAX_GAP && ctx.sentenceOf[k] === sentence; k--, steps++) {
    let at = groups.endingAt[k]!;
    // «وأسر المسلحون أربعة صيادين ثم قطعت رؤوسهم»: a word read both as an uncounted group and as a casualty verb («أسر»:
    // families, captured) is the verb of a clause of its own, where the walk ends as at any casualty word.
    if (at >= 0 && !groups.list[at]!.countTokens && ctx.casualtyAt.get(groups.list[at]!.first)?.entry.pos === 'verb') return null;
    // «إن قياديا في حركة الشباب قتل»: a victim word inside an actor's name («الشباب») is that actor, stepped over whole
    // — unless a group before the actor runs into it, the actor its side («30 من عناصر حركة الشباب قتلوا»).
    const named = at >= 0 ? actorOver(ctx, groups.list[at]!.first) : -1;
    if (named >= 0) {
      const outer = groupInto(groups, named);
      if (outer < 0) {
        k = named;
        continue;
      }
      at = outer;
    }
    // «30 من عناصر داعش الإرهابي قتلوا»: a definite victim word right after an actor's name is its adjective; the
    // group the actor ends is read next.
    if (at >= 0 && groups.list[at]!.first === k && ctx.victimAt.get(k)?.article && actorEndingAt(ctx, k - 1, SIDE_REACH) >= 0) continue;
    if (at >= 0) {
      // «إن الطفلة فلانة البالغة من العمر 12 عاماً أصيبت»: an age told after a name («البالغ» reads as an adult too)
      // describes the person named before it.
      if (wordIn(ctx, groups.list[at]!.first, AGE_OPENING) && ageAfter(ctx, groups.list[at]!.first) >= 0) {
        k = groups.list[at]!.first;
        continue;
      }
      // «خمسة مدنيين بينهم ثلاثة أطفال قضوا»: a sub-group belongs to the group before it.
      if (ctx.bits[groups.list[at]!.first - 1]! & F.INCLUDES) {
        // Right before the verb, it leaves the group before it as near the verb as itself.
        const opener = groups.list[at]!.first - 1;
        if (groups.list[at]!.last === adjacent) adjacent = ctx.words[opener - 1] === 'من' ? opener - 2 : opener - 1;
        k = groups.list[at]!.first - 1;
        continue;
      }
      // «ثمانية أفراد على الأقل من أسرة واحدة قتلوا»، «11 شخصا من عائلة واحدة قتلوا»، «طفلين من أبناء البلدة قتلا»: a
      // group after «من» names the side of the group before it, counted by a figure or a dual.
      const first = groups.list[at]!.first;
      const owner = first >= 2 ? groups.endingAt[first - 2]! : -1;
      if (ctx.words[first - 1] === 'من' && (owner < 0 || groups.list[owner]!.countTokens || uncountedDual(ctx, groups.list[owner]!, agree))) {
        k = first - 1;
        continue;
      }
      // «طفلاً … يقطن مع أسرته في منطقة …، أصيب»: a group after another preposition is no subject either.
      if (ctx.words[first - 1] !== 'من' && PREPOSITIONS.has(ctx.words[first - 1]!)) {
        k = first - 1;
        continue;
      }
      // «6 من أفراد عائلة واحدة قضوا»: a group right after another is its genitive.
      if (groups.endingAt[first - 1]! >= 0 && !(ctx.bits[first]! & F.AND)) {
        k = first;
        continue;
      }
      // «نساء وأطفال»: an uncounted conjunct continues the group before it.
      if (ctx.bits[first]! & F.AND && groups.endingAt[first - 1]! >= 0) {
        k = first;
        continue;
      }
      // «28 شخصاً بينهم أفراد في قوات الأمن ومدنيون قتلوا»: an uncounted conjunct of a «بينهم» list, past a member's
      // side, belongs to the group before the list too.
      // Not when a casualty word already tells that group («وأصيب 20 شخصا بينهم عناصر في الشرطة ومسلحون قتلوا»).
      const member = ctx.bits[first]! & F.AND && !groups.list[at]!.countTokens ? listOpener(ctx, first) : -1;
      if (member >= 0 && !toldBeforeList(ctx, member)) {
        k = member;
        continue;
      }
      const g = groups.list[at]!;
      const dual = uncountedDual(ctx, g, agree);
      if (dual && inSubjectPosition(ctx, g) && subjectPastComma(ctx, g, pastComma, commaAt, verbAt)) return { ...g, count: { value: 2 } };
      // «أسماء نحو ثلاثين شخصاً فُقدوا»، «أسماء 4 مستشارين قتلوا»: a plural verb right after an indefinite counted
      // group, even a genitive, describes it.
      // «وثق 125 مدنياً بينهم 40 طفلاً قضوا»: so does one whose sub-group stands between.
      const describes = g.countTokens !== undefined && g.last === adjacent && (agree & AGREE.NUMBER) !== AGREE.SINGULAR && !ctx.words[g.first]!.startsWith('ال');
      if (g.count && (inSubjectPosition(ctx, g) || describes) && agreesBefore(agree, groupAgreement(ctx, g)) && subjectPastComma(ctx, g, pastComma, commaAt, verbAt)) return joined ? withConjunct(g, joined) : g;
      // «ستة أشخاص بينهم طفل يبلغ من العمر ثلاث سنوات وآخر بعمر خمس وفتاة … قتلوا»: a member of a «بينهم» list, past
      // its ages and conjuncts, belongs to the group before the list.
      const list = g.others ? -1 : listOpener(ctx, g.first);
      if (list >= 0) {
        k = list;
        continue;
      }
      if (!g.others) return null;
      k = g.first;
      continue;
    }
    // «إن 6 قتلوا»، «إن 3 من قوات النظام قتلوا»: a bare figure right before the verb, or with its side.
    // «وأن 13 منهم أصيبوا»: a figure of the group named before («منهم») stands for that group's members.
    const num = countingNumber(ctx, k);
    if (num && num.firstToken === k && num.lastToken === k && groups.startingAt[k]! < 0) {
      const ofThem = k + 2 === verbAt && wordIn(ctx, k + 1, OF_THEM);
      // «إن أربعة على الأقل لقوا مصرعهم»: or with its bound (read with the figure as its qualifier).
      const bounded = k + 3 === verbAt && atLeastAt(ctx, k + 1);
      // «إن ثلاثة بينهم طفل قتلوا»، «خمسة، بينهم امرأتان، قتلوا»: or one whose sub-group was stepped over to reach it.
      const ofSubgroup = ctx.bits[k + 1]! & F.INCLUDES || (ctx.bits[k + 1]! & F.COMMA && ctx.bits[k + 2]! & F.INCLUDES);
      const g: NounPhrase | null =
        k + 1 === verbAt || ofThem || bounded || ofSubgroup ? { first: k, last: ofThem ? k + 1 : bounded ? k + 2 : k, count: quantityOf(num), countTokens: [k, k], victims: null, others: ofThem } : sidedFigure(ctx, k);
      if (g && inSubjectPosition(ctx, g) && agreesBefore(agree, groupAgreement(ctx, g)) && subjectPastComma(ctx, g, pastComma, commaAt, verbAt)) return g;
    }
    const bits = ctx.bits[k]!;
    if (ctx.words[k] === ')') {
      const open = openingBracket(ctx, k, 8);
      if (open < 0) return null;
      k = open;
      continue;
    }
    // A name in quotes is one step: «إن المواطن "فلان الفلاني بن فلان" البالغ من العمر 34 عاما، قتل».
    if (bits & F.QUOTE) {
      let open = k - 2;
      while (open >= k - QUOTED_NAME_REACH && open >= 0 && !(ctx.bits[open]! & F.QUOTE)) open--;
      if (open >= 0 && quotedPersonEnd(ctx, open) === k) {
        k = open;
        continue;
      }
    }
    if (bits & F.COMMA) {
      // «، بينهم طفلان،» between commas belongs to the group before.
      let c = k - 1;
      while (c >= 0 && c > k - 8 && !(ctx.bits[c]! & (F.COMMA | F.END))) c--;
      if (c >= 0 && ctx.bits[c]! & F.COMMA && (ctx.bits[c + 1]! & F.INCLUDES || wordIn(ctx, c + 1, APPOSED))) {
        k = c;
        continue;
      }
      const conjunct: NounPhrase | undefined = !joined && k === verbAt - 1 && c >= 0 && ctx.bits[c]! & F.COMMA && ctx.bits[c + 1]! & F.AND ? groups.list[groups.startingAt[c + 1]!] : undefined;
      if (conjunct?.count?.value !== undefined) {
        joined = conjunct;
        steps = 0;
        k = c;
        continue;
      }
      // «18 صياداً من أبناء قرية …، بمديرية …، جنوب الحديدة، قتلوا»: where the group is, told in commas, belongs to it.
      // The comma that opens them may follow the group itself: «إن ثلاثة أطفال، في حي النصر، أصيبوا»; so may a comma
      // right before the verb: «أن رجلاً وزوجته وطفلتهما، فارقوا الحياة».
      const place = placeBefore(ctx, k);
      if (place >= 0 || ((placed || k === verbAt - 1) && groups.endingAt[k - 1]! >= 0)) {
        if (place >= 0) k = place;
        placed = true;
        continue;
      }
      // «إن ثلاثة لاجئين بمخيم اليرموك في دمشق، قضوا جوعا»: one comma right before the verb may part it from a
      // subject that opens a reported clause (after «أن/إن»).
      // «أن العميد فلان (أبو طارق)، قائد اللواء، قتل»: a second comma may open a titled person's description (only
      // such a person, whose name ends at it, is then the subject: see subjectPastComma).
      if (pastComma && commaAt === verbAt - 1) {
        commaAt = k;
        continue;
      }
      if (k !== verbAt - 1 || pastComma) return null;
      pastComma = true;
      commaAt = k;
      continue;
    }
    // «الطفلة التي كانت تلعب أمام المنزل قتلت»: a relative clause with no casualty word of its own modifies the subject.
    if (RELATIVE.has(ctx.words[k]!) && !ctx.casualtyAt.has(k)) continue;
    // «امرأة مصابة توفيت متأثرة بجروحها»: the wounded, told by an adjective right before the verb, who died.
    if (k === verbAt - 1 && woundedWhoDied(ctx, groups, k)) continue;
    // «إن ثلاثة من الجرحى توفوا»، «اثنين من المعتقلين قضيا»: a figure of the casualties told before, in another state,
    // before a verb that agrees with it («ثلاثة من الجرحى قتلت عائلاتهم» has a subject of its own).
    const ofTold = k === verbAt - 1 && (agree & AGREE.NUMBER) !== AGREE.SINGULAR ? figureOfTold(ctx, k) : null;
    if (ofTold) return inSubjectPosition(ctx, ofTold) ? ofTold : null;
    if (bits & (F.END | F.OPENER | F.RELATIVE) || ctx.casualtyAt.has(k) || ctx.casualtyEndingAt.has(k)) return null;
    // «أفرادها أزالوا قذيفة كانت قد أصابت»: a plural past verb of its own has the group before it for its subject —
    // not one joined by «و» to a verb before it, nor one in a relative clause («الذين كانوا قد فروا»).
    if (PLURAL_PAST.test(ctx.words[k]!) && plainWord(ctx, k) && !(ctx.bits[k]! & F.AND) && !WAS.has(ctx.words[k]!) && !inRelativeClause(ctx, k)) return null;
  }
  return null;
}
/**
 * Whether `k` is an indefinite participle of the wounded right after a group («امرأة مصابة»، «طفلا جريحا») and before a
 * verb or idiom of death: the group's adjective, the death its own.
 */
function woundedWhoDied(ctx: Context, groups: NounGroups, k: number): boolean {
  const p = ctx.casualtyAt.get(k);
  if (p?.entry.kind !== 'injured' || p.entry.pos !== 'participle' || p.article || p.prefix !== '' || (groups.endingAt[k - 1] ?? -1) < 0) return false;
  const verb = ctx.casualtyAt.get(p.lastToken + 1);
  return verb ? verb.entry.kind === 'killed' && verb.entry.pos === 'verb' : wordIn(ctx, p.lastToken + 1, DYING);
}
/**
 * A figure, «من» and a definite participle of casualties ending at `k` right before a verb of another kind: «ثلاثة من
 * الجرحى (توفوا)» — so many of those, of no class of their own.
 */
function figureOfTold(ctx: Context, k: number): NounPhrase | null {
  const told = ctx.casualtyEndingAt.get(k);
  if (!told?.article || told.entry.pos !== 'participle' || told.entry.kind === ctx.casualtyAt.get(k + 1)?.entry.kind || ctx.words[told.firstToken - 1] !== 'من') return null;
  const num = ctx.numberEndingAt.get(told.firstToken - 2);
  return num ? { first: num.at, last: k, count: quantityOf(num.num), countTokens: [num.at, told.firstToken - 2], victims: 'unspecified', others: false } : null;
}
/** The verbs of the idioms of death: «فارق (الحياة)»، «لفظ (أنفاسه)». */
const DYING = /* @__PURE__ */ new Set(DEATH_IDIOMS.filter((d) => d.kind === undefined).flatMap((d) => d.verbs));
/** A past verb of the third person plural: «أزالوا»، «وصلوا». */
const PLURAL_PAST = /^[\u0621-\u064a]{2,}وا$/u;
/** Whether a relative pronoun opens the verb at `k`, past «قد» and a form of «كان»: «الذين كانوا قد فروا». */
function inRelativeClause(ctx: Context, k: number): boolean {
  let j = k - 1;
  if (ctx.words[j] === 'قد') j--;
  if (WAS.has(ctx.words[j] ?? '')) j--;
  return RELATIVE.has(ctx.words[j] ?? '');
}
const RELATIVE = /* @__PURE__ */ new Set(RELATIVE_PRONOUNS);
/** Relative pronouns of one or two persons (not «الذين»: a plural group so told is mostly a toll or one told before). */
const RELATIVE_FEW = /* @__PURE__ */ new Set(RELATIVE_PRONOUNS.filter((w) => w !== 'الذين' && w !== 'اللواتي' && w !== 'اللاتي'));

/**
 * «شيّع المئات جثمان الفتى فلان الذي استشهد أمس»، «نعت القناة مراسلها الذي قتل»، «الشاب علي (22 عاما)، والذي قتل»: a
 * relative pronoun of one or two persons right before the verb ties it to the person named before the pronoun (past
 * his age in brackets and a comma), wherever that person stands in the sentence. The person is a group or a titled
 * name as `describedPersonEnd` reads it (a name with «علي» inside, read as the preposition, is not found).
 */
function antecedentOf(ctx: Context, groups: NounGroups, verbAt: number, agree: number): NounPhrase | null {
  const rel = verbAt - 1;
  if (rel < 1 || !RELATIVE_FEW.has(withoutAnd(ctx, rel))) return null;
  // «المسلح الذي قتل الشرطي»: a verb with its object after it makes the person before the pronoun its agent.
  const next = (ctx.casualtyAt.get(verbAt)?.lastToken ?? verbAt) + 1;
  if (ctx.victimAt.has(next) || ctx.numberAt.has(next) || ctx.casualtyAt.get(next)?.entry.pos === 'participle') return null;
  let k = rel - 1;
  if (ctx.bits[k]! & F.COMMA) k--;
  const sentence = ctx.sentenceOf[verbAt];
  // The person ends there: a group, or a titled person's name and age («الفتى فلان الفلاني (16 عاما)»); the first
  // such group, whose title the later ones describe («الصحفي الشاب فلان»).
  let g: NounPhrase | null = null;
  for (let j = k; j >= 0 && j >= k - ANTECEDENT_WORDS && ctx.sentenceOf[j] === sentence; j--) {
    const at = groups.startingAt[j]!;
    const h = at >= 0 ? groups.list[at]! : null;
    if (h && (h.last === k || describedPersonEnd(ctx, h) === k)) g = h;
  }
  if (!g) return null;
  // «الطفلتين اللتين أصيبتا»: a dual pronoun makes an uncounted «ين» two.
  const two = !g.countTokens && g.victimTokens && (agree & AGREE.NUMBER) === AGREE.DUAL && /ين$/u.test(ctx.words[g.victimTokens[1]]!);
  const person: NounPhrase = two ? { ...g, last: k, count: { value: 2 } } : { ...g, last: k };
  const n = person.count?.value;
  return (n === 1 || n === 2) && agreesBefore(agree, groupAgreement(ctx, person)) ? person : null;
}
/** How many words a person named before a relative pronoun may take: a title, three names and an age in brackets. */
const ANTECEDENT_WORDS = 8;

/** A subject and the counted conjunct told after it between commas, summed: `people` unless one class names both. */
function withConjunct(g: NounPhrase, joined: NounPhrase): NounPhrase {
  const a = g.count?.value ?? g.count?.min;
  const b = joined.count?.value;
  if (a === undefined || b === undefined) return g;
  const count: Quantity = g.count?.min !== undefined ? { min: a + b } : { value: a + b };
  const victims = g.victims && joined.victims ? (mixedClass(g.victims, joined.victims) as NounPhrase['victims']) : g.victims ?? joined.victims;
  return { ...g, count, victims };
}
const OF_THEM = /* @__PURE__ */ new Set(FROM_PRONOUN);
const COMPLEMENTS = /* @__PURE__ */ new Set(COMPLEMENTIZER_WORDS);
const REPORTING = /* @__PURE__ */ new Set(SOURCE_MARKERS);
// How far back a «بينهم» list may open before one of its members: «بينهم طفل يبلغ من العمر ثلاث سنوات وآخر بعمر خمس
// سنوات وفتاة عمرها لا يزيد على 14 عاماً».
const LIST_REACH = 24;

/**
 * A subject parted from its verb by a comma opens a reported clause: a counted group («إن 3 لاجئين في دمشق، قضوا»), or
 * a titled person whose name ends at the comma — the comma before the verb («إن الطفل "فلان"، توفي») or the one that
 * opens his description («أن العميد فلان (أبو طارق)، قائد اللواء، قتل»).
 */
function subjectPastComma(ctx: Context, g: NounPhrase, pastComma: boolean, commaAt: number, verbAt: number): boolean {
  if (!pastComma) return true;
  if (!COMPLEMENTS.has(ctx.words[g.first - 1] ?? '')) return false;
  if (g.countTokens !== undefined && commaAt === verbAt - 1) return true;
  return describedPersonEnd(ctx, g) + 1 === commaAt;
}

/** A titled person's last token before his description: past a bracket («(أبو طارق)»، «(12 عاماً)») or an age; -1 if none. */
function describedPersonEnd(ctx: Context, g: NounPhrase): number {
  let end = g.countTokens ? -1 : titledEnd(ctx, g);
  // «إن المواطن "فلان" البالغ من العمر 34 عاما، قتل»: a group that took its person's name in already ends past it.
  if (end < 0 && !g.countTokens && g.count?.value === 1 && g.victimTokens && g.last > g.victimTokens[1] && titledPersonEnd(ctx, { ...g, last: g.victimTokens[1] }) >= 0) end = g.last;
  if (end < 0) return -1;
  if (ctx.words[end + 1] === '(') {
    for (let e = end + 2; e <= end + BRACKET_WORDS && e < ctx.n; e++) {
      if (ctx.words[e] === ')') {
        end = e;
        break;
      }
    }
  }
  const age = ageAfter(ctx, end + 1);
  return age >= 0 ? age : end;
}
/** The most words of a kunya or an age in brackets after a name: «(أبو طارق)»، «(12 عاماً)». */
const BRACKET_WORDS = 6;

/**
 * The «بينهم» (or «منهم»، «جميعهم») that opens the sub-group list a group at `first` is a member of — past other
 * members, their ages and «و» — or -1: a sentence end, a casualty word, a clause opener, a relative or a reporting
 * verb between ends the search (bounded, so the walk stays linear).
 */
function listOpener(ctx: Context, first: number): number {
  const sentence = ctx.sentenceOf[first];
  for (let k = first - 1; k >= 0 && k >= first - LIST_REACH && ctx.sentenceOf[k] === sentence; k--) {
    const bits = ctx.bits[k]!;
    if (bits & F.INCLUDES) return k;
    if (bits & (F.END | F.OPENER | F.RELATIVE | F.QUOTE) || ctx.casualtyAt.has(k) || ctx.casualtyEndingAt.has(k) || REPORTING.has(ctx.words[k]!)) return -1;
  }
  return -1;
}

// How far before a «بينهم» list a casualty word telling its group may stand: «أصيب 20 شخصا بينهم».
const LIST_TOLD_REACH = 6;
/** Whether a casualty word stands a few words before the list opener at `opener`, in its clause. */
function toldBeforeList(ctx: Context, opener: number): boolean {
  for (let k = opener - 1; k >= 0 && k >= opener - LIST_TOLD_REACH && ctx.clauseOf[k] === ctx.clauseOf[opener]; k--) if (ctx.casualtyAt.has(k)) return true;
  return false;
}

const PLACE_HEADS = /* @__PURE__ */ new Set([...PLACE_NOUNS, ...DIRECTIONS]);
/** The most words of a place told between commas: «بمديرية الخوخة»، «جنوب محافظة الحديدة». */
const PLACE_WORDS = 5;

/**
 * The first token of a place phrase that ends right before the comma at `k` («بمديرية الخوخة»، «جنوب الحديدة»، «قرية
 * الكدحة»), -1 if none: a place noun or a direction (a preposition may be joined to it), then names only — words no
 * lexicon but the places reads.
 */
function placeBefore(ctx: Context, k: number): number {
  for (let p = k - 1; p >= 0 && p >= k - PLACE_WORDS; p--) {
    if (ctx.doc.tokens[p]!.kind !== 'word' || ctx.bits[p]! & (F.COMMA | F.END | F.OPENER | F.RELATIVE | F.INCLUDES | F.QUOTE)) return -1;
    if (wordIn(ctx, p, PLACE_HEADS)) return p;
    if (ctx.casualtyAt.has(p) || ctx.victimAt.has(p) || ctx.numberAt.has(p) || ctx.actorsAt.has(p)) return -1;
  }
  return -1;
}


/** The agreement a past verb shows by its last letters: «قتلوا» plural, «قتلا» dual, «قتلت» feminine. @internal */
export function agreementOfWord(w: string): number {
  // «تصارعان»، «يقتلان»: the present dual ends in «ان».
  if (/^[يت].{2,}ان$/u.test(w)) return verbAgreement('ا');
  return verbAgreement(w.endsWith('وا') ? 'وا' : w.endsWith('تا') ? 'تا' : w.endsWith('ا') ? 'ا' : w.endsWith('ت') ? 'ت' : w.endsWith('ن') ? 'ن' : '');
}

/** The persons a pronoun names: «ه، ها» one, «هما» two, «هم، هن» some. @internal */
export function countOfPronoun(p: string): Quantity {
  return p === 'هما' ? { value: 2 } : p === 'هم' || p === 'هن' ? { vague: 'some' } : { value: 1 };
}

/** The count a verb's ending gives when it alone names the victims: one, two, or *some* for a plural. @internal */
export function countOfEnding(w: string): Quantity {
  const agree = agreementOfWord(w) & AGREE.NUMBER;
  return agree === AGREE.PLURAL ? { vague: 'some' } : { value: agree === AGREE.DUAL ? 2 : 1 };
}

/**
 * Stage 3, subject before its verb (the `count-verb` rule): «52 مدنيا قتلوا»، «تسعة مدنيين، بينهم ثلاثة أطفال،
 * قتلوا»، «11 عنصرا من قوات النظام لقوا مصرعهم». `verb` is a casualty verb, or the first word of «لقي … حتفه».
 * @internal
 */
export function subjectVerb(ctx: Context, groups: NounGroups, kind: Candidate['kind'], trigger: readonly [number, number], verb?: LexMatch<'casualtyWords'>): Candidate | null {
  // Read the ending off the word itself: lexicon forms include inflected ones («قضوا»، «توفيت») with no suffix left.
  const agree = agreementOfWord(ctx.words[verb ? verb.firstToken : trigger[0]]!);
  // «30 معتقلا قضوا أكثر من عشر سنوات في السجن»: «قضى» with a span of time is spending it, no death.
  if (spentTime(ctx, trigger)) return null;
  const g = subjectBefore(ctx, groups, trigger[0], agree) ?? namesBefore(ctx, trigger, agree);
  if (!g) return captiveSubject(ctx, kind, trigger, agree);
  // «مسلحين ملثمين اختطفوا صباح اليوم محمد الشجينة»: attackers of no name with an object past the verb did it; so do
  // armed men of no figure («مسلحون يقتلون تاجراً وابنه»).
  // Not an emphasis or a clause of its own after the verb («مسلحين قتلوا جميعهم»، «قتلوا، ومدنياً أصيب»).
  const armed = g.victims === 'fighters' && !g.countTokens && g.count?.value === undefined && !(ctx.bits[trigger[1] + 1]! & F.COMMA) && !wordIn(ctx, trigger[1] + 1, ALL_THEM);
  if ((ctx.actorNounAt.get(g.first)?.id === UNNAMED_AGENT || armed) && objectAhead(ctx, trigger[1] + 1)) return null;
  // «إن الرجال أعدموا رمياً بالرصاص»: an uncounted definite plural names a group told before; the verb restates
  // how they died, it adds no toll («خمسة رجال أعدموا»، «العشرات قتلوا»، «المسلحين الذين نفذوا الهجوم قتلوا» still count).
  const head = g.victimTokens?.[0];
  if (head === g.first && !g.countTokens && g.count?.vague === 'some' && (agree & AGREE.NUMBER) === AGREE.PLURAL && ctx.victimAt.get(head)?.article && !relativeBetween(ctx, g.last, trigger[0])) return null;
  const c: Candidate = { kind, first: g.first, last: trigger[1], trigger, count: g.count, victims: g.victims, others: g.others, rule: 'count-verb' };
  if (g.countTokens) c.countTokens = g.countTokens;
  if (g.victimTokens) c.victimTokens = g.victimTokens;
  return c;
}

/** Whether an object opens at `k` past time words and an adverb of manner: a group, a figure or a personal name. */
function objectAhead(ctx: Context, k: number): boolean {
  const at = pastEarlier(ctx, pastRun(ctx, k, LEADING_TIME, F.TIME | F.COMMA));
  return readNounPhrase(ctx, at) !== null || ctx.numberAt.has(at) || nameObjectAt(ctx, at);
}

/** Whether the verb at `trigger` is «قضى» followed by a span of time or a sentence served («قضوا سنوات»، «قضى محكوميته»). */
function spentTime(ctx: Context, trigger: readonly [number, number]): boolean {
  if (!/^[وف]?قض/u.test(ctx.words[trigger[0]]!)) return false;
  let k = trigger[1] + 1;
  if (ctx.words[k + 1] === 'من' && SPAN_BOUNDS.has(ctx.words[k]!)) k += 2;
  // The period after the figure, or read with it by the numbers layer («عشرين عاما»); or one with no figure («سنوات»).
  const unit = ctx.numberAt.get(k)?.lastToken ?? k - 1;
  return PERIOD_WORDS.has(ctx.words[unit] ?? '') || PERIOD_WORDS.has(ctx.words[unit + 1] ?? '') || /^محكومي/u.test(ctx.words[k] ?? '');
}
const SPAN_BOUNDS = /* @__PURE__ */ new Set(['اكثر', 'اقل', 'نحو', 'قرابه', 'حوالي']);

/** The most words of one personal name told as a subject: «عبد الله خلف العلي». */
const SUBJECT_NAME_WORDS = 4;

/**
 * «وذكرت أن عبدالله خلف قتل»، «أن ريمون وصبحي أصيبا»: personal names — words no lexicon reads, no article — right after
 * «أن/إن» and right before a verb that takes no object, as many as its ending says: one, or two joined by «و».
 */
function namesAfterThat(ctx: Context, trigger: readonly [number, number], agree: number): NounPhrase | null {
  const number = agree & AGREE.NUMBER;
  // An object after the verb makes it active, the names its agent: a group, a figure, or a name («قتل سامر العلي»).
  const next = trigger[1] + 1;
  if ((number !== AGREE.SINGULAR && number !== AGREE.DUAL) || readNounPhrase(ctx, next) || ctx.numberAt.has(next) || nameObjectAt(ctx, next)) return null;
  let names = 1;
  let words = 0;
  // «أن محمد العواد، وهو مدني من أبناء البلدة، توفي»: a description between commas, opened by «وهو/وهي», is stepped over.
  const last = described(ctx, trigger[0] - 1);
  let k = last;
  // «أن محمد العواد توفي»: a surname may carry the article; the first word must open a name.
  for (; k >= 0 && !COMPLEMENTS.has(ctx.words[k]!) && (opensName(ctx, k) || (nameWord(ctx, k, false) && ctx.words[k]!.startsWith('ال'))) && words < SUBJECT_NAME_WORDS * 2; k--, words++) {
    // «وصبحي»: the «و» opens a second name.
    if (ctx.bits[k]! & F.AND && !COMPLEMENTS.has(ctx.words[k - 1] ?? '')) names++;
  }
  const first = k + 1;
  if (!opensName(ctx, first)) return null;
  // «وأضاف أن "ريمون وصبحي أصيبا…"»: the quoted words may open right after «أن».
  if (QUOTES.has(ctx.words[k] ?? '')) k--;
  if (words === 0 || !COMPLEMENTS.has(ctx.words[k] ?? '') || words > names * SUBJECT_NAME_WORDS || names !== (number === AGREE.DUAL ? 2 : 1)) return null;
  return { first, last, count: { value: names }, victims: 'people', others: false };
}

const DESCRIPTION_OPENERS = /* @__PURE__ */ new Set(DESCRIBING_ONE);
/** How many words such a description may hold. */
const DESCRIPTION_WORDS = 12;

/** Past a description between commas ending at the comma `k` («، وهو مدني من أبناء البلدة،»): the token before it, else `k`. */
function described(ctx: Context, k: number): number {
  if (!(ctx.bits[k]! & F.COMMA)) return k;
  for (let c = k - 2; c >= 0 && c >= k - DESCRIPTION_WORDS; c--) {
    if (ctx.bits[c]! & F.COMMA) return DESCRIPTION_OPENERS.has(ctx.words[c + 1]!) ? c - 1 : k;
    if (ctx.bits[c]! & F.END || ctx.casualtyAt.has(c)) return k;
  }
  return k;
}

/**
 * Personal names as the subject right before a verb: one in quotes opening its clause («وكان "سجاد العراقي" قد تعرض
 * للخطف»), or names after «أن/إن» ({@link namesAfterThat}).
 */
function namesBefore(ctx: Context, trigger: readonly [number, number], agree: number): NounPhrase | null {
  const close = trigger[0] - 1;
  if (!QUOTES.has(ctx.words[close] ?? '')) return namesAfterThat(ctx, trigger, agree);
  if ((agree & AGREE.NUMBER) !== AGREE.SINGULAR) return null;
  // The name opens its clause: after «أن»، «كان»، «و» — not a speaker's after «قال».
  for (let open = close - NAME_WORDS[0] - 1; open >= 0 && open >= close - NAME_WORDS[1] - 1; open--) {
    if (quotedPersonEnd(ctx, open) === close) return SUBJECT_OPENERS.has(ctx.words[open - 1] ?? '') ? { first: open, last: close, count: { value: 1 }, victims: 'people', others: false } : null;
  }
  return null;
}

/** A relative pronoun between a subject and its verb: the clause tells who they are, so the subject is new. */
function relativeBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.bits[k]! & F.RELATIVE) return true;
  return false;
}

// How far before its verb a casualty participle may stand as its subject: «أسيرا من مخيم جنين استشهد».
const CAPTIVE_GAP = 6;
// How many adjectives may stand between a counted captive group and its verb.
const CAPTIVE_ADJECTIVES = 2;

/**
 * «إن أسيرا من مخيم جنين استشهد في السجن»، «معتقلا فلسطينيا توفي»: an indefinite participle of another kind (a
 * prisoner, a wounded man) as the subject of the verb, past its side or place, is people the verb befell.
 */
function captiveSubject(ctx: Context, kind: Candidate['kind'], trigger: readonly [number, number], agree: number): Candidate | null {
  const sentence = ctx.sentenceOf[trigger[0]];
  for (let k = trigger[0] - 1; k >= 0 && k >= trigger[0] - CAPTIVE_GAP && ctx.sentenceOf[k] === sentence; k--) {
    const p = ctx.casualtyEndingAt.get(k);
    if (p) {
      const other = p.entry.pos === 'participle' && p.entry.kind !== kind && !p.article && p.prefix === '';
      // «إن 109 معتقلين لقوا حتفهم»: a figure may count them.
      const figure = other ? ctx.numberEndingAt.get(p.firstToken - 1)?.num : undefined;
      const counted = figure && countingNumber(ctx, figure.firstToken) === figure ? figure : undefined;
      const count = counted ? quantityOf(counted) : other ? countOfForm(p) : null;
      const number = count?.value === 1 ? AGREE.SINGULAR : count?.value === 2 ? AGREE.DUAL : AGREE.PLURAL;
      const g: NounPhrase = { first: counted ? counted.firstToken : p.firstToken, last: p.lastToken, count, victims: 'people', others: false };
      // «أسماء 11 ألف معتقل قضوا»: a counted group right before a plural verb is its subject even as a genitive — past
      // an indefinite adjective or two («109 معتقلين إضافيين لقوا حتفهم»).
      let end = g.last;
      while (end < trigger[0] - 1 && end < g.last + CAPTIVE_ADJECTIVES && plainWord(ctx, end + 1) && !ctx.words[end + 1]!.startsWith('ال')) end++;
      const describes = counted !== undefined && end === trigger[0] - 1 && number === AGREE.PLURAL;
      if (!count || !(inSubjectPosition(ctx, g) || describes) || !agreesBefore(agree, number)) return null;
      const c: Candidate = { kind, first: g.first, last: trigger[1], trigger, count, victims: 'people', others: false, rule: 'count-verb' };
      if (counted) c.countTokens = [counted.firstToken, counted.lastToken];
      return c;
    }
    if (ctx.bits[k]! & (F.END | F.COMMA | F.OPENER | F.RELATIVE) || ctx.numberAt.has(k)) return null;
  }
  return null;
}

/**
 * An object after a long subject: «أعدمت "قوات سوريا الديمقراطية"، الذراع المسلح لـ"مسد"، مدنيا»، «اعتقل جيش الاحتلال
 * فجر اليوم، عددا من الفلسطينيين». The gap must name an actor, and the group must follow a break (comma, bracket,
 * quote, time word) or the actor's last word — a group right after a noun is its genitive («منازل المدنيين»).
 */
function objectAfterSubject(ctx: Context, groups: NounGroups, verb: { readonly firstToken: number; readonly lastToken: number }): NounPhrase | null {
  const sentence = ctx.sentenceOf[verb.firstToken];
  // «أعدمت الجماعة صباح اليوم … ثلاثة شبان»: a definite word the lexicons do not know, right after the verb, is a
  // subject too — then only a counted group may be the object.
  // A verb before its subject is singular («أعدمت الجماعة»); «أصيبوا بالقصف، هم 120 رجلا…» has its subject in the verb.
  if ((agreementOfWord(ctx.words[verb.firstToken]!) & AGREE.NUMBER) !== AGREE.SINGULAR) return null;
  // «قتلت المجاعة … 43 ألف شخص»: a disease or hunger as the subject is no conflict agent.
  if (wordIn(ctx, verb.lastToken + 1, DISEASE)) return null;
  // «أصابت القذيفة ثلاثة أطفال»: a verb that also hits things takes people only right past a short subject («أصابت
  // ساحة سيارات خاوية، والأخرى … 120 لاجئا» hit a car park).
  // Time words and commas between, and an actor's words past its first, take no room of that reach: «أصابت قوات
  // الاحتلال الإسرائيلي فجر اليوم السبت شاباً».
  const close = wordIn(ctx, verb.firstToken, OBJECT_NEEDED);
  let reach = close ? CLOSE_OBJECT : SUBJECT_REACH;
  // With no subject named, only adjuncts stand between («واستشهد منذ ذلك الحين 114 فلسطينيا»): the verb itself
  // closes what would be a subject, and only a counted group is its victims.
  // «أعدمت اليوم الجماعة …»، «أعدمت، فجر اليوم، الجماعة …»: time words, bare or between commas, may come first.
  const lead = pastRun(ctx, verb.lastToken + 1, LEADING_TIME, F.TIME | F.COMMA);
  let actorEnd = plainSubject(ctx, lead) ? lead : verb.lastToken;
  let plain = true;
  // The last token of the places read so far: a place name takes no genitive, so a group right after it is no
  // genitive of it («قتل في بلدة كفرنبل بريف إدلب مدنيان وطفل»).
  let placeEnd = -1;
  for (let k = verb.lastToken + 1; k < ctx.n && k <= verb.lastToken + reach && ctx.sentenceOf[k] === sentence; k++) {
    if (close && (ctx.bits[k]! & (F.TIME | F.COMMA) || k <= actorEnd) && reach < SUBJECT_REACH) reach++;
    let named = false;
    // A date is read whole: «تشرين ثاني» holds an ordinal that would read as one more victim.
    const day = dayOfMonthEnd(ctx, k);
    if (day >= 0) {
      placeEnd = Math.max(placeEnd, day);
      k = day;
      continue;
    }
    placeEnd = Math.max(placeEnd, ctx.placeAt.get(k)?.lastToken ?? -1);
    // «أعدمت الجماعة في ساحة عامة بمدينة ذمار أربعة رجال»: a place phrase past the subject, whole; «وقتل في الحادث
    // طفل»: a preposition and its definite nouns — a definite word takes no genitive, so a group after them is none.
    const free = k > actorEnd && groups.startingAt[k]! < 0;
    const adjunct = free ? definiteAdjunctEnd(ctx, k) : -1;
    const past = free ? Math.max(pastPlaceAdjunct(ctx, k), adjunct + 1) : k;
    if (past > k) {
      placeEnd = past - 1;
      // An adjunct's noun may be an actor's («في القصف على غزة ثلاثة أطفال»): a counted group near it is the object.
      if (adjunct === past - 1 && actorWithin(ctx, k, adjunct)) actorEnd = Math.max(actorEnd, adjunct);
      k = past - 1;
      continue;
    }
    for (const a of ctx.actorsAt.get(k) ?? []) {
      actorEnd = Math.max(actorEnd, a.lastToken);
      named = true;
    }
    const noun = ctx.actorNounAt.get(k);
    if (noun) {
      actorEnd = Math.max(actorEnd, noun.lastToken);
      named = true;
    }
    if (named) plain = false;
    // «أعدمت "حركة الشباب" التي يشتبه في علاقتها بالقاعدة صباح اليوم فتاة»: a relative clause on the subject runs to
    // the time word or comma that closes it; what it holds is no object of the verb.
    if (ctx.bits[k]! & F.RELATIVE && !plain && (k - 1 === actorEnd || (k - 2 === actorEnd && ctx.bits[k - 1]! & F.QUOTE))) {
      const end = relativeClauseEnd(ctx, k);
      if (end < 0) return null;
      k = end;
      continue;
    }
    const at = groups.startingAt[k]!;
    // «أعدمت المليشيا في صنعاء 9 مختطفين»: a figure counting people held is an object as a group of people is.
    if (at < 0 && k > actorEnd && ctx.numberAt.has(k)) {
      const held = readNounPhrase(ctx, k, true, true);
      if (held?.countTokens && held.participle && HELD_KINDS.includes(held.participle.entry.kind)) return held;
    }
    if (at >= 0 && k > actorEnd) {
      const g = groups.list[at]!;
      // «الجماعة المسلحة»: a definite word right after the subject is its adjective.
      // A title before a personal name is no adjective but the object: «خطفت الجماعة المحامي فلان».
      if (k === actorEnd + 1 && g.first === g.last && !g.countTokens && ctx.victimAt.get(k)?.article && ctx.victimAt.get(k)!.prefix === '' && !personTitle(ctx, g)) {
        actorEnd = k;
        continue;
      }
      // «مسلحو الحركة»: a plural in construct with the nominative «و» right after the verb is its subject, and the
      // word after it its genitive.
      if (k === verb.lastToken + 1 && !g.countTokens && ctx.victimAt.get(k)?.suffix === 'و') {
        actorEnd = Math.max(g.last, k + 1);
        plain = false;
        k = actorEnd;
        continue;
      }
      // «قتل عمدة البلدة و3 من حراسه»: a group joined by «و» is the subject's conjunct — an object is never joined.
      if (ctx.bits[k]! & F.AND || ctx.words[k - 1] === 'و') return null;
      const before = ctx.bits[k - 1]!;
      // A figure may follow any word of the subject («اعتقلت دورية من الأمن العسكري ٦ شبان») or a definite word or
      // place that ends a time or place phrase («في مدينة الفاشر خمسة متظاهرين»: a definite noun has no genitive);
      // an uncounted noun must follow a break or the actor, else it is a genitive.
      // «قتلت بالرصاص فلسطينياً»: an indefinite group in the accusative right after the weapon is the object too.
      // «أعدم التنظيم في ساحة الدوار وسط المدينة شاباً»: so is one after a definite word or a place, which has no genitive.
      const counted = g.countTokens !== undefined || (objectByEnding(ctx, g) && (ctx.causeAt.has(k - 1) || definiteWord(ctx, k - 1) || ctx.placeAt.has(k - 1)));
      // «اعتقلت السلطات تعسفياً صحفياً»: an adverb of manner closes what comes before it as a comma does.
      const softBreak = (before & (F.COMMA | F.QUOTE | F.TIME)) !== 0 || placeEnd === k - 1 || wordIn(ctx, k - 1, MANNER);
      const afterBreak =
        softBreak || k - 1 === actorEnd || (counted && (k - actorEnd <= 3 || definiteWord(ctx, k - 1) || ctx.placeAt.has(k - 1) || (g.countTokens !== undefined && inDigits(ctx, g.countTokens))));
      const bare = !preposed(ctx, k);
      // The object is read as one right after the verb would be: «اغتال مجهولون أمس، قياديين» are two.
      // «اعتقلت قوات الاحتلال، اليوم، الشاب الفلسطيني فلان»: a titled person is an object too, and right after a
      // definite subject the lexicons do not know («اعتقلت الشرطة الطبيب فلان»), which takes no titled genitive.
      const titled = counted ? -1 : titledEnd(ctx, g);
      // «وقتل، أمس الأربعاء، عنصران»: an uncounted group after a comma or a time word is no genitive either.
      // «اختطفت الجماعة مدير المدرسة»: nor is an office in construct right after a definite subject, which takes no
      // genitive.
      const office = k - 1 === actorEnd && actorEnd === lead ? constructEnd(ctx, g) : -1;
      if (office >= 0) return { ...g, last: office };
      if (plain && !counted && !softBreak && !(titled >= 0 && k - 1 === actorEnd && actorEnd === lead)) return null;
      if (afterBreak && bare && titled >= 0 && !PREPOSITIONS.has(ctx.words[k - 1]!)) return { ...g, last: Math.max(g.last, titled) };
      if (afterBreak && bare && (counted || !ctx.victimAt.get(g.victimTokens?.[0] ?? -1)?.article) && !PREPOSITIONS.has(ctx.words[k - 1]!)) return counted ? g : readNounPhrase(ctx, k, true, true) ?? g;
      // «قتلت قوات الأمن خلال تفريقها المتظاهرين ستة محتجين»: a definite group inside an adjunct is its object, and
      // only a counted group past it may be the verb's.
      if (!counted && k - 1 !== actorEnd && ctx.victimAt.get(g.victimTokens?.[0] ?? -1)?.article) {
        plain = true;
        k = g.last;
        continue;
      }
      return null;
    }
    // «وقتل في ريف المدينة 99 بينهم 25 طفلا»: a group past «بينهم» is a part of the victims before it, not the object.
    if (ctx.bits[k]! & (F.END | F.OPENER | F.RELATIVE | F.INCLUDES) || ctx.casualtyAt.has(k)) return null;
  }
  return null;
}

/**
 * The last token of a relative clause opened at `k` that a time word or comma closes («التي يشتبه في علاقتها بالقاعدة
 * صباح اليوم»), -1 when none does within reach or the clause tells a casualty or a figure of its own. @internal
 */
export function relativeClauseEnd(ctx: Context, k: number): number {
  const sentence = ctx.sentenceOf[k];
  for (let e = k + 1; e < ctx.n && e <= k + RELATIVE_REACH && ctx.sentenceOf[e] === sentence; e++) {
    if (ctx.bits[e]! & (F.TIME | F.COMMA)) return e - 1;
    if (ctx.casualtyAt.has(e) || ctx.numberAt.has(e) || ctx.bits[e]! & (F.END | F.RELATIVE)) return -1;
  }
  return -1;
}
// How many words a relative clause on a verb's subject may hold before the time word that closes it.
const RELATIVE_REACH = 10;

/**
 * Whether the word at `k` carries a preposition or «ف», which make it an adjunct and no object: read off a victim
 * word's own clitics where the lexicon knows it («فلسطينيين»، «لاجئين»، «باحث» open with those letters), else its first
 * letter; a figure carries none.
 */
function preposed(ctx: Context, k: number): boolean {
  return !ctx.numberAt.has(k) && /^[بلف]/u.test(ctx.victimAt.get(k)?.prefix ?? ctx.words[k]!);
}

/**
 * «أعدموا رمياً بالرصاص خمسة شبان»، «المسلح قتل بالرصاص ثلاثة شبان»، «اعتقلوا صباح اليوم في بلدة عرابة 4 شبان»، «اعتقلوا،
 * مساء أمس، ستة شبان»: past a verb with no subject after it, its weapon, time words (also between commas) and a place, a
 * group of victims counted or marked as an object by its ending («شابين»، «فلسطينياً»), or a titled person, is its object —
 * any group after a plural verb (`anyGroup`), whose subject a noun after it cannot be.
 * Nothing else is stepped over: «أصيبوا بجروح، 3 منهم …» counts a part of them, and a group after a comma may start a
 * clause of its own. @internal
 */
export function objectPastAdjuncts(ctx: Context, k: number, anyGroup = false): NounPhrase | null {
  const sentence = ctx.sentenceOf[k];
  const end = Math.min(ctx.n, k + ADJUNCTS_REACH);
  let stepped = false;
  while (k < end && ctx.sentenceOf[k] === sentence) {
    // «اغتالوا يوم أمس الأربعاء، عنصرين»: a comma that closes the time words is stepped over with them.
    const closesTime = stepped && ctx.bits[k]! & F.COMMA && ctx.bits[k - 1]! & F.TIME;
    const over = Math.max(ctx.causeAt.get(k)?.lastToken ?? -1, ctx.bits[k]! & F.TIME || closesTime ? k : -1, PREPOSITIONS.has(ctx.words[k]!) ? placePhraseEnd(ctx, k + 1) : placePhraseEnd(ctx, k), timeBetweenCommas(ctx, k), agoEnd(ctx, k));
    if (over < k) break;
    k = over + 1;
    stepped = true;
  }
  const g = stepped && k < end && !preposed(ctx, k) ? readNounPhrase(ctx, k) : null;
  if (!g?.victimTokens) return null;
  // A nationality right after a weapon is its adjective («بغارات أمريكية»), no object.
  if (g.countTokens || objectByEnding(ctx, g) || (anyGroup && !g.participle && ctx.victimAt.get(g.victimTokens[0])?.entry.role !== 'nationality')) return g;
  // «اعتقلوا في بلدة عرابة الشاب فلان»: a titled person is an object there too, to the end of his name.
  const titled = titledPersonEnd(ctx, g);
  return titled >= 0 ? { ...g, last: Math.max(g.last, titled) } : null;
}

/**
 * The last token of a preposition and the definite words after it at `k` («في الحادث»، «بالانفجار الثاني»، «جراء
 * القصف المدفعي»), none of them people, a casualty word or a figure, and of the place prepositions and definite words
 * that go on from it («في الانفجار أمام المبنى»); -1 if none.
 */
function definiteAdjunctEnd(ctx: Context, k: number): number {
  let end = -1;
  for (let at = k, links = 0; links < ADJUNCT_LINKS; links++) {
    const j = prepositionalDefinite(ctx, at);
    if (j < 0) break;
    end = j;
    // Only through an adverb of place: after «في/على/من» a group may be the subject again («في الهجوم على القرية رجل»).
    if (!PLACE_ADVERB.has(ctx.words[j + 1] ?? '')) break;
    at = j + 1;
  }
  // «وأصيب في القصف أيضاً ثلاثة أطفال»
  return end >= 0 && ALSO.has(ctx.words[end + 1] ?? '') ? end + 1 : end;
}
// How many prepositional phrases an adjunct may chain: «في الانفجار أمام المبنى قرب السوق».
const ADJUNCT_LINKS = 3;

/** Whether an actor or an actor's noun starts at a token from `from` to `to`. */
function actorWithin(ctx: Context, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (ctx.actorNounAt.has(j) || ctx.actorsAt.has(j)) return true;
  return false;
}

/** One preposition (or «بال») at `k` and its definite noun with its adjectives: its last token, else -1. */
function prepositionalDefinite(ctx: Context, k: number): number {
  const bare = PREPOSITIONS.has(ctx.words[k]!) || PLACE_PREPOSITION.has(ctx.words[k]!);
  let j = bare ? k + 1 : /^بال/u.test(ctx.words[k]!) ? k : -1;
  // «في طريق الشوك»: nouns in construct before the definite one, after a bare preposition.
  for (let n = 0; bare && n < 2 && plainWord(ctx, j) && !/^ال/u.test(ctx.words[j]!); n++) j++;
  if (j < 0 || !adjunctWord(ctx, j)) return -1;
  const last = j + DEFINITE_ADJUNCT_WORDS - 1;
  while (j < last && adjunctWord(ctx, j + 1)) j++;
  return j;
}

/** A definite word of an adjunct: no casualty word, people only as a nationality («الإسرائيلي»), a figure only as an ordinal («الثاني»). */
function adjunctWord(ctx: Context, j: number): boolean {
  const victim = ctx.victimAt.get(j);
  const num = ctx.numberAt.get(j);
  return definiteWord(ctx, j) && !ctx.casualtyAt.has(j) && (!victim || victim.entry.role === 'nationality') && (!num || num.kind === 'ordinal');
}
// How many definite words an adjunct may hold: «في الهجوم الصاروخي الأخير».
const DEFINITE_ADJUNCT_WORDS = 3;

/** The last token of a span back in time at `k` («قبل 3 أيام»، «قبل يومين»، «منذ أسبوعين»), else -1. */
function agoEnd(ctx: Context, k: number): number {
  if (ctx.words[k] !== 'قبل' && ctx.words[k] !== 'منذ') return -1;
  const unit = ctx.numberAt.get(k + 1)?.lastToken ?? k;
  return PERIOD_WORDS.has(ctx.words[unit + 1] ?? '') ? unit + 1 : -1;
}
// Periods and durations, and the accusative singular after a figure («عشرين عاما»، «قبل 20 يوما»).
const PERIOD_WORDS = /* @__PURE__ */ new Set([...PERIODS, ...DURATIONS, 'عاما', 'شهرا', 'يوما', 'اسبوعا']);

/** The last token of a time between commas at `k` («، مساء أمس،»), else -1. */
function timeBetweenCommas(ctx: Context, k: number): number {
  if (!(ctx.bits[k]! & F.COMMA)) return -1;
  const j = pastRun(ctx, k + 1, LEADING_TIME, F.TIME);
  return j > k + 1 && j < ctx.n && ctx.bits[j]! & F.COMMA ? j : -1;
}

/** How many tokens of weapon, time and place may stand between a plural verb and its object. */
const ADJUNCTS_REACH = 8;

/**
 * Past a place adjunct at `k` — a preposition of place and a place phrase («في ريف المدينة»، «في البلدة»، «في بلدة
 * عرابة»), or a place phrase with «ب» attached («بريف إدلب») — the token after it; `k` when none stands there. A verb's
 * subject may follow it: «وأصيب في ريف المدينة آخرون». @internal
 */
export function pastPlaceAdjunct(ctx: Context, k: number): number {
  const end = PLACE_PREPOSITION.has(ctx.words[k] ?? '') ? placePhraseEnd(ctx, k + 1) : (ctx.words[k] ?? '').startsWith('ب') ? placePhraseEnd(ctx, k) : -1;
  return end >= 0 ? end + 1 : k;
}
const PLACE_PREPOSITION = /* @__PURE__ */ new Set(PLACE_PREPOSITIONS);
const PLACE_ADVERB = /* @__PURE__ */ new Set(PLACE_PREPOSITIONS.filter((w) => !PREPOSITIONS.has(w)));

/**
 * A place phrase from `k` — a known place, or a place noun («بلدة»، «بمدينة») and the name after it — and its last
 * token, or -1: «في بلدة عرابة»، «بمدينة الفاشر».
 */
function placePhraseEnd(ctx: Context, k: number): number {
  const place = ctx.placeAt.get(k);
  if (place) return place.lastToken;
  if (!wordIn(ctx, k, PLACE_HEADS)) return -1;
  return ctx.placeAt.get(k + 1)?.lastToken ?? (/^(ال|بال)/u.test(ctx.words[k]!) || ctx.numberAt.has(k + 1) ? k : k + 1);
}

/**
 * How far past its verb an object may stand behind a long subject and adjuncts: «اعتقلت المخابرات الجوية التابعة للحكومة
 * السورية، مساء أمس الثلاثاء، في مدينة الشيخ مسكين بريف درعا الشمالي، ثمانية شبان».
 */
const SUBJECT_REACH = 24;
// How many time words and commas may stand between a verb and its subject: «، صباح اليوم الأحد،».
const LEADING_TIME = 5;
// How far past a verb that needs its object («أصاب») the object may stand: a subject of a word or two between.
const CLOSE_OBJECT = 3;

/** «12 شابا»: a figure written in digits is no genitive of the word before it («مخيم جنين 12 شابا»). */
function inDigits(ctx: Context, span: readonly [number, number]): boolean {
  for (let k = span[0]; k <= span[1]; k++) if (/^[0-9٠-٩]/u.test(ctx.words[k]!)) return true;
  return false;
}

/** A title of a person (no nationality, which is the subject's adjective: «القوات الأمريكية») before his name. */
function personTitle(ctx: Context, g: NounPhrase): boolean {
  return ctx.victimAt.get(g.first)?.entry.role !== 'nationality' && titledEnd(ctx, g) >= 0;
}

/** The last token of the titled person(s) the group `g` opens, -1 if none; a pair («الشاب فلان والطفل فلان») ends at its second. */
function titledEnd(ctx: Context, g: NounPhrase): number {
  const end = titledPersonEnd(ctx, g);
  if (end >= 0 || g.count?.value !== 2) return end;
  const single = readNounPhrase(ctx, g.first, false, false, false);
  return single && titledPersonEnd(ctx, single) >= 0 ? g.last : -1;
}

/**
 * «13 أيلول»، «5 تشرين الأول 2023»: a day, a month name and an optional year, the last token of which (-1 if none); a
 * date, like a place, takes no genitive, so what follows it may be the verb's object.
 */
function dayOfMonthEnd(ctx: Context, k: number): number {
  if (ctx.numberAt.get(k)?.kind !== 'cardinal' || !/^[0-9٠-٩]+$/u.test(ctx.words[k]!)) return -1;
  let end = monthNameEnd(ctx, k + 1);
  if (end < 0) return -1;
  // «23 نوفمبر/ تشرين الثاني»، «5 حزيران (يونيو)»: the month's second name, after a slash or in brackets.
  const second = PAIRING.has(ctx.words[end + 1] ?? '') ? monthNameEnd(ctx, end + 2) : -1;
  if (second >= 0 && (ctx.words[end + 1] !== '(' || ctx.words[second + 1] === ')')) end = ctx.words[end + 1] === '(' ? second + 1 : second;
  return /^[0-9٠-٩]{4}$/u.test(ctx.words[end + 1] ?? '') ? end + 1 : end;
}

const PAIRING = /* @__PURE__ */ new Set(['/', '-', '(']);
const MANNER = /* @__PURE__ */ new Set(MANNER_ADVERBS);

/** The last token of a month's name at `k` (one word or two: «تشرين الثاني»), -1 if none. @internal */
export function monthNameEnd(ctx: Context, k: number): number {
  const two = TWO_WORD_MONTH.has(ctx.words[k] ?? '');
  return MONTH_NAMES.has(two ? `${ctx.words[k]} ${ctx.words[k + 1]}` : (ctx.words[k] ?? '')) ? k + (two ? 1 : 0) : -1;
}

/**
 * The object of a casualty verb past its subject, read as it would be right after the verb: an uncounted «-ين» noun
 * with a broken plural is a dual there too («أعدمت السلطات رجلين»، «اعتقلت الشرطة شابين»).
 */
function asObject(ctx: Context, g: NounPhrase): NounPhrase {
  const v = g.victimTokens ? ctx.victimAt.get(g.victimTokens[0]) : undefined;
  if (g.countTokens || g.count?.vague !== 'some' || !v || v.suffix !== 'ين') return g;
  // «مجاهدين»، «مسؤولين»: a participle or nisba takes the sound plural, whose «-ين» is the group.
  const base = formWords(v.form);
  if (takesSoundPlural(base[base.length - 1]!)) return g;
  const again = readNounPhrase(ctx, g.first, true, true);
  return again && again.last === g.last && again.count?.value === 2 ? { ...g, count: again.count } : g;
}

/** A definite word with no lexicon reading and no preposition: «الجماعة»، «المسلحون». */
function plainSubject(ctx: Context, k: number): boolean {
  return /^ال/u.test(ctx.words[k] ?? '') && definiteWord(ctx, k) && !(ctx.victimAt.has(k) || ctx.casualtyAt.has(k) || ctx.numberAt.has(k) || ctx.placeAt.has(k) || ctx.causeAt.has(k) || ctx.bits[k]! & (F.TIME | F.RELATIVE | F.OPENER));
}

/** A word with the article, bare or after a preposition («الفاشر»، «بالمدينة»), that is no function word. */
function definiteWord(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return /^(ال|بال|لل|وال)/u.test(w) && w.length > 4 && !PREPOSITIONS.has(w) && !(ctx.bits[k]! & (F.RELATIVE | F.OPENER));
}

/** A pronoun of two or more on a phrase's last word: «رؤوسهم»، «أثرهما». */
const HEAD_PRONOUN = /(هما|هم|هن)$/u;

/**
 * Stage 3: casualty verbs linked to an object after a long subject (the subject before is {@link subjectVerb}), or,
 * with no victims named anywhere, counted by their ending ({@link victimsInEnding}). @internal
 */
export function linkVerbs(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  // Verbs some earlier reading already took as its trigger («قتل وأصيب 20 شخصا»).
  const read = new Uint8Array(ctx.n);
  for (const c of out) for (let k = c.trigger[0]; k <= c.trigger[1]; k++) read[k] = 1;
  for (const m of ctx.casualtyAt.values()) {
    if (m.entry.pos !== 'verb' || !(m.prefix === '' || m.prefix === 'و' || m.prefix === 'ف')) continue;
    const after = readNounPhrase(ctx, m.lastToken + 1);
    if (after) {
      // «اعتقلت قوات الأمن سامر عودة»: forces named right after the verb are its subject, the names its victims.
      const forces = !after.countTokens && ctx.actorNounAt.has(after.first);
      const names = forces ? namedObjects(ctx, m) : null;
      // «اعتقلت قوات الاحتلال، اليوم، الشاب فلان»: or a titled person past them and the time words.
      const object = forces && !names && !read[m.firstToken] ? objectAfterSubject(ctx, groups, m) : null;
      if (names) out.push(namedCandidate(m, names));
      else if (object) out.push(fromGroup(m, asObject(ctx, object), m.firstToken, object.last, 'verb-subject-object'));
      continue;
    }
    // «طفل قتل في القصف»: a verb with its subject before it has its victims there.
    if (m.prefix === '' && subjectVerb(ctx, groups, m.entry.kind, [m.firstToken, m.lastToken], m)) continue;
    // «وتوفي في الحادث على الطريق رجل»: a verb of natural death takes its subject only with a wound or weapon.
    const object = naturalDeath(ctx, m) ? null : objectAfterSubject(ctx, groups, m);
    const names = object ? null : namedObjects(ctx, m);
    if (object) out.push(fromGroup(m, asObject(ctx, object), m.firstToken, object.last, 'verb-subject-object'));
    else if (names) out.push(namedCandidate(m, names));
    // «قتلنا»: we — the speakers did it, or suffered it; the ending counts no victims.
    else if (!read[m.firstToken] && m.suffix !== 'نا' && victimsInEnding(ctx, m)) {
      // «وقطعت رؤوسهم»، «فقد أثرهم»: a phrase whose last word carries a pronoun has its victims there, not in the verb.
      const pronoun = m.lastToken > m.firstToken ? HEAD_PRONOUN.exec(ctx.words[m.lastToken]!)?.[1] : undefined;
      const agree = pronoun ? (pronoun === 'هما' ? AGREE.DUAL : AGREE.PLURAL) : agreementOfWord(ctx.words[m.firstToken]!) & AGREE.NUMBER;
      const c: Candidate = {
        kind: m.entry.kind, first: m.firstToken, last: m.lastToken, trigger: [m.firstToken, m.lastToken],
        count: pronoun ? countOfPronoun(pronoun) : countOfEnding(ctx.words[m.firstToken]!), victims: 'unspecified', others: false, rule: 'verb-alone',
      };
      // «اختطفوا ثلاثة جنود … وأعدموا رميا بالرصاص»: a plural ending points to the group before it, as a pronoun does;
      // a dual pronoun («وقطعوا رأسيهما» after «جنديين») takes that group's class, its count two.
      const g = agree === AGREE.PLURAL || (pronoun && agree === AGREE.DUAL) ? antecedent(ctx, groups, m.firstToken) : null;
      if (g) {
        if (agree === AGREE.PLURAL) c.count = g.count;
        c.victims = g.victims ?? 'unspecified';
      }
      out.push(c);
    }
  }
}

const NAMING = /* @__PURE__ */ new Set(NAMING_VERBS);
const SUBJECT_NAMING = /* @__PURE__ */ new Set(SUBJECT_NAMING_VERBS);
const NAME_SKIP = /* @__PURE__ */ new Set(NAME_ADVERBS);
const NOT_NAMES = /* @__PURE__ */ new Set(NOT_NAME_WORDS);
const NICKNAME_WORDS = /* @__PURE__ */ new Set(NICKNAMED);
const CHARGE = /* @__PURE__ */ new Set(CHARGES);
const SPAN_WORDS = /* @__PURE__ */ new Set([...SINCE_WORDS, ...DURING_WORDS]);
// How many words a person's name may have («ثائر أبو دية»، «رياض حمدان الدللي»), and how many names a list may hold.
const NAME_WORDS = [2, 4] as const;
const MAX_NAMES = 8;

// A past verb's subject endings: «اعتقل»، «اعتقلت»، «اعتقلوا»، «اعتقلا»، «اعتقلتا».
const PAST_ENDINGS = /* @__PURE__ */ new Set(['', 'ت', 'وا', 'ا', 'تا']);

function namedCandidate(m: LexMatch<'casualtyWords'>, names: { count: number; first: number; last: number }): Candidate {
  // The names are the victims' words: an actor between the verb and them is its subject.
  return { kind: m.entry.kind, first: m.firstToken, last: names.last, trigger: [m.firstToken, m.lastToken], count: { value: names.count }, victims: 'people', victimTokens: [names.first, names.last], others: false, rule: 'verb-names' };
}

/** Whether `w` is one of `verbs` in the past, after an optional «و/ف» («واعتقلت»). */
function namingVerb(w: string, verbs: ReadonlySet<string>): boolean {
  for (const v of verbs) for (const pre of ['', 'و', 'ف']) if (w.startsWith(pre + v) && PAST_ENDINGS.has(w.slice(pre.length + v.length))) return true;
  return false;
}

/** A word that may stand in a personal name: no lexicon reading, no function word; a first word must open a name ({@link opensName}). @internal */
export function nameWord(ctx: Context, k: number, first: boolean): boolean {
  if (k >= ctx.n || !(ctx.bits[k]! & F.WORD) || ctx.bits[k]! & (F.TIME | F.RELATIVE | F.OPENER | F.INCLUDES | F.OTHERS | F.ORDINAL | F.END)) return false;
  // «بعضهم»: a word with a plural pronoun is no name.
  if ((lexiconReads(ctx, k) && (first || !(victimSurname(ctx, k) || placeSurname(ctx, k)))) || NOT_NAMES.has(ctx.words[k]!) || (ctx.words[k]!.length > 3 && /(?:هم|هما|هن)$/u.test(ctx.words[k]!))) return false;
  const w = first ? withoutAnd(ctx, k) : ctx.words[k]!;
  if (!aliAt(ctx, k, first) && (PREPOSITIONS.has(w) || ADJUNCTS.has(w) || NAME_SKIP.has(w) || CHARGE.has(w) || /^(بال|لل|كال)/u.test(w))) return false;
  // «وتظهر عليها آثار»: a preposition with its pronoun stands in no name.
  if (w.length <= 6 && PRONOUN_PREPOSITION.test(w)) return false;
  // «قيادات بارزة»، «مهربي بشر»: a class of people opens no name.
  return !first || opensName(ctx, k);
}

/**
 * «سامر زيد ذيبان»: a place of one bare word (no clitic, no article, nothing else reading it) right after a name word
 * is a surname — a site takes a preposition or a place noun («في ذيبان»، «بلدة ذيبان»).
 */
function placeSurname(ctx: Context, k: number): boolean {
  const p = ctx.placeAt.get(k);
  return p !== undefined && p.lastToken === k && p.prefix === '' && !p.article && !readsBesidesPlace(ctx, k) && plainWord(ctx, k - 1) && !wordIn(ctx, k - 1, PLACE_HEADS);
}

/**
 * A preposition with a pronoun: «عليها»، «منهم»، «فيه»، «له». Not «عليه» and «منه» alone, which are also the names
 * «علية» and «منة» once the ta marbuta is normalized.
 */
const PRONOUN_PREPOSITION = /^(?:(?:علي|الي|من|عن|في|مع|لدي|عند|بين|ل|ب)(?:ها|هم|هما|هن|نا)|(?:الي|عن|في|مع|لدي|عند|بين|ل|ب)ه)$/u;

/** Whether the definite victim noun at `k` titles a personal name after it. */
function isTitled(ctx: Context, k: number): boolean {
  const np = readNounPhrase(ctx, k, false, false, false);
  return np !== null && titledPersonEnd(ctx, np) >= 0;
}

/** «حكما غيابيا»: two words in a row with the accusative «ا» are a noun and its adjective, not a name. */
function accusativePair(ctx: Context, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (ctx.words[j - 1]!.endsWith('ا') && ctx.words[j]!.endsWith('ا')) return true;
  return false;
}

/**
 * Whether token `k` ends a run of names: the end of the sentence, a comma, a time word, a preposition, a new «و» clause
 * or a clause opener («قتل فلان الفلاني فيما أصيب آخر»).
 */
function endsNames(ctx: Context, k: number, sentence: number): boolean {
  if (k >= ctx.n || ctx.sentenceOf[k] !== sentence) return true;
  const w = ctx.words[k]!;
  // «اغتيال شيخ عشيرة تركماني»: a bare nationality after the name is its adjective.
  const v = ctx.victimAt.get(k);
  if (v && v.entry.role === 'nationality' && !v.article && v.prefix === '' && v.lastToken === k) return true;
  // «اعتقلت فلان الفلاني عقب اقتحام منزله»: a word that stands in no name; «فلان الفلاني 33 عاما»: his age.
  if (CAUSES.has(w) || (ctx.numberAt.has(k) && AGE_UNITS.has(ctx.words[ctx.numberAt.get(k)!.lastToken + 1] ?? ''))) return true;
  return (ctx.bits[k]! & (F.END | F.COMMA | F.TIME | F.AND | F.OPENER)) !== 0 || PREPOSITIONS.has(w) || ADJUNCTS.has(w) || CHARGE.has(w) || ctx.causeAt.has(k) || titleAfterName(ctx, k);
}

const AGE_UNITS = /* @__PURE__ */ new Set(AGE_WORDS);
const CAUSES = /* @__PURE__ */ new Set(CAUSE_WORDS);

const TITLES_AFTER = /* @__PURE__ */ new Set(TITLES_AFTER_NAME);
const NAMED_TITLES = /* @__PURE__ */ new Set(NAMED_TITLES_AFTER_NAME);

/**
 * «مختار البلدة»، «قائد اللواء»، «رئيس بلدية ناحته»، «مدير مكتب الرئيس»: an office in construct with a definite word
 * (itself or past one indefinite genitive) or a place noun at `k`.
 */
function titleAfterName(ctx: Context, k: number): boolean {
  const named = NAMED_TITLES.has(ctx.words[k]!);
  if ((!named && !TITLES_AFTER.has(ctx.words[k]!)) || ctx.sentenceOf[k + 1] !== ctx.sentenceOf[k]) return false;
  const next = ctx.words[k + 1] ?? '';
  // «مختار البلدة»: a title that is a name too heads a place only.
  const place = PLACE_HEADS.has(next) || (next.startsWith('ال') && PLACE_HEADS.has(next.slice(2)));
  const definite = next.startsWith('ال') || (ctx.sentenceOf[k + 2] === ctx.sentenceOf[k] && !(ctx.bits[k + 1]! & (F.COMMA | F.END)) && (ctx.words[k + 2] ?? '').startsWith('ال'));
  return place || (!named && definite);
}

/**
 * «واعتقلت سامر عودة ونادر خليل»، «أعدم التنظيم، رامي حسن الجاسم، ووليد عمر»: personal names after a past verb of arrest
 * or execution and its subject, one person per name, joined by «و» or commas (rule `verb-names`). A name is two to four
 * words no lexicon knows, the first with no article; the list must end at a break.
 */
function namedObjects(ctx: Context, m: LexMatch<'casualtyWords'>): { count: number; first: number; last: number } | null {
  // «الأسرى الذين اعتقلوا منذ …»: a verb in a relative clause has its victims before it.
  const w = ctx.words[m.firstToken]!;
  const subject = namingVerb(w, SUBJECT_NAMING);
  if (!(subject || namingVerb(w, NAMING)) || (m.firstToken > 0 && ctx.bits[m.firstToken - 1]! & F.RELATIVE)) return null;
  // «وكان جرح سامر بسيطا»، «ما زال جرح غزة مفتوحا»: after «كان/زال» the word is the noun, a wound or a killing.
  const before = m.firstToken > 0 ? withoutAnd(ctx, m.firstToken - 1) : '';
  if (WAS.has(before) || STILL.has(before)) return null;
  const sentence = ctx.sentenceOf[m.firstToken]!;
  let k = m.lastToken + 1;
  // The subject: actor phrases or a definite word the lexicons do not know right after the verb («أعدمت الجماعة»), the
  // definite words after them («قوات الأمن»، «الشرطة الإسرائيلية»), commas, time words and adverbs.
  for (let guard = 0; guard < 8 && k < ctx.n; guard++) {
    const end = Math.max(ctx.actorsAt.get(k)?.reduce((e, a) => Math.max(e, a.lastToken), -1) ?? -1, ctx.actorNounAt.get(k)?.lastToken ?? -1);
    const definite = /^ال/u.test(ctx.words[k]!) && !ctx.numberAt.has(k) && !ctx.placeAt.has(k) && !ctx.casualtyAt.has(k);
    // «اعتقلت قوات الأمن عناصر خلية»: after the subject, members of a side are the victims, counted by no name.
    // Right after the verb they are its subject only with a definite side after them («عناصر الأمن»).
    // So are they with the nominative «ون» («اغتال مسلحون مجهولون فلان»).
    if (ctx.victimAt.has(k) && ctx.actorNounAt.has(k) && !ctx.actorsAt.has(k) && (k > m.lastToken + 1 || !(/^ال/u.test(ctx.words[k + 1] ?? '') || ctx.victimAt.get(k)!.suffix === 'ون'))) return null;
    if (end >= k) k = end + 1;
    else if (definite && ctx.victimAt.has(k) && isTitled(ctx, k)) return null; // «الشاب ماهر سليم»: a titled person is one group
    else if (definite && (k > m.lastToken + 1 || !ctx.victimAt.has(k))) k++;
    else if (SPAN_WORDS.has(ctx.words[k]!)) return null; // «منذ بدء الحملة»: a span of time, no names
    else if (ctx.bits[k]! & (F.COMMA | F.TIME) || NAME_SKIP.has(ctx.words[k]!) || resumptiveAt(ctx, k)) k++;
    else break;
  }
  // «اغتالوا أيضاً "فلان"»: or one name in quotes.
  const quoted = quotedPersonEnd(ctx, k);
  if (quoted >= 0) return { count: 1, first: k, last: quoted };
  const names = namesFrom(ctx, k, sentence);
  // After «أصيب» a definite second word may be a genitive («أصيب مهاجم المنتخب»), unless a weapon or wounds follow
  // («فيما أصيب مأمون الزهري برصاص قناص»).
  return subject && names && ctx.words[k + 1]?.startsWith('ال') && !violenceAt(ctx, names.last + 1) ? null : names;
}

/**
 * A weapon, a cause or wounds at `k` («برصاص»، «بشظايا»، «بجروح»), or a word opening a cause before a verbal noun whose
 * pronoun is the person's («جراء استهدافه»; «خزان المياه جراء القصف» is a thing hit).
 */
function violenceAt(ctx: Context, k: number): boolean {
  return ctx.causeAt.has(k) || wordIn(ctx, k, WOUNDS) || (wordIn(ctx, k, VIOLENT) && plainWord(ctx, k + 1) && verbalNounWithPronoun(ctx, k + 1));
}

/**
 * Whether the word at `k` reads as a verbal noun with a pronoun («استهدافه»، «اغتيالها»، «إصابته»): «ه/ها» after «ا» and
 * one letter, or after «ت». Told by the letters before it, as the fold writes «ة» as «ه» too: «عاصفة» is no such word.
 */
function verbalNounWithPronoun(ctx: Context, k: number): boolean {
  return /(?:ا[^ا]|[^ا]ت)(?:ه|ها)$/u.test(ctx.words[k] ?? '');
}

/** A list of personal names from token `k`, one person per name, ending at a break (see {@link namedObjects}). */
function namesFrom(ctx: Context, k: number, sentence: number, joined = false): { count: number; first: number; last: number } | null {
  let count = 0;
  let last = -1;
  const first = k;
  while (count < MAX_NAMES) {
    let j = k;
    // The first name follows the verb or its subject directly: no «و» opens it.
    if (count === 0 && !joined && ctx.bits[k]! & F.AND) break;
    // «محمود أحمد الحلاق الملقب بأبو عمر الجبابي»: a nickname after a name ends it.
    while (j < ctx.n && j - k < NAME_WORDS[1] && ctx.sentenceOf[j] === sentence && nameWord(ctx, j, j === k) && !(j > k && ctx.bits[j]! & F.AND) && !NICKNAME_WORDS.has(ctx.words[j]!) && !(j - k >= NAME_WORDS[0] && titleAfterName(ctx, j))) j++;
    // The nickname words are definite and take no clitic: the word itself is asked, no reading of it.
    const nicknamed = NICKNAME_WORDS.has(ctx.words[j] ?? '');
    if (j - k < NAME_WORDS[0] || !(nicknamed || endsNames(ctx, j, sentence)) || accusativePair(ctx, k, j)) break;
    count++;
    last = j - 1;
    // «فلان الملقب بأبو خالد، وفلان»: past the nickname the list goes on.
    if (nicknamed) {
      const nick = nicknameEnd(ctx, j - 1);
      if (nick < j) break;
      j = nick + 1;
    }
    // The next name follows a comma (with or without «و») or a word with «و».
    const next = ctx.bits[j]! & F.COMMA ? j + 1 : j;
    if (next >= ctx.n || !(ctx.bits[next]! & F.AND || next > j) || !nameWord(ctx, next, true)) break;
    k = next;
  }
  return count ? { count, first, last } : null;
}

/**
 * «لمقتل "قاسم سليماني"»، «أصيب "دلف"»: a name between quotes opening at `k` ({@link quotedNameEnd}) whose every word may
 * stand in a personal name («"داعش"» is a side) — the closing quote, else -1.
 */
function quotedPersonEnd(ctx: Context, k: number): number {
  const end = quotedNameEnd(ctx, k);
  for (let j = k + 1; j < end; j++) if (!nameWord(ctx, j, j === k + 1)) return -1;
  return end;
}

/**
 * «استشهد الشهيد فلان، ومحمد العزيزي»: personal names joined by a comma and «و» at `k`, past a titled person's
 * name — how many and the last token. @internal
 */
export function joinedNames(ctx: Context, k: number): { count: number; last: number } | null {
  // A comma before the «و»: «الشاب فلان وصادرت هاتفه» goes on with a verb of its own.
  if (k + 1 >= ctx.n || !(ctx.bits[k]! & F.COMMA) || !(ctx.bits[k + 1]! & F.AND) || ctx.sentenceOf[k + 1] !== ctx.sentenceOf[k]) return null;
  return namesFrom(ctx, k + 1, ctx.sentenceOf[k]!, true);
}

/** «الشهيد عبد الرحمن صبح، ومحمد العزيزي»: the personal names at `k` after a title, one person each. @internal */
export function namesAt(ctx: Context, k: number): { count: number; last: number } | null {
  return k < ctx.n ? namesFrom(ctx, k, ctx.sentenceOf[k]!) : null;
}

/**
 * «مقتل سامر عودة ونادر خليل»، «اغتيال "رامي حسن"»: personal names right after a singular verbal noun, one person
 * each (a `noun-count` group of `people`); a name in quotes is one. None after a definite noun or a plural
 * («الاعتقالات»، «إعدامات»), which tell events, not persons.
 */
export function namesAfterNoun(ctx: Context, m: LexMatch<'casualtyWords'>): NounPhrase | null {
  // «اعتقالهم»: a noun with a pronoun has its person already.
  if (m.entry.pos !== 'noun' || m.article || m.suffix !== '' || /ات$/u.test(m.form)) return null;
  const k = m.lastToken + 1;
  // «إصابة خطيرة»: after a noun in ة, a word in ة is its adjective, not a woman's name.
  if (/ه$/u.test(m.form) && /ه$/u.test(ctx.words[k] ?? '')) return null;
  if (QUOTES.has(ctx.words[k] ?? '')) {
    const j = quotedPersonEnd(ctx, k);
    return j < 0 ? null : { first: k, last: j, count: { value: 1 }, victims: 'people', victimTokens: [k + 1, j - 1], others: false };
  }
  const names = namesFrom(ctx, k, ctx.sentenceOf[m.firstToken]!);
  if (!names) return null;
  return { first: k, last: names.last, count: { value: names.count }, victims: 'people', victimTokens: [names.first, names.last], others: false };
}

/**
 * The counted group nearest before token `i` in its sentence, if the nearest group there is counted. With a `pronoun`
 * it must agree with it in number and gender («ه» one man, «ها» one woman, «هما» two, «هم» more): «اشترى الرجل
 * سيارة ثم باعها» points at no person. With `subjectGoesOn` the verb at `i` has no subject of its own after it, so
 * the subject of the clause's first verb goes on as its subject and is no object: «أوقفه الشرطي ثم اعتقله».
 */
function antecedent(ctx: Context, groups: NounGroups, i: number, pronoun?: string, subjectGoesOn = false): NounPhrase | null {
  const subject = subjectGoesOn ? clauseSubject(ctx, groups, i) : -1;
  for (let k = i - 1; k >= 0 && k >= i - ANTECEDENT_REACH && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
    // «أطلق الجندي النار على المهاجم وقتله»: the one fired at, not the shooter before, is the pronoun's antecedent.
    if (phraseAt(ctx, k, SHOT_AT)) return null;
    const at = groups.endingAt[k]!;
    if (at < 0) continue;
    const g = groups.list[at]!;
    if (!g.count || g.others) return null;
    if (at !== subject && (pronoun === undefined || agreesWithPronoun(ctx, g, pronoun))) return g;
    k = g.first;
  }
  return null;
}

const AS_MANY_WORDS = /* @__PURE__ */ new Set(AS_MANY);

/**
 * «قتل ثلاثة مدنيين وأصيب مثلهم»: «مثلهم» right after a casualty verb or noun is as many as the counted group told
 * before it in the sentence (agreeing with the pronoun); its class is the mention's before, as for «آخرين» (the
 * `as-many` rule).
 */
export function linkAsMany(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 1; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.AS_MANY) || !AS_MANY_WORDS.has(ctx.words[i]!)) continue;
    const m = ctx.casualtyEndingAt.get(i - 1);
    if (!m || m.entry.pos === 'participle') continue;
    const g = antecedent(ctx, groups, m.firstToken, ctx.words[i]!.slice(3));
    if (!g?.count || g.victims === null) continue;
    // «وقتل مثلهم من القوات العسكرية»: as many of a side are its members, refined by it as a side's fighters are.
    const side = ctx.words[i + 1] === 'من' ? Math.max(-1, ...(ctx.actorsAt.get(i + 2) ?? []).map((a) => a.lastToken)) : -1;
    // «وأصيب مثلهم من النساء»: as many of a class named after it are of that class.
    const of = side < 0 && ctx.words[i + 1] === 'من' ? ctx.victimAt.get(i + 2) : undefined;
    const victims = side > 0 ? 'fighters' : of ? victimClass(of) : g.victims;
    out.push({ kind: m.entry.kind, first: m.firstToken, last: Math.max(i, side, of?.lastToken ?? -1), trigger: [m.firstToken, m.lastToken], count: g.count, victims, others: side < 0 && !of, rule: 'as-many' });
  }
}

/** A counted group agrees with an object pronoun: in number, and in gender where its noun shows one. */
function agreesWithPronoun(ctx: Context, g: NounPhrase, pronoun: string): boolean {
  const value = g.count!.value;
  if (value !== 1) return value === 2 ? pronoun === 'هما' : pronoun === 'هم' || pronoun === 'هن' || (pronoun === 'ها' && femininePlural(ctx, g));
  if (pronoun !== 'ه' && pronoun !== 'ها') return false;
  const noun = g.victimTokens ? ctx.victimAt.get(g.victimTokens[0]) : undefined;
  if (!noun) return true;
  const feminine = g.victims === 'women' || /[ةهت]$/u.test(noun.form);
  return feminine === (pronoun === 'ها');
}

/**
 * «بعض القيادات التي تم إعلان مقتلها»، «عناصر … أعلن مقتلها»: a group of no exact size told by a broken plural or a
 * feminine «ات» plural, which a feminine singular «ها» may point back at (a masculine sound plural takes «هم»).
 */
function femininePlural(ctx: Context, g: NounPhrase): boolean {
  const noun = g.victimTokens ? ctx.victimAt.get(g.victimTokens[0]) : undefined;
  if (!noun || g.count!.value !== undefined || noun.entry.role === 'kinship') return false;
  const word = ctx.words[noun.lastToken]!;
  return word.endsWith('ات') || (noun.entry.plurals?.includes(noun.form) === true && !/(ين|ون)$/u.test(word));
}

// Words that may open a clause before its first verb: «ثم أوقفه الشرطي».
const CLAUSE_CONJUNCTIONS = /* @__PURE__ */ new Set(CLAUSE_LINKS);

/**
 * The group (by index) right after the word that opens the clause of token `i`, when that word is a plain one —
 * no noun the lexicons know, no article, no number or preposition: the subject of the clause's first verb («أوقفه
 * شرطي المرور»). -1 when there is none.
 */
function clauseSubject(ctx: Context, groups: NounGroups, i: number): number {
  let v = ctx.clauseStarts[ctx.clauseOf[i]!]!;
  if (CLAUSE_CONJUNCTIONS.has(ctx.words[v]!)) v++;
  if (v + 1 >= i || ctx.bits[v]! & ~(F.WORD | F.AND) || /^[وف]?ال/u.test(ctx.words[v]!) || PREPOSITIONS.has(ctx.words[v]!)) return -1;
  if (ctx.casualtyAt.has(v) || ctx.victimAt.has(v) || ctx.numberAt.has(v) || ctx.actorsAt.has(v) || ctx.actorNounAt.has(v) || ctx.placeAt.has(v) || ctx.causeAt.has(v)) return -1;
  const at = groups.startingAt[v + 1]!;
  // «طعن جندياً … وأصابه»: a group in the accusative is the first verb's object, not its subject.
  return at >= 0 && !groups.list[at]!.countTokens && !objectByEnding(ctx, groups.list[at]!) ? at : -1;
}

const ADJUNCTS = /* @__PURE__ */ new Set(VERB_ADJUNCTS);
const OBJECT_NEEDED = /* @__PURE__ */ new Set(NEEDS_OBJECT);
const NATURAL = /* @__PURE__ */ new Set(NATURAL_DEATH_VERBS);
const VIOLENT = /* @__PURE__ */ new Set(VIOLENT_ADJUNCTS);
const DECADE = /* @__PURE__ */ new Set(DECADES);
const DISEASE = /* @__PURE__ */ new Set(DISEASES);
const YEARS = /* @__PURE__ */ new Set(YEAR_WORDS);
const VERB_OPEN = /* @__PURE__ */ new Set(VERB_OPENERS);

/** «وتوفي في باريس عام 2016»: a verb of natural death with no wound or weapon after it in its clause. */
function naturalDeath(ctx: Context, m: LexMatch<'casualtyWords'>): boolean {
  return NATURAL.has(m.form) && !clauseAfter(ctx, m.lastToken + 1, (k) => ctx.causeAt.has(k) || wordIn(ctx, k, VIOLENT));
}

/**
 * True when a past casualty verb names its victims only by its ending: «وقد قتل في الاشتباك» (one)، «استشهد متأثرا
 * بجروحه»، «وأصيب برصاص الاحتلال». It opens its clause (a sentence start, a comma, a joined «و/ف», «قد، حيث، بعدما،
 * أن») and an adjunct or a weapon follows it — not a noun, which would be its subject or make it one («جريمة قتل
 * بشعة»). Present forms («يقتل») state no event.
 */
function victimsInEnding(ctx: Context, m: LexMatch<'casualtyWords'>): boolean {
  const i = m.firstToken;
  if (/^ي/u.test(m.form) || (/^ت/u.test(m.form) && !/^توف/u.test(m.form)) || ctx.victimAt.has(i)) return false;
  // «وأصاب في قراره»: an active verb that needs its object names no victims by its ending.
  if (wordIn(ctx, i, OBJECT_NEEDED)) return false;
  const before = i - 1;
  const opens =
    m.prefix !== '' || opensStatement(ctx, i) || (ctx.bits[before]! & (F.COMMA | F.END | F.QUOTE)) !== 0 || VERB_OPEN.has(ctx.words[before]!) ||
    namedBeforeRelative(ctx, before, m.entry.kind);
  // «قضوا وقتلوا»: the second of two joined verbs shares the first one's reading.
  if (!opens || (m.prefix !== '' && ctx.casualtyEndingAt.has(before))) return false;
  // «وكان الرئيس السابق قد اعتقل في السبعينيات»: a past perfect (its subject may stand between «كان» and «قد») dated
  // by a year or a decade tells a life, not the news.
  let pastPerfect = false;
  for (let k = before - 1; ctx.words[before] === 'قد' && k >= 0 && k >= before - PAST_PERFECT_SUBJECT - 1 && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
    if (/^[وف]?كان/u.test(ctx.words[k]!)) pastPerfect = true;
  }
  if (pastPerfect && clauseAfter(ctx, m.lastToken + 1, (k) => dated(ctx, k))) return false;
  if (naturalDeath(ctx, m)) return false;
  const next = m.lastToken + 1;
  if (next >= ctx.n || ctx.sentenceOf[next] !== ctx.sentenceOf[i]) return true;
  return (ctx.bits[next]! & (F.COMMA | F.END | F.TIME)) !== 0 || ctx.causeAt.has(next) || wordIn(ctx, next, ADJUNCTS);
}

const WHO = /* @__PURE__ */ new Set(WHO_SINGULAR);
// How far back in its sentence a casualty word of the same kind makes a named one's relative clause a restatement.
const NAMED_RESTATED = 12;

/**
 * «المصور حسن حطيط الذي أصيب جراء …»، «وبلال الصنعاني الذي قتل على الفور»: a singular relative at `k` after a personal
 * name (two plain words, the last may be a family name in the article) opens the verb's clause: the named one is its
 * victim. After a noun the lexicons know («القصف الذي قتل») or a definite word («الرجل الذي …», one already told) it does not.
 */
function namedBeforeRelative(ctx: Context, k: number, kind: Candidate['kind']): boolean {
  if (!WHO.has(ctx.words[k] ?? '')) return false;
  // «أسفرت عن مقتل القيادي … علي حدرج الذي قتل في غارة»: the named one's death was just told.
  for (let j = k - 1; j >= 0 && j >= k - NAMED_RESTATED && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j--) if (ctx.casualtyAt.get(j)?.entry.kind === kind) return false;
  const family = (j: number) => plainWord(ctx, j) || (ctx.victimAt.get(j)?.entry.role === 'nationality' && ctx.victimAt.get(j)!.article);
  return k >= 2 && family(k - 1) && plainWord(ctx, k - 2) && !ctx.words[k - 2]!.startsWith('ال') && !(ctx.bits[k - 2]! & F.AND && ctx.words[k - 2]!.length < 4);
}

// How many words of a subject may stand between «كان» and «قد».
const PAST_PERFECT_SUBJECT = 3;
// How far into its clause a verb's adjunct (a weapon, a date) is looked for.
const CLAUSE_REACH = 6;

/** Whether `test` holds for a token of the clause from `k` on (up to a comma or the sentence's end). */
function clauseAfter(ctx: Context, k: number, test: (k: number) => boolean): boolean {
  for (let j = k; j < ctx.n && j < k + CLAUSE_REACH && ctx.sentenceOf[j] === ctx.sentenceOf[k] && !(ctx.bits[j]! & (F.COMMA | F.END)); j++) if (test(j)) return true;
  return false;
}

/** A year or a decade at token `k`: «عام 1982»، «في 1975»، «السبعينيات». @internal */
export function dated(ctx: Context, k: number): boolean {
  if (wordIn(ctx, k, DECADE)) return true;
  const v = ctx.numberAt.get(k)?.value;
  return (v !== undefined && v >= 1900 && v <= 2100) || (YEARS.has(ctx.words[k]!) && ctx.numberAt.has(k + 1));
}

/** A figure at `first` that is a year, or follows a word of years («عام 15»، «سنة 1445»). @internal */
export function datedFigure(ctx: Context, first: number): boolean {
  return dated(ctx, first) || (first > 0 && dated(ctx, first - 1));
}

/** «والد شهيد»، «أهالي ضحايا»: an uncounted kin or family noun, whose casualty word after it is its genitive. */
function leftBehind(ctx: Context, g: NounPhrase): boolean {
  if (g.countTokens || !g.victimTokens) return false;
  return ctx.victimAt.get(g.victimTokens[0])?.entry.role === 'kinship' || wordIn(ctx, g.victimTokens[0], FAMILIES);
}
const FAMILIES = /* @__PURE__ */ new Set(FAMILIES_OF);

function fromGroup(m: LexMatch<'casualtyWords'>, g: NounPhrase, first: number, last: number, rule: string): Candidate {
  const c = fromGroupAt(m.entry.kind, [m.firstToken, m.lastToken], g, first, last);
  c.rule = rule;
  return c;
}

/**
 * «أربعة آخرون مفقودين»، «لطفلتين عالقتين»: a group, then a participle of a state as its predicate or adjective. So
 * also the wounded and the dead told by an indefinite participle that agrees with a counted group: «4 أطفال مصابين»،
 * «نجا ثلاثة أشخاص مصابين».
 */
export function linkStates(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (const p of ctx.casualtyAt.values()) {
    if (p.entry.pos !== 'participle' || p.prefix !== '') continue;
    if (!STATE_KINDS.has(p.entry.kind)) {
      const g = groups.list[groups.endingAt[p.firstToken - 1] ?? -1];
      // «772 امرأة شهيدة»: right after its noun a final «ة» (normalized «ه») is the feminine singular, not «his».
      const form = p.suffix === 'ه' ? { value: 1 } : countOfForm(p);
      // «فرق الدفاع المدني جثة طفل»: a definite victim word that is itself the adjective of a definite noun before it
      // («الدفاع المدني») names no one the participle could describe.
      const head = g?.victimTokens?.[0] ?? -1;
      const adjectiveOfThing = !g?.countTokens && ctx.victimAt.get(head)?.article === true && head > 0 && ctx.words[head - 1]!.startsWith('ال') && !ctx.victimAt.has(head - 1);
      const died = woundedWhoDied(ctx, groups, p.firstToken);
      // «وانتشلت الطواقم جثامين الشهداء»: bodies after a group are what it handled, no state of its people.
      const handled = wordIn(ctx, p.firstToken, BODY_WORDS);
      if (g?.count && !p.article && !adjectiveOfThing && !died && !handled && agreesInNumber(g.count, form) && !leftBehind(ctx, g)) out.push(fromGroup(p, g, g.first, p.lastToken, 'group-state'));
      // «عثر عليه مقتولاً»، «عثر الأهالي عليهما مقتولين»: the found, told by the pronoun on «على» after a verb of finding.
      const found = !g && !p.article && p.entry.kind === 'killed' ? FOUND_PRONOUN.exec(ctx.words[p.firstToken - 1] ?? '') : null;
      const finder = found ? finderBefore(ctx, p.firstToken - 1) : -1;
      // «قتل الشاب فلان …، وعثر الأهالي عليه مقتولاً»: the one whose killing was just told.
      if (found && finder >= 0 && !restated(ctx, out, 'killed', ctx.sentenceOf[finder]!)) {
        out.push({ kind: 'killed', first: finder, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: countOfPronoun(found[1]!), victims: 'people', others: false, rule: 'group-state' });
      }
      continue;
    }
    let at = groups.endingAt[p.firstToken - 1] ?? -1;
    // «وهي عالقة في مركبة»، «وهم محتجزون لدى الفصيل»: a personal pronoun as the subject of an indefinite state.
    const pronoun = at < 0 && !p.article ? PERSONAL.get(bareOfAnd(ctx.words[p.firstToken - 1])) : undefined;
    if (pronoun) {
      out.push({ kind: p.entry.kind, first: p.firstToken, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: pronoun, victims: 'unspecified', others: false, rule: 'group-state' });
      continue;
    }
    // «لا يزال 8 نازحين لبنانيين مفقودين»: an uncounted group right after another is its adjective.
    if (at >= 0 && !groups.list[at]!.countTokens && (groups.endingAt[groups.list[at]!.first - 1] ?? -1) >= 0) at = -1;
    if (at < 0) {
      // «لا يزال 30 صحفيا لبنانيا مفقودين»، «8 شبان، بينهم نساء، عالقين»: past its adjective or a sub-group, the group
      // is found as a verb's subject is, agreeing with the participle's ending.
      const g = p.article ? null : subjectBefore(ctx, groups, p.firstToken, participleAgreement(p.suffix));
      if (g?.count && (g.countTokens || g.count.value !== 1)) out.push(fromGroup(p, g, g.first, p.lastToken, 'group-state'));
      continue;
    }
    const g = groups.list[at]!;
    // «عائلات المختطفين»: a definite participle after an indefinite noun is its genitive, not its state.
    const head = g.victimTokens ? ctx.victimAt.get(g.victimTokens[0]) : undefined;
    if (!g.count || (p.article && !head?.article)) continue;
    // «الشاب المعتقل»، «الشبان المعتقلين»: a definite person described as held is one held already, no new arrest.
    if (p.article && p.entry.kind === 'detained' && !g.countTokens) continue;
    // «4 أطفال مصابين بجروح»: the wounded, as a state, only after a counted group and indefinite.
    if (p.entry.kind === 'injured' && (p.article || !g.countTokens)) continue;
    out.push(fromGroup(p, g, g.first, p.lastToken, 'group-state'));
  }
}
const STATE_KINDS = /* @__PURE__ */ new Set(['missing', 'trapped', 'detained']);
/** «عليه»، «عليها»، «عليهم»، «عليهما»: «على» and the pronoun of the found. */
const FOUND_PRONOUN = /^علي(ه|ها|هم|هما|هن)$/u;
const FINDING = /* @__PURE__ */ new Set(BODY_FINDING);
/** The most words of a finder's subject between the verb and «عليه»: «الأهالي»، «فرق الدفاع المدني». */
const FINDER_SUBJECT = 3;

/** The verb of finding before the «عليه» at `k`, past a short subject in its clause; -1 if none. */
function finderBefore(ctx: Context, k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 1 - FINDER_SUBJECT && ctx.clauseOf[j] === ctx.clauseOf[k]; j--) {
    if (wordIn(ctx, j, FINDING)) return j;
    if (ctx.bits[j]! & (F.COMMA | F.END) || ctx.casualtyAt.has(j) || ctx.numberAt.has(j)) return -1;
  }
  return -1;
}

/** The agreement a participle shows by its ending: «عالقون» plural, «عالقات» feminine plural, «عالقان» dual; «ين» either. */
function participleAgreement(suffix: string): number {
  if (suffix === 'ون') return AGREE.PLURAL;
  if (suffix === 'ات') return AGREE.PLURAL | AGREE.FEMININE;
  if (suffix === 'ان' || suffix === 'تان' || suffix === 'تين') return AGREE.DUAL;
  if (suffix === 'ه') return AGREE.SINGULAR | AGREE.FEMININE;
  return suffix === '' || suffix === 'ا' ? AGREE.SINGULAR : 0;
}

/** A participle's form agrees with a group's count: one is singular, two dual, more plural («مصابين» is both). */
function agreesInNumber(count: Quantity | null, form: Quantity | null): boolean {
  const n = count?.value ?? count?.min;
  if (n === undefined || !form) return count?.vague !== undefined && form?.vague !== undefined;
  // From eleven on the counted noun and its adjective are singular: «772 امرأة شهيدة»، «150 طفلاً شهيداً».
  return n === 1 ? form.value === 1 : form.value !== 1 || n >= 11;
}
/** Personal pronouns that may be the subject of a state, with the count each names. */
const PERSONAL = /* @__PURE__ */ new Map<string, Quantity>(PERSONAL_PRONOUNS.map(({ word, count }) => [word, count]));

/**
 * «أن مدنياً وصل إلى المشفى مفارقاً الحياة»، «خمسة شبان وصلوا القسم مصابين بجراح»: a group, a verb of arriving that
 * agrees with it, where (a few words), then the state it arrived in — dead, or a participle of the wounded (rule
 * `group-state`).
 */
export function linkArrivals(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.ARRIVAL)) continue;
    // «وصل» opens with a «و» of its own: the word as written first, then without a conjunction («ووصل»).
    const verb = ARRIVED.has(ctx.words[i]!) ? ctx.words[i]! : withoutAnd(ctx, i);
    if (!ARRIVED.has(verb)) continue;
    // «وصل شابان إلى المستشفى متوفيين»: the subject may follow the verb (its words do not count toward the reach).
    const after = groups.startingAt[i + 1] ?? -1;
    let subject = after >= 0 ? groups.list[after]! : null;
    let reach = i + ARRIVAL_REACH + (subject ? subject.last - i : 0);
    for (let k = i + 1; k <= reach && k < ctx.n && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k++) {
      // «وصل إلى المشفى 6 أشخاص متوفين»: or a counted subject past where they arrived.
      const late = !subject && ctx.words[i + 1] === 'الي' && k > i + 2 ? groups.list[groups.startingAt[k] ?? -1] : undefined;
      if (late?.countTokens) {
        subject = late;
        reach += late.last - k + 1;
        k = late.last;
        continue;
      }
      if (ctx.numberAt.has(k) && !(subject && k <= subject.last)) break;
      // «وصل في وقت مبكر من اليوم، متوفياً»: a comma may stand right before the state, no other.
      if (ctx.bits[k]! & F.END || (ctx.bits[k]! & F.COMMA && !phraseAt(ctx, k + 1, DEAD_ON_ARRIVAL))) break;
      const dead = phraseAt(ctx, k, DEAD_ON_ARRIVAL);
      const p = dead ? undefined : ctx.casualtyAt.get(k);
      const wounded = p?.entry.pos === 'participle' && p.entry.kind === 'injured' && !p.article && p.prefix === '';
      if (!dead && !wounded) continue;
      const g = subjectBefore(ctx, groups, i, agreementOfWord(verb)) ?? (subject && subject.last < k ? subject : null);
      if (!g || g.victims === null || g.participle || g.last < i - ARRIVAL_REACH) break;
      const last = dead ? k + dead - 1 : p!.lastToken;
      const c: Candidate = { kind: dead ? 'killed' : 'injured', first: g.first, last, trigger: [k, last], count: g.count, victims: g.victims, others: g.others, rule: 'group-state' };
      if (g.countTokens) c.countTokens = g.countTokens;
      if (g.victimTokens) c.victimTokens = g.victimTokens;
      out.push(c);
      break;
    }
  }
}
/** The verbs of arriving («وصل»، «وصلوا»). @internal */
export const ARRIVED = /* @__PURE__ */ new Set(ARRIVING);
const DEAD_ON_ARRIVAL = /* @__PURE__ */ phraseTable(ARRIVED_DEAD);
// How many words may stand between the verb of arriving and the state («إلى مستشفى الشفاء في المدينة»).
const ARRIVAL_REACH = 6;

/**
 * The noun group ending at token `k`, or right before an actor that ends at `k` or on its first word — its side in
 * construct: «عدد من جنود الاحتلال» —, else -1.
 */
function groupOrSideBefore(ctx: Context, groups: NounGroups, k: number): number {
  const at = groups.endingAt[k] ?? -1;
  if (at >= 0) return at;
  // The actor may hold the group's noun as its head («جنود الاحتلال» read as one actor).
  const j = actorEndingAt(ctx, k, SIDE_REACH);
  return j > 0 ? Math.max(groups.endingAt[j]!, groups.endingAt[j - 1]!) : -1;
}
// The longest actor name stepped over, in tokens.
const SIDE_REACH = 6;

/**
 * The first token of a place phrase in «في» (or «بـ») that ends right before token `k` («في محافظة تعز»، «في تعز»،
 * «بمدينة حلب»), -1 if none.
 */
function placeIn(ctx: Context, k: number): number {
  let p = placeBefore(ctx, k);
  for (let j = k - 1; p < 0 && j >= 0 && j >= k - PLACE_WORDS; j--) if (ctx.placeAt.get(j)?.lastToken === k - 1) p = j;
  if (p < 0) return -1;
  if (ctx.words[p - 1] === 'في') return p - 1;
  const prefix = ctx.placeAt.get(p)?.prefix ?? (/^ب/u.test(ctx.words[p]!) ? 'ب' : '');
  return prefix.startsWith('ب') ? p : -1;
}

/** The group a «بينهم/منهم» sub-group `g` belongs to (a comma may stand before the sub-group word), else `g`. */
function outerGroup(ctx: Context, groups: NounGroups, g: NounPhrase): NounPhrase {
  let k = g.first - 1;
  if (!(ctx.bits[k]! & F.INCLUDES)) return g;
  if (ctx.bits[k - 1]! & F.COMMA) k--;
  const outer = groups.endingAt[k - 1] ?? -1;
  return outer >= 0 ? groups.list[outer]! : g;
}

/**
 * Sub-group lists: «من بين القتلى قائد بارز»، «بين الضحايا أربع نساء» — the dead (or wounded) include this group —
 * and «12 مدنيا بين قتيل وجريح»: both kinds share the group before.
 */
export function linkAmong(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.AMONG)) continue;
    const fromThe = fromTheDead(ctx, groups, i);
    if (fromThe) {
      out.push(fromThe);
      continue;
    }
    const between = withoutAnd(ctx, i);
    if (!AMONG.has(between)) continue;
    const p = ctx.casualtyAt.get(i + 1);
    if (!p || p.entry.pos !== 'participle') continue;
    // «بين جريح و قتيل»: pages may write the «و» apart.
    const apart = ctx.words[p.lastToken + 1] === 'و';
    const second = ctx.casualtyAt.get(p.lastToken + (apart ? 2 : 1));
    if (!p.article && second?.entry.pos === 'participle' && second.prefix === (apart ? '' : 'و') && second.entry.kind !== p.entry.kind) {
      // «بين قتيل وجريح»: the group before, in both kinds — past a verb of falling («العشرات من المدنيين سقطوا بين…»).
      // The subject of the verb of falling may stand further back: «عدد من الطلاب في العاصمة طرابلس، سقطوا بين …».
      // «ما بين» (also written «مابين») is «بين».
      const b = between === 'بين' && ctx.words[i - 1] === 'ما' ? i - 1 : i;
      // «وسقط 2577 مدنياً، ما بين قتيل وجريح»: a comma may part the group from it.
      const comma = ctx.bits[b - 1]! & F.COMMA ? 1 : 0;
      const fell = !comma && groups.endingAt[b - 1]! < 0 && wordIn(ctx, b - 1, FALLEN);
      // «سقط مئات المدنيين في محافظة تعز بين قتيل وجريح»: so may a place.
      const placed = comma || fell ? -1 : placeIn(ctx, b);
      // «سقوط عدد من جنود الاحتلال بين قتيل وجريح»: the group's side in construct stands between it and «بين».
      const at = fell ? groups.endingAt[b - 2] ?? -1 : groupOrSideBefore(ctx, groups, placed >= 0 ? placed - 1 : b - 1 - comma);
      let g = at >= 0 ? groups.list[at]! : fell ? subjectBefore(ctx, groups, b - 1, agreementOfWord(ctx.words[b - 1]!)) : null;
      // «سقط 7 أشخاص، بينهم طفلان، بين قتيل وجريح»: a sub-group belongs to the group before it, which both kinds share.
      if (g && at >= 0) g = outerGroup(ctx, groups, g);
      // «وقوع العشرات بين قتيل وجريح»: or a bare figure; «سقوط عشرات الضحايا بين قتلى وجرحى»: or one that counts a
      // casualty word of both kinds («ضحايا»).
      const end = fell ? b - 2 : b - 1 - comma;
      const victimsWord = !g && !fell && BOTH_KINDS.has(ctx.words[end] ?? '');
      const figure = g ? undefined : ctx.numberEndingAt.get(victimsWord ? end - 1 : end)?.num;
      if (figure && countingNumber(ctx, figure.firstToken) === figure) g = bareFigure(figure);
      for (const m of [p, second]) {
        const c: Candidate = {
          kind: m.entry.kind, first: g ? g.first : i + 1, last: second.lastToken, trigger: [m.firstToken, m.lastToken],
          count: g ? g.count : null, victims: g?.victims ?? 'unspecified', others: false, rule: 'between-kinds',
        };
        if (g?.countTokens) c.countTokens = g.countTokens;
        out.push(c);
      }
      i = second.lastToken;
      continue;
    }
    // «من بين المعتقلين ثلاثة من عائلة واحدة»: those named among the held are part of the arrests already told (their
    // sub-groups), where the notable dead or wounded among a toll are news of their own.
    if (HELD_KINDS.includes(p.entry.kind)) continue;
    // «بين القتلى العشرة 7 مدنيين»: a definite figure after the dead is their adjective; «(3) أطفال» is keyed at its figure.
    // «من بين قتلى الانفجار أربعة جنود»: the dead in construct with what killed them are definite too.
    const genitive = !p.article && isPluralForm(p) && definiteGenitive(ctx, p.lastToken + 1);
    let next = genitive ? genitiveEnd(ctx, p.lastToken + 1) + 1 : p.lastToken + 1;
    // «ومن بين القتلى المدنيين 207 أطفال»: a definite victim noun agreeing with the dead is their adjective when a
    // counted group follows it.
    const described = p.article ? ctx.victimAt.get(next) : undefined;
    if (described?.article && described.prefix === '' && groups.list[groups.startingAt[described.lastToken + 1] ?? -1]?.countTokens) next = described.lastToken + 1;
    const definite = p.article || genitive;
    const adjective = ctx.words[next]?.startsWith('ال') && ctx.numberAt.has(next) ? ctx.numberAt.get(next)!.lastToken + 1 : next;
    const after = ctx.words[adjective] === '(' && ctx.numberAt.has(adjective + 1) ? adjective + 1 : adjective;
    // «ومن بين القتلى: ثلاثة كينيين وكندي»، «من بين القتلى أجانب: …»: a colon, after a class word or not, opens the list.
    const classWord = ctx.victimAt.get(after);
    const listed = ctx.words[after] === ':' ? after + 1 : classWord && ctx.words[classWord.lastToken + 1] === ':' ? classWord.lastToken + 2 : after;
    const at = definite ? groups.startingAt[listed] ?? -1 : -1;
    // «بين القتلى ثلاثة من الشرطة وامرأة»: a bare figure of a side heads the list as it goes on a list of sides.
    const head = at >= 0 ? groups.list[at]! : definite && ctx.numberAt.has(listed) ? amongFigure(ctx, listed) : null;
    // «هناك امرأة من بين الضحايا»: the group may stand before «من بين».
    // «إن عشرات القياديين بين القتلى»: or right before «بين».
    // «12 طفلاً وامرأة كانوا ضمن القتلى»: a form of «كان» may stand between.
    const from = ctx.words[i - 1] === 'من' ? i - 1 : i;
    const end = WAS.has(ctx.words[from - 1] ?? '') ? from - 2 : from - 1;
    const before = !head && p.article ? groups.endingAt[end] ?? -1 : -1;
    if (before >= 0 && groups.list[before]!.count) {
      const g = groups.list[before]!;
      out.push(fromGroup(p, g, g.first, p.lastToken, 'among'));
      continue;
    }
    // «ومن بين القتلى مالك الفندق فلان»، «من بين القتلى فلان»: personal names, one person each.
    // «و5 من بين المصابين غادروا»: not after a figure the dead are counted from.
    const named = definite && !head?.countTokens && !ctx.numberEndingAt.has(from - 1) ? namedAmong(ctx, listed) : null;
    if (named) {
      const first = ctx.words[i - 1] === 'من' ? i - 1 : ctx.words[i] === 'بين' ? i : p.firstToken;
      out.push({ kind: p.entry.kind, first, last: named.last, trigger: [p.firstToken, p.lastToken], count: { value: named.count }, victims: named.victims, victimTokens: [named.first, named.last], others: false, rule: 'among' });
      continue;
    }
    if (!head) continue;
    const g = amongList(ctx, groups, head);
    // «وبين الضحايا»: a span cannot open after the «و» inside a token, so it opens at the casualty word.
    if (!g.count) continue;
    const c = fromGroup(p, g, ctx.words[i - 1] === 'من' ? i - 1 : ctx.words[i] === 'بين' ? i : p.firstToken, g.last, 'among');
    if (womenAndChildren(ctx, g)) c.describes = true;
    out.push(c);
  }
}

const DESCRIBING = /* @__PURE__ */ new Set(['women', 'children']);

/**
 * «من بين القتلى نساء وأطفال»، «من بين الضحايا أطفالاً»: an uncounted list of women and children among the dead tells
 * what the toll told before holds — its sub-groups, no statement of its own.
 */
function womenAndChildren(ctx: Context, g: NounPhrase): boolean {
  if (g.countTokens || g.count?.value !== undefined || g.count?.min !== undefined) return false;
  let any = false;
  for (let k = g.first; k <= g.last; k++) {
    const v = ctx.victimAt.get(k);
    if (!v) continue;
    if (!DESCRIBING.has(victimClass(v))) return false;
    any = true;
    k = v.lastToken;
  }
  return any;
}

// How many counted groups a sub-group list may join after its first.
const AMONG_MEMBERS = 4;
// How many words may describe a member of such a list before the next one: «طفلاً مجهول الهوية».
const AMONG_DESCRIPTION = 2;

/**
 * «من بين القتلى أربعة من الجنود، وثلاثة مدنيين»: the counted groups joined by «و» (a comma may stand before it) after
 * the first member of a sub-group list are members too — one group, their counts summed.
 */
function amongList(ctx: Context, groups: NounGroups, first: NounPhrase): NounPhrase {
  let g = first;
  for (let n = 0; n < AMONG_MEMBERS; n++) {
    // «أربعة من الجنود الحكوميين، وثلاثة»: past the member's definite adjectives.
    let end = g.last;
    while (end < g.last + 2 && /^ال/u.test(ctx.words[end + 1] ?? '')) end++;
    // «طفلاً مجهول الهوية، وثلاثة مدنيين»: past a short description of the member — words no lexicon reads.
    for (let d = 0; d < AMONG_DESCRIPTION && plainWord(ctx, end + 1) && !(ctx.bits[end + 1]! & F.AND); d++) end++;
    let k = ctx.bits[end + 1]! & F.COMMA ? end + 2 : end + 1;
    const and = ctx.words[k] === 'و' || (ctx.bits[k]! & F.AND) !== 0 || ctx.doc.tokens[k]?.text.startsWith('و');
    if (ctx.words[k] === 'و') k++;
    const next = groups.list[groups.startingAt[k] ?? -1];
    if (!and || next?.count?.value === undefined) break;
    // «ثلاثة من الشرطة وامرأة»: a member of no class named beside one of a class makes them people.
    const classless = (g.victims === null) !== (next.victims === null);
    g = { ...withConjunct(g, next), last: next.last };
    if (classless) g.victims = 'people';
  }
  return g;
}

/**
 * «بين القتلى ثلاثة من الشرطة»: after the dead, a bare figure «من» a side or any definite word is a member of the list
 * (the dead are people already), its side the word after «من». So is an item of a toll's breakdown. @internal
 */
export function amongFigure(ctx: Context, i: number): NounPhrase | null {
  const sided = sidedFigure(ctx, i);
  if (sided) return sided;
  const np = readNounPhrase(ctx, i, true, false);
  if (!np?.countTokens || np.others || np.participle || np.victims !== null || ctx.words[np.last] !== 'من') return null;
  const side = np.last + 1;
  return /^ال/u.test(ctx.words[side] ?? '') && plainWord(ctx, side) ? { ...np, last: side } : null;
}

const CAUSED_BY = /* @__PURE__ */ new Set(AMONG_CAUSED_BY);

/**
 * The personal names listed after the dead at `k`, one person each: «من بين القتلى فلان الفلاني»; past the class of the
 * dead and what killed them («من بين الضحايا المدنيين جراء القصف فلان»), and past a title in construct with what it
 * heads («مالك الفندق فلان»). Null when no name stands there.
 */
function namedAmong(ctx: Context, k: number): { count: number; first: number; last: number; victims: string } | null {
  const described = ctx.victimAt.get(k);
  // The class of the dead is the named persons' class.
  let victims = 'people';
  if (described?.article && described.prefix === '' && !isTitled(ctx, k)) {
    victims = victimClass(described);
    k = described.lastToken + 1;
    const cause = CAUSED_BY.has(ctx.words[k] ?? '') ? ctx.causeAt.get(k + 1) : undefined;
    if (cause) k = cause.lastToken + 1;
  }
  // «من بين المصابين غادروا المستشفى»: a plural verb opens no name.
  if (/وا$/u.test(ctx.words[k] ?? '')) return null;
  const names = namesAt(ctx, k);
  if (names) return { count: names.count, first: k, last: names.last, victims };
  if (!opensName(ctx, k) || !/^ال/u.test(ctx.words[k + 1] ?? '') || !plainWord(ctx, k + 1)) return null;
  const titled = namesAt(ctx, k + 2);
  return titled ? { count: titled.count, first: k, last: titled.last, victims } : null;
}

/** A definite word no lexicon reads as people, that may stand in construct after a casualty plural: «الانفجار». */
function definiteGenitive(ctx: Context, k: number): boolean {
  return /^ال/u.test(ctx.words[k] ?? '') && !ctx.victimAt.has(k) && !ctx.numberAt.has(k) && !ctx.casualtyAt.has(k) && (ctx.causeAt.has(k) || plainWord(ctx, k));
}

/** The last word of a genitive at `k` and its definite adjective: «القصف الإسرائيلي». */
function genitiveEnd(ctx: Context, k: number): number {
  const cause = ctx.causeAt.get(k);
  const end = cause ? cause.lastToken : k;
  return definiteGenitive(ctx, end + 1) ? ctx.causeAt.get(end + 1)?.lastToken ?? end + 1 : end;
}

/**
 * «ومن الشهداء، 5 عناصر من "حزب الله"»: «من» opening its clause, the dead (a definite casualty plural), an optional
 * comma, then a counted group — that group is among them. «عدد من القتلى» (a word before «من») is a count-noun instead.
 */
function fromTheDead(ctx: Context, groups: NounGroups, i: number): Candidate | null {
  if (withoutAnd(ctx, i) !== 'من' && ctx.words[i] !== 'ومن') return null;
  const opens = opensStatement(ctx, i) || (ctx.bits[i - 1]! & (F.END | F.COMMA)) !== 0;
  const p = ctx.casualtyAt.get(i + 1);
  if (!opens || !p || p.entry.pos !== 'participle' || !p.article || p.prefix !== '') return null;
  const k = ctx.bits[p.lastToken + 1]! & F.COMMA ? p.lastToken + 2 : p.lastToken + 1;
  const at = groups.startingAt[k] ?? -1;
  const g = at >= 0 ? groups.list[at]! : null;
  return g?.countTokens ? fromGroup(p, g, p.firstToken, g.last, 'among') : null;
}

const ELLIPSIS_REACH = 14;
const FALLEN = /* @__PURE__ */ new Set(FALL_WORDS);
const ALL_THEM = /* @__PURE__ */ new Set(ALL_OF_THEM);
const ACCORDING = /* @__PURE__ */ new Set(ACCORDING_OPENERS);
const AMONG = /* @__PURE__ */ new Set(AMONG_WORDS);
const WAS = /* @__PURE__ */ new Set(WAS_FORMS);
const ADDS = /* @__PURE__ */ phraseTable(ADDING);
const ADDS_APART = /* @__PURE__ */ phraseTable(ADDING_APART);

/** A bare figure followed by the side it counts («58 في صفوف الفصائل»، «12 من الهيئة»), or null. */
function sidedFigure(ctx: Context, i: number): NounPhrase | null {
  if (numberWordWithWaw(ctx, i)) return null;
  const np = readNounPhrase(ctx, i, true, false);
  if (!np || !np.countTokens || np.others || np.participle) return null;
  // «27 في صفوف المسلحين»: the side named a victim class and is part of the group.
  if (np.victims !== null) return np;
  const next = np.last + 1;
  // «و14 من الجيش الوطني»: the partitive «من» is read with the figure. What follows it must be a side — an actor or a
  // victim noun: «و3 من أصل 10 مصابين»، «من بين الجرحى» count something else.
  const side = ctx.words[next] === 'في' && ctx.words[next + 1] === 'صفوف' ? next + 2 : ctx.words[next] === 'من' ? next + 1 : ctx.words[np.last] === 'من' ? next : -1;
  return side >= 0 && (ctx.actorsAt.has(side) || ctx.victimAt.has(side)) ? np : null;
}

// «بعضهم من المارة»: some of a group, told after it.
const SOME_OF_THEM: ReadonlySet<string> = /* @__PURE__ */ new Set(['بعضهم', 'بعضهن']);
// How far after «بينهم/بعضهم» the clause is searched for what befell the group.
const SOME_REACH = 6;
const CONDITION = /* @__PURE__ */ new Set(CONDITION_WORDS);

/**
 * «وخمسة آخرون بينهم ضابط أصيبوا بجروح»، «بعضهم في حالة حرجة»: a casualty word or a state («حالة») in the clause after
 * the sub-group's opener at `k - 1` is the group's own predicate.
 */
function toldOfSome(ctx: Context, k: number): boolean {
  for (let j = k; j < ctx.n && j < k + SOME_REACH && !(ctx.bits[j]! & (F.COMMA | F.END)); j++) {
    if (ctx.casualtyAt.has(j) || wordIn(ctx, j, CONDITION)) return true;
  }
  return false;
}

/**
 * «و14 مقاتلاً في صفوف فصائل أخرى»، «وثلاثة من مقاتلي حركة الشباب»: a group that names its own side, inside it or
 * right after it — a named actor, an armed noun after «من», or «صفوف» — is one side's toll («6 عناصر من قوات النظام
 * و4 من المدنيين» are two). An attack after it («في القصف») names no side.
 */
export function ownSide(ctx: Context, g: { readonly first: number; readonly last: number }): boolean {
  for (let k = g.first; k <= g.last + 2 && k < ctx.n; k++) {
    if (ctx.actorsAt.has(k) || (ctx.actorNounAt.has(k) && ctx.words[k - 1] === 'من') || ctx.words[k] === 'صفوف') return true;
  }
  return false;
}


/**
 * A counted group `g` summed into a mention's own counted victim group, into one mention of mixed class (not into a
 * bare figure of a side's list, «61 في صفوف الهيئة، … بالإضافة إلى ثمانية مدنيين»). The callers say when a group is
 * added: after «فضلاً عن/إضافة إلى/علاوة على», or joined by «و» under one predicate. False, and nothing changed, when
 * either figure is vague, or when soldiers and fighters would be summed.
 */
function addsTo(c: Candidate, g: NounPhrase): boolean {
  if (!c.victimTokens || !c.countTokens || c.others || c.rule === 'ellipsis' || c.victims === null || g.victims === null) return false;
  // «47 من عناصر الحركة بالإضافة إلى خمسة جنود»: fighters and soldiers are two sides' tolls, not one mixed group.
  if (c.victims !== g.victims && ARMED.has(c.victims) && ARMED.has(g.victims)) return false;
  const a = c.count;
  const b = g.count;
  const first = a?.value ?? a?.min;
  const second = b?.value ?? b?.min;
  if (first === undefined || second === undefined || a?.vague !== undefined || b?.vague !== undefined) return false;
  const sum: Quantity = a!.value !== undefined && b!.value !== undefined ? { value: first + second } : { min: first + second };
  if (a!.approximate || b!.approximate) sum.approximate = true;
  c.count = sum;
  c.victims = mixedClass(c.victims, g.victims);
  c.last = g.last;
  return true;
}

/**
 * Elliptical coordination: a second counted group joined by «و» to a mention, with no predicate of its own, shares
 * its predicate — «مقتل اثنين من عناصر الهيئة و14 مقاتلاً في صفوف فصائل أخرى»، «إعدام شخصين في قرية …، بتهمة
 * …، وستة مدنيين». Only what modifies the first group (places, sides, charges, commas) may stand between.
 */
export function linkEllipses(ctx: Context, groups: NounGroups, found: readonly Candidate[], out: Candidate[]): void {
  // A list goes on: «إلى 61 في صفوف الهيئة، و58 في صفوف الفصائل، بالإضافة إلى ثمانية مدنيين».
  const list = [...found];
  for (let x = 0; x < list.length; x++) {
    const c = list[x]!;
    const fore = sidedConjunctBefore(ctx, groups, c);
    if (fore) out.push(fore);
    // «وقتل جميع المهاجمين بالإضافة إلى 16 عنصراً»: a mention of no figure goes on only with a group added to it.
    if ((!c.countTokens && c.count?.value === undefined && !phraseAt(ctx, c.last + 1, ADDS)) || c.kind === 'trapped') continue;
    const sentence = ctx.sentenceOf[c.last];
    let pastSub = false;
    let subOpen = false;
    let placed = false;
    // Whether the mention's own group names its side: then a group joined to it is another side's toll.
    const sided = c.countTokens !== undefined && ownSide(ctx, { first: c.countTokens[0], last: c.last });
    // «عشرة مسلحين وخمسة جنود قتلوا»، «لقي خمسة مسلحين واثنان من أفراد الأمن حتفهم»: a group told before its verb,
    // or inside an idiom, may have a conjunct of its own right after it, before the verb.
    const own = groups.startingAt[c.countTokens?.[0] ?? c.victimTokens?.[0] ?? -1] ?? -1;
    const groupEnd = own >= 0 ? groups.list[own]!.last : -1;
    const before = groupEnd >= c.first && groupEnd < c.last && (groupEnd < c.trigger[1] || c.rule === 'idiom') && ctx.bits[groupEnd + 1]! & F.AND && c.rule !== 'ellipsis';
    for (let k = before ? groupEnd + 1 : c.last + 1; k < ctx.n && k <= c.last + ELLIPSIS_REACH && ctx.sentenceOf[k] === sentence; k++) {
      const bits = ctx.bits[k]!;
      // «مقتل تسعة مدنيين بينهم ثلاثة أطفال في قرية …، وأربعة مدنيين»: a sub-group of the first group is stepped over;
      // past it, only a group of the first one's class is a new member («بينهم عنصران تابعان له، و9 أطفال» goes on
      // with the sub-group).
      const sub = bits & F.INCLUDES && !(bits & F.AND) ? groups.startingAt[ctx.words[k + 1] === 'من' ? k + 2 : k + 1] ?? -1 : -1;
      if (sub >= 0) {
        k = groups.list[sub]!.last;
        pastSub = subOpen = true;
        continue;
      }
      if (bits & (F.OPENER | F.RELATIVE | F.INCLUDES) || ctx.casualtyAt.has(k) || ctx.casualtyEndingAt.has(k)) break;
      // «قتل جنديان خلال اشتباكات بين الجيش ومسلحين»: who a fight is between are its parties, no more victims.
      if (ctx.words[k] === 'بين' && fightBefore(ctx, k)) break;
      // «وفقاً لمصادر طبية وناشطين»: who is joined to a source is the source's, up to the next comma.
      if (wordIn(ctx, k, ACCORDING)) {
        while (k + 1 < ctx.n && k < c.last + ELLIPSIS_REACH && ctx.sentenceOf[k + 1] === sentence && !(ctx.bits[k + 1]! & F.COMMA)) k++;
        continue;
      }
      // «14 من مجلس شورى مجاهدي درنة و5 من …»: a side's name is stepped over whole, whatever victim words it holds.
      let side = k;
      for (const a of ctx.actorsBySentence[sentence!] ?? []) if (a.firstToken <= k && a.lastToken > side) side = a.lastToken;
      if (side > k) {
        k = side;
        continue;
      }
      // A comma or a preposition («في حي …») closes the sub-group: a «و» group after it is a new member.
      if (bits & F.COMMA || PREPOSITIONS.has(ctx.words[k]!)) subOpen = false;
      // «12 مصرياً في مدينة سرت، بالإضافة إلى 18 …»: a place told of the first group makes what is added another event.
      if (ctx.placeAt.has(k) || (PREPOSITIONS.has(ctx.words[k]!) && ctx.words[k] !== 'من')) placed = true;
      const adding = phraseAt(ctx, k, ADDS);
      const addedApart = adding > 0 && phraseAt(ctx, k, ADDS_APART) > 0;
      // «قتل شاب كان يقف إلى جانب ثلاثة شبان»: «إلى جانب» adds to a toll right after it or after a comma; elsewhere it
      // is beside.
      if (adding && ctx.words[k] === 'الي' && k !== c.last + 1 && !(ctx.bits[k - 1]! & F.COMMA)) break;
      const start = adding ? k + adding : ctx.words[k] === 'و' ? k + 1 : k;
      const joined = adding > 0 || (bits & F.AND && (ctx.words[k] === 'و' || ctx.numberAt.has(k) || ctx.victimAt.get(k)?.prefix === 'و'));
      const at = groups.startingAt[start] ?? -1;
      // «إلى 61 في صفوف الهيئة، و58 في صفوف الفصائل»، «14 من عناصر المجلس و5 من قوات حفتر»: a bare figure with its
      // own side continues a list.
      // «و5 بالرصاص المطاطي»، «و3 على يد تنظيم داعش»: or one hurt by another means or at other hands.
      // «استشهد 50 فلسطينيا، 33 منهم في العدوان على غزة»: a part of the toll after a comma, told by its place or means,
      // is of the toll's people.
      const listed = (at < 0 || groups.list[at]!.victims === null) && joined && ctx.numberAt.has(start) ? sidedFigure(ctx, start) ?? toldFigure(ctx, start) : null;
      // «بينهم 6 من الحوثيين و9 من القوات الحكومية»: a side's figure joined to an open sub-group is one more of it.
      if (listed && subOpen && !adding) {
        k = listed.last;
        continue;
      }
      const part = !listed && bits & F.COMMA && !pastSub ? partFigure(ctx, k + 1) : null;
      const bare = listed ?? part;
      if (bare) {
        const e: Candidate = { kind: c.kind, first: bare.first, last: bare.last, trigger: c.trigger, count: bare.count, victims: (listed ? bare.victims : c.victims) ?? 'unspecified', others: bare.others, rule: 'ellipsis' };
        if (bare.countTokens) e.countTokens = bare.countTokens;
        if (bare.victimTokens) e.victimTokens = bare.victimTokens;
        if (before) splitBefore(ctx, c, e);
        out.push(e);
        list.push(e);
        break;
      }
      if (at < 0) {
        if (groups.endingAt[k]! >= 0 || ctx.numberAt.has(k)) break;
        if (adding) k += adding - 1;
        continue;
      }
      const g = elidedDual(ctx, groups.list[at]!);
      // «738 من عناصر التنظيمات المتشددة، و550 …»: a definite victim word of no figure right after a side is its adjective;
      // so is a nationality right after the mention («قتل 7 جنود كينيين من قوات حفظ السلام و15 من مسلحي الشباب»).
      const adjective = ctx.words[k]!.startsWith('ال') || (k === c.last + 1 && ctx.victimAt.get(k)?.entry.role === 'nationality');
      if (!joined && !adding && g.countTokens === undefined && adjective && !(ctx.bits[k - 1]! & F.COMMA)) {
        k = g.last;
        continue;
      }
      // «بينهم قائد ميداني وضابطان»: a conjunct of the sub-group (only its adjectives between) is still its member.
      if (subOpen && joined) {
        k = g.last;
        continue;
      }
      // After «فضلاً عن/وكذلك» a singular counts itself: «…، وكذلك عنصر من الجيش».
      // «…، وثالث في بلدة آفس»: an ordinal is one more of the toll's people.
      const ordinal = g.others && g.count?.value === 1 && !g.countTokens && (ctx.bits[g.first]! & F.ORDINAL) !== 0 && !(ctx.bits[g.last + 1]! & F.INCLUDES) && !wordIn(ctx, g.last + 1, OF_THEM);
      const counted = g.countTokens !== undefined || g.count?.value === 2 || (adding > 0 && g.count?.value === 1) || ordinal;
      const next = before && g.last < c.trigger[1] ? undefined : ctx.casualtyAt.get(g.last + 1) ?? ctx.casualtyAt.get(g.last + 2);
      // «…، علاوة على ستة آخرين في قريتي …»: counted others are more members, of the class named before — when where
      // they were, a break, who some of them were («وسبعة آخرين بعضهم من المارة») or the end follows them, not a
      // predicate of their own («و3 آخرون نجوا»، «لا يزالون مفقودين»).
      const after = g.last + 1;
      const others = g.others && (g.countTokens !== undefined || ordinal) && !pastSub &&
        (after >= ctx.n || (ctx.bits[after]! & (F.END | F.COMMA | F.AND)) !== 0 || ((ctx.bits[after]! & F.INCLUDES || SOME_OF_THEM.has(ctx.words[after]!)) && !toldOfSome(ctx, after + 1)) || PREPOSITIONS.has(ctx.words[after]!) || ctx.placeAt.has(after));
      // «طفلان بين الشهداء و11 طفلاً من بين المصابين»: a group told among casualties of another kind is of that kind.
      const among = ctx.words[g.last + 1] === 'بين' ? g.last + 2 : ctx.words[g.last + 1] === 'من' && ctx.words[g.last + 2] === 'بين' ? g.last + 3 : -1;
      const otherKind = among >= 0 && ctx.casualtyAt.get(among)?.entry.kind !== undefined && ctx.casualtyAt.get(among)!.entry.kind !== c.kind;
      // «مقتل مواطن، ومسعف كان يحاول إنقاذه»، «قتلت الجماعة خمسة جنود ومتعاقداً مدنياً»: one person of another class
      // joined to one person or to a counted group, under one predicate, is one more of the toll (not past a place:
      // «مقتل مواطن في حلب، ومسعف في إدلب» are two events).
      // Not across sides («قتل 12 مسلحاً من داعش، وجندي عراقي») nor means («… بانفجار لغم، ومدني برصاص قناص»).
      const oneToll = !sided && !ownSide(ctx, g) && !opposingSides(ctx, c as NounPhrase, g) && !ownMeans(ctx, g);
      const more = joined && !adding && !before && !placed && !pastSub && !next && oneToll ? onePersonMore(ctx, c, g) : null;
      if (more) {
        c.count = more;
        c.victims = mixedClass(c.victims!, g.victims!);
        c.last = g.last;
        break;
      }
      // Past a sub-group only a group of the first one's class is a new member — or one added apart after the sub-group's
      // comma («22 بينهم 3 صحفيين، إضافة إلى 86 من عناصر حزب الله»), not of the toll's own people («30 مدنياً، بينهم 8
      // أطفال، إضافة إلى 5 نساء»: more of its sub-groups).
      const addedOther = addedApart && !subOpen && !ofItsPeople(g.victims, c.victims);
      if (joined && counted && (!g.others || others) && (g.victims !== null || others) && !next && !otherKind && (!pastSub || g.victims === c.victims || addedOther)) {
        // «أصيب 5 أطفال وكذلك مسعف»: a group added to a counted group is one toll with it — not a figure «من» a side
        // («بالإضافة إلى 738 من عناصر التنظيمات»: the next item of a toll listed by side), nor one counted apart
        // after «بالإضافة إلى/فضلاً عن» («قتل 20 عنصراً، فضلاً عن خمسة مدنيين»: two tolls).
        if (adding && !addedApart && !before && !placed && !(g.countTokens && ctx.words[g.countTokens[1] + 1] === 'من') && addsTo(c, g)) break;
        // «قتل ثمانية من النازحين، وثلاثة من مواطني القرية»: counted groups of other classes joined under one predicate,
        // neither naming its side, are one toll of mixed class; more may follow. (One class told twice is two tolls, as
        // of two places.)
        if (!adding && !before && !placed && !others && !pastSub && !sided && g.victims !== c.victims && !ownSide(ctx, g) && addsTo(c, g)) {
          k = g.last;
          continue;
        }
        // «رجل من ذوي الاحتياجات الخاصة وزوجته الحامل وابنتهما»: kin whose pronoun points back to the mention's
        // person are more of its victims, not a new group.
        // «اعتقلت فلان الفلاني واثنين آخرين»، «اختطفوا فلان، واثنين من أبنائه»: so are counted others with one person,
        // or counted kin of his.
        const his = !placed && (others || (g.victimTokens !== undefined && ctx.words[g.victimTokens[0] - 1] === 'من' && opensWithKin(ctx, g.victimTokens[0])));
        // «مقتل قائد ميداني و23 من عناصره»، «استشهاد مسؤول وأربعة أفراد من عائلته»: one person told by no figure and a
        // counted group joined to him under one predicate, neither of a side named, are one toll, as reporters sum it.
        const company = !placed && !pastSub && !c.countTokens && g.countTokens !== undefined && oneToll;
        if (!adding && !before && c.count?.value === 1 && !c.others && (opensWithKin(ctx, g.first) || his || company) && g.count?.value !== undefined) {
          c.count = { value: 1 + g.count.value };
          // «قتل جندي في الهجوم، وثان في كمين»: one more by an ordinal is of the class before.
          if (!ordinal) c.victims = company && !his ? mixedClass(c.victims!, g.victims ?? c.victims!) : 'people';
          c.last = g.last;
          break;
        }
        const e: Candidate = { kind: c.kind, first: g.first, last: g.last, trigger: c.trigger, count: g.count, victims: others ? c.victims : g.victims, others: false, rule: 'ellipsis' };
        if (g.countTokens) e.countTokens = g.countTokens;
        if (g.victimTokens) e.victimTokens = g.victimTokens;
        if (before) splitBefore(ctx, c, e);
        out.push(e);
        list.push(e);
      }
      break;
    }
  }
}

/** A word of fighting right before «بين» at `k`, or before a verb of taking place there («اشتباك جرى بين»). */
function fightBefore(ctx: Context, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (clashAt(ctx, j)) return true;
  return false;
}

/** How far back from the «و» a sided conjunct's group may end (its bound and side after it). */
const SIDE_OF_CONJUNCT = 7;

/**
 * «إن 12 عنصراً من قوات النظام و20 مقاتلاً من تنظيم الدولة قتلوا»: a counted group before a subject told before its
 * verb, joined to it by «و» (a comma may stand before it), when either names its side, is that side's toll under the
 * same verb (the walk to the subject stops at a side; groups of no side are one subject, summed).
 */
function sidedConjunctBefore(ctx: Context, groups: NounGroups, c: Candidate): Candidate | null {
  if ((c.rule !== 'count-verb' && c.rule !== 'idiom') || !c.countTokens || c.first !== c.countTokens[0]) return null;
  const and = ctx.words[c.first - 1] === 'و' ? c.first - 1 : ctx.bits[c.first]! & F.AND ? c.first : -1;
  if (and < 0) return null;
  // «12 عنصراً من قوات النظام، و20 مقاتلاً»: a comma may stand before the «و».
  const comma = ctx.bits[and - 1]! & F.COMMA ? 1 : 0;
  // The group before may be followed by its bound and side («12 عنصراً على الأقل من قوات النظام»): the nearest
  // counted group a few words back, nothing between that breaks the clause or tells a casualty.
  let h: NounPhrase | null = null;
  for (let k = (and === c.first ? c.first : and) - 1 - comma; k >= 0 && k >= and - SIDE_OF_CONJUNCT - comma && !h; k--) {
    if (ctx.bits[k]! & (F.COMMA | F.END) || ctx.casualtyAt.has(k)) return null;
    const at = groups.endingAt[k] ?? -1;
    if (at >= 0 && groups.list[at]!.countTokens) h = groups.list[at]!;
  }
  if (!h?.countTokens || h.victims === null || !inSubjectPosition(ctx, h) || !(ownSide(ctx, h) || ownSide(ctx, c))) return null;
  // Past a comma, not an item of a longer list («50 من الأهالي، و30 من عناصر الحماية، و10 أشخاص أعدموا»).
  if (comma && (ctx.bits[h.first]! & (F.AND | F.COMMA) || ctx.words[h.first - 1] === 'و' || ctx.bits[h.first - 1]! & F.COMMA)) return null;
  const e: Candidate = { kind: c.kind, first: h.first, last: Math.max(h.last, and - 1 - comma), trigger: c.trigger, count: h.count, victims: h.victims, others: false, rule: 'ellipsis' };
  e.countTokens = h.countTokens;
  if (h.victimTokens) e.victimTokens = h.victimTokens;
  return e;
}

/** Women and children are among civilians and people: a group of them is part of such a toll. */
function ofItsPeople(group: string | null, toll: string | null | undefined): boolean {
  return (group === 'women' || group === 'children') && (toll === 'civilians' || toll === 'people');
}

/** Whether a means of its own follows the group `g` («ومدني برصاص قناص»، «و3 أطفال بقذيفة هاون»): another event. */
function ownMeans(ctx: Context, g: NounPhrase): boolean {
  return ctx.causeAt.has(g.last + 1) && ctx.words[g.last + 1]!.startsWith('ب');
}

/**
 * The toll of `c` with `g` added, when `g` is one indefinite person (no figure, no kin, no others) of another class than
 * `c`'s and `c` is one person or a group of a class counted exactly by a figure; else null.
 */
function onePersonMore(ctx: Context, c: Candidate, g: NounPhrase): Quantity | null {
  const head = ctx.victimAt.get(g.first);
  const one = (q: { count: Quantity | null; countTokens?: readonly [number, number]; others: boolean; victims: unknown }) => q.count?.value === 1 && !q.countTokens && !q.others && q.victims !== null;
  // A counted casualty noun («9 إصابات») names no persons' class to add to; an ordinal after the person («وطفل ثالث») counts
  // within a list.
  const counted = c.countTokens !== undefined && c.count?.value !== undefined && !c.others && c.victims !== null && c.victims !== 'unspecified';
  if (!(one(c) || counted) || !one(g) || g.victims === c.victims || head === undefined || head.article || head.entry.role === 'kinship' || countOfForm(head)?.value !== 1) return null;
  if (!one(c) && ctx.bits[g.last + 1]! & F.ORDINAL) return null;
  return { value: c.count!.value! + 1 };
}

/**
 * A conjunct `e` read between a mention's group and its verb («عشرة مسلحين وخمسة جنود قتلوا») takes the verb into its
 * own span, the mention keeps its group: two tolls side by side, not one inside the other.
 */
function splitBefore(ctx: Context, c: Candidate, e: Candidate): void {
  e.last = c.last;
  c.last = ctx.words[e.first - 1] === 'و' ? e.first - 2 : e.first - 1;
}

/**
 * «مقتل شخصين في غارة …، وشخصين آخرين نتيجة غارة …»، «وقضى طفل في قصف …، وطفلين في …»: a group joined after a mention
 * shares its casualty word, so an uncounted «-ين» noun heading it reads as it would right after that word — a dual,
 * two («مدنيين، مواطنين» and nationalities stay the group: {@link countOfForm}).
 */
function elidedDual(ctx: Context, g: NounPhrase): NounPhrase {
  const v = ctx.victimAt.get(g.first);
  if (g.countTokens || g.count?.vague !== 'some' || !v || v.suffix !== 'ين' || v.article || v.lastToken !== g.victimTokens?.[1]) return g;
  return countOfForm(v, true)?.value === 2 ? { ...g, count: { value: 2 } } : g;
}

const RESCUES = /* @__PURE__ */ new Set(RESCUE_WORDS);
const BODY_WORDS = /* @__PURE__ */ new Set(BODIES);
const RUBBLE = /* @__PURE__ */ phraseTable(STATE_PHRASES.filter((s) => s.kind === 'trapped').map((s) => s.phrase));
// How far before «من تحت الأنقاض» the rescue word may stand, and how far back a pronoun on it may reach its group.
const RESCUE_REACH = 10;
const ANTECEDENT_REACH = 14;

/**
 * Rescued from the rubble: «انتشلت فرق الإنقاذ طفلين من تحت الأنقاض»، «طفل انتشل حيا من تحت الركام»، «تم سحبهم من
 * تحت الأنقاض» — a rescue word, then «من» and a trapped state. The people rescued are the last group between the two,
 * else the group just before the rescue word (a passive, or a pronoun on it: «انتشالها»، «سحبهم»). «الضحايا» pulled
 * out are the dead; bodies («جثث») restate a toll and give nothing. A trapped participle right before the state
 * («العالقين تحت الأنقاض») is read here too.
 */
export function linkRescues(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 1; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.STATE)) continue; // «تحت» opens a state phrase (a bit of stage 1)
    const len = phraseAt(ctx, i, RUBBLE);
    if (!len) continue;
    const last = i + len - 1;
    const state = heldBefore(ctx, i);
    if (state) {
      out.push({ kind: 'trapped', first: state.first, last, trigger: [state.first, state.last], count: state.count, victims: 'unspecified', others: false, rule: 'rescue' });
      continue;
    }
    // «من تحت الأنقاض», or «بعد 16 ساعة (من مكوثه) تحت الركام»: the state opens at «من» or «بعد».
    const open = ctx.words[i - 1] === 'من' ? i - 1 : afterDuration(ctx, i);
    if (open < 0) continue;
    const sentence = ctx.sentenceOf[i]!;
    let r = -1;
    for (let k = open - 1; k >= 0 && k >= open - RESCUE_REACH && ctx.sentenceOf[k] === sentence && !(ctx.bits[k]! & F.END); k--) {
      if (rescueAt(ctx, k)) {
        r = k;
        break;
      }
    }
    if (r < 0 || wordIn(ctx, r, BODY_WORDS)) continue;
    let g: NounPhrase | null = null;
    let participle: LexMatch<'casualtyWords'> | undefined;
    let bodies = false;
    for (let k = r + 1; k < open; k++) {
      if (wordIn(ctx, k, BODY_WORDS)) bodies = true;
      const c = ctx.casualtyAt.get(k);
      if (c?.entry.pos === 'participle' && (c.entry.kind === 'killed' || c.entry.kind === 'trapped')) participle = c;
      const at = groups.startingAt[k]!;
      if (at >= 0) {
        // «انتشلت فرق الدفاع المدني طفلين»: rescuers right after the rescue word are its subject.
        // Counted rescuers are the rescued («انتشال عنصرين من الدفاع المدني»).
        const rescuers = k === r + 1 && groups.list[at]!.victims === 'rescuers' && groups.list[at]!.count?.value === undefined;
        if (!rescuers) g = groups.list[at]!;
        k = groups.list[at]!.last;
      }
    }
    // «انتشلت فرق الإنقاذ 5 قتلى من بين الركام»: the dead pulled out are told by their own noun, not trapped.
    if (bodies || (g && participle?.entry.kind === 'killed')) continue;
    // «انتشال الضحايا»، «انتشال العالقين»: an uncounted plural restates the same kind given just before.
    if (participle && !g) {
      const kind = participle.entry.kind;
      if (!restated(ctx, out, kind, sentence)) {
        out.push({ kind, first: r, last, trigger: [participle.firstToken, participle.lastToken], count: countOfParticiple(participle), victims: 'unspecified', others: false, rule: 'rescue' });
      }
      continue;
    }
    for (let k = r - 1; !g && k >= 0 && k >= r - ANTECEDENT_REACH && ctx.sentenceOf[k] === sentence; k--) {
      const at = groups.endingAt[k]!;
      if (at >= 0) g = groups.list[at]!;
      else if (ctx.bits[k]! & (F.OPENER | F.RELATIVE)) break;
    }
    if (!g || !g.count || g.others) continue;
    const first = g.first < r ? g.first : r;
    out.push({ ...fromGroupAt('trapped', [r, r], g, first, last), rule: 'rescue' });
  }
}

const AFTER = /* @__PURE__ */ new Set(RESCUE_AFTER);
const DURATION = /* @__PURE__ */ new Set(DURATIONS);
// How far before the rubble state «بعد» and its duration may stand: «بعد أكثر من 15 ساعة من مكوثها تحت».
const DURATION_REACH = 7;

/** The «بعد» of a duration before the rubble state at `i` («بعد 16 ساعة تحت الركام»), or -1. */
function afterDuration(ctx: Context, i: number): number {
  let lasted = false;
  for (let k = i - 1; k >= 0 && k >= i - DURATION_REACH && !(ctx.bits[k]! & (F.END | F.COMMA)); k--) {
    if (DURATION.has(ctx.words[k]!)) lasted = true;
    else if (AFTER.has(ctx.words[k]!)) return lasted ? k : -1;
  }
  return -1;
}

/** A rescue word at `k`; a definite one names a team or an operation («فرق الإنقاذ»), not this rescue. */
function rescueAt(ctx: Context, k: number): boolean {
  const w = ctx.words[k]!;
  return RESCUES.has(w) || cliticSplits(w).some((s) => !s.article && RESCUES.has(s.stem));
}

const HELD = /* @__PURE__ */ new Set(HELD_UNDER);
const ALIVE_PHRASES = /* @__PURE__ */ phraseTable(ALIVE);
const PULLS = /* @__PURE__ */ new Set(PULLING_OUT);

/**
 * Pulled out alive with no rubble named (rule `rescue`): a word of pulling out, the group it pulled out and «على قيد
 * الحياة»، «حياً» after it («انتشال طفلة على قيد الحياة»), or the living themselves («انتشال أحياء»). Trapped, as
 * pulling out alive is; groups a rubble rescue already read are left to it. @internal
 */
export function linkAliveRescues(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 1; i < ctx.n; i++) {
    const len = ctx.cues[i]! & CUE_ALIVE ? phraseAt(ctx, i, ALIVE_PHRASES) : 0;
    if (!len) continue;
    const last = i + len - 1;
    if (ctx.words[i] === 'احياء' && wordIn(ctx, i - 1, PULLS)) {
      out.push({ kind: 'trapped', first: i - 1, last, trigger: [i - 1, i - 1], count: { vague: 'some' }, victims: 'unspecified', others: false, rule: 'rescue' });
      continue;
    }
    const at = groups.endingAt[i - 1]!;
    const g = at >= 0 ? groups.list[at]! : null;
    if (!g?.count || g.others || g.first < 1 || !wordIn(ctx, g.first - 1, PULLS)) continue;
    if (out.some((c) => c.kind === 'trapped' && c.first <= g.first && g.last <= c.last)) continue;
    out.push({ ...fromGroupAt('trapped', [g.first - 1, g.first - 1], g, g.first - 1, last), rule: 'rescue' });
  }
}

/**
 * A trapped participle right before the rubble state at `i` («العالقين تحت الأنقاض»), or a word of being held or kept
 * alive there that is trapped only before it («كان محاصراً تحت أنقاض منزله»، «بقي حيا تحت الركام»); a duration may
 * stand between («محاصراً لساعات تحت الأنقاض»). Its count is its ending's.
 */
function heldBefore(ctx: Context, i: number): { first: number; last: number; count: Quantity } | null {
  const w = ctx.words[i - 1] ?? '';
  const k = DURATION.has(w.startsWith('ل') ? w.slice(1) : w) ? i - 2 : i - 1;
  const p = trappedParticiple(ctx, k);
  if (p) return { first: p.firstToken, last: p.lastToken, count: countOfParticiple(p) ?? { vague: 'some' } };
  const held = ctx.words[k];
  if (held === undefined || !HELD.has(held)) return null;
  const count: Quantity = /(ين|ون|ات)$/u.test(held) ? { vague: 'some' } : /(ان|تان|تين)$/u.test(held) ? { value: 2 } : { value: 1 };
  return { first: k, last: k, count };
}

/** A trapped participle ending at `k` that is no adjective of the dead («الضحايا العالقين تحت الركام» are bodies). */
function trappedParticiple(ctx: Context, k: number): LexMatch<'casualtyWords'> | undefined {
  const p = ctx.casualtyEndingAt.get(k);
  if (!p || p.entry.kind !== 'trapped' || p.entry.pos !== 'participle') return undefined;
  const before = ctx.casualtyEndingAt.get(p.firstToken - 1);
  return before?.entry.kind === 'killed' && before.entry.pos === 'participle' ? undefined : p;
}

/**
 * True when a mention of `kind` (other than `self`) was read in this sentence or the two before it.
 * @internal
 */
export function restated(ctx: Context, out: readonly Candidate[], kind: Candidate['kind'], sentence: number, self?: Candidate): boolean {
  for (let j = 0; j < out.length; j++) {
    const c = out[j]!;
    const s = ctx.sentenceOf[c.first]!;
    if (c !== self && c.kind === kind && c.rule !== self?.rule && s <= sentence && s >= sentence - 2) return true;
  }
  return false;
}

function countOfParticiple(p: LexMatch<'casualtyWords'>): Candidate['count'] {
  return countOfForm(p) ?? { vague: 'some' };
}

/**
 * A candidate of `kind` for group `g`, spanning `first`…`last`, its trigger at `trigger`: the group's count, victims and
 * their tokens kept as evidence; the rule is the caller's to set. @internal
 */
export function fromGroupAt(kind: Candidate['kind'], trigger: readonly [number, number], g: NounPhrase, first: number, last: number): Candidate {
  const c: Candidate = { kind, first, last, trigger, count: g.count, victims: g.victims, others: g.others, rule: '' };
  if (g.countTokens) c.countTokens = g.countTokens;
  if (g.victimTokens) c.victimTokens = g.victimTokens;
  return c;
}

/** «لا يزال»، «ما زالوا»: the verbs of still being so. @internal */
export const STILL = /* @__PURE__ */ new Set(STILL_WORDS);
/** «لا يزال»، «ما زال»: the negation that makes «cease» «still». @internal */
export const NOT_STILL = /* @__PURE__ */ new Set(['لا', 'ما', 'ولا', 'وما']);
const FATES = /* @__PURE__ */ new Set(FATE_WORDS);
const FATE_OF = /* @__PURE__ */ new Map(FATE_PRONOUNS.map(({ word, count }) => [word, count as Quantity]));
const SUBJECTED_TO = /* @__PURE__ */ new Set(SUBJECTED);
const HITS = /* @__PURE__ */ new Set(HIT_BY);
const SUFFERS = /* @__PURE__ */ new Set(SUFFERING);
const OPERATION = /* @__PURE__ */ new Set(SUBJECTED_TO_OPERATION);
const FAILED_ONE = /* @__PURE__ */ new Set(FAILED);
// How far after «تعرض» its «لـ» noun may stand: «تعرض اثنان من قادة ما يعرف باتفاق التسوية … للاغتيال».
const SUBJECTED_REACH = 24;

/**
 * States read off a single word: «وما زال مفقوداً» (a state participle after «still») and the fate of a group
 * («مصير آلاف المختطفين»، «مصير مجهول للمفقودين»: missing; the group must be counted or a casualty participle).
 */
export function linkStillAndFate(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 0; i + 1 < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.STILL_OR_FATE)) continue; // most words are neither (a bit of stage 1)
    if (STILL.has(ctx.words[i]!)) {
      const p = ctx.casualtyAt.get(i + 1);
      if (p && p.entry.pos === 'participle' && STATE_KINDS.has(p.entry.kind) && p.prefix === '' && !p.article) {
        const c: Candidate = { kind: p.entry.kind, first: i, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: countOfParticiple(p), victims: 'unspecified', others: false, rule: 'state' };
        // «30 شخصاً لا يزالون محتجزين»: the group before «still» is who is in that state.
        const w = ctx.words[i]!;
        const before = NOT_STILL.has(ctx.words[i - 1] ?? '') ? i - 1 : i;
        // «أن العشرات ما زالوا عالقين»: or a bare figure right before.
        const figure = ctx.numberEndingAt.get(before - 1);
        const g = subjectBefore(ctx, groups, before, w.endsWith('ون') ? AGREE.PLURAL : agreementOfWord(w)) ?? (figure && countingNumber(ctx, figure.at) && !datedFigure(ctx, figure.num.firstToken) ? bareFigure(figure.num) : null);
        if (g?.victims !== undefined && (g.victims || g.countTokens)) {
          Object.assign(c, { first: g.first, count: g.count, victims: g.victims ?? 'unspecified' });
          if (g.countTokens) c.countTokens = g.countTokens;
          if (g.victimTokens) c.victimTokens = g.victimTokens;
        }
        out.push(c);
      }
      continue;
    }
    const own = FATE_OF.get(bareOfAnd(ctx.words[i]));
    if (own) {
      // «ولا يزال مصيرهم مجهولا»: the pronoun's group before in the sentence, else its own count.
      if (!fateUnknown(ctx, i, i)) continue;
      const g = antecedent(ctx, groups, i, bareOfAnd(ctx.words[i]).slice(FATE_WORDS[0]!.length));
      const c: Candidate = { kind: 'missing', first: i, last: i, trigger: [i, i], count: g?.count ?? own, victims: g?.victims ?? 'unspecified', others: false, rule: 'state' };
      out.push(c);
      continue;
    }
    if (!FATES.has(ctx.words[i]!)) continue;
    const unknown = ctx.words[i + 1] === 'مجهول';
    const j = unknown ? i + 2 : i + 1;
    // «مصير العشرات مجهولا»: a bare figure too, when the fate is said unknown.
    const figure = countingNumber(ctx, j);
    const np = readNounPhrase(ctx, j, true, false) ?? (figure && fateUnknown(ctx, i, figure.lastToken) ? bareFigure(figure) : null);
    // «لم يعرف مصير صياد رابع»، «لا يعرف مصير ذويه»: a fate said to be unknown makes any group of people missing, and
    // others of the class told before («مصير خمسة آخرين مجهولا»).
    // («لمعرفة مصير المعتقلين», a definite group whose fate is only sought, is one already told: statesNoCasualty.)
    if (!np || !(np.countTokens || np.participle || (np.victims !== null && fateUnknown(ctx, i, np.last)))) continue;
    if (np.others && !fateUnknown(ctx, i, np.last)) continue;
    const c: Candidate = { kind: 'missing', first: i, last: np.last, trigger: [i, i], count: np.count, victims: np.victims ?? 'unspecified', others: np.others, rule: 'state' };
    if (np.countTokens) c.countTokens = np.countTokens;
    if (np.victimTokens) c.victimTokens = np.victimTokens;
    out.push(c);
  }
}


/** A short function word without its «و» («وهي» → «هي»); feature bits mark «و» on longer words only. @internal */
export function bareOfAnd(w: string | undefined): string {
  return w === undefined ? '' : w.length > 1 && w.startsWith('و') ? w.slice(1) : w;
}

/**
 * «تعرض اثنان من القادة للاغتيال»، «شابان تعرضا للاعتقال»: a verb of being subjected, then a casualty noun with «لـ»
 * that gives the kind; the group is the first after the verb, else the one just before it.
 */
export function linkSubjected(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.SUBJECTED)) continue;
    // Suffering takes an injury after «من» («عانى العشرات من الاختناق»), being subjected any kind after «لـ».
    const suffering = wordIn(ctx, i, SUFFERS);
    if (!suffering && !wordIn(ctx, i, SUBJECTED_TO)) continue;
    const sentence = ctx.sentenceOf[i];
    let g: NounPhrase | null = null;
    for (let k = i + 1; k < ctx.n && k <= i + SUBJECTED_REACH && ctx.sentenceOf[k] === sentence && !(ctx.bits[k]! & F.END); k++) {
      const noun = ctx.casualtyAt.get(k);
      // «تعرض طفل لعيار ناري»، «تعرضوا لشظايا»: a bullet or shrapnel one is subjected to wounds (being fired at,
      // «لإطلاق نار», may miss).
      const hit = !noun && !suffering && HITS.has(ctx.words[k]!);
      if (noun || hit) {
        if (noun) {
          // «تعرض 5 مدنيين لإصابات خطيرة»: a plural of events («إصابات») is read as the noun.
          if (noun.entry.pos !== 'noun' && !(noun.entry.pos === 'participle' && noun.entry.number === 'plural' && noun.entry.kind === 'injured')) break;
          const operation = noun.prefix === '' && OPERATION.has(ctx.words[noun.firstToken - 1]!) && !wordIn(ctx, noun.lastToken + 1, FAILED_ONE);
          if (suffering ? noun.entry.kind !== 'injured' || !(noun.prefix === 'من' || ctx.words[noun.firstToken - 1] === 'من' || ctx.words[noun.firstToken - 2] === 'من') : !(noun.prefix.startsWith('ل') || operation)) break;
          // The known injured suffering («المصابون يعانون من الاختناق») are no new group.
          if (suffering && g?.participle) break;
        }
        const kind = noun ? noun.entry.kind : 'injured';
        const trigger: [number, number] = noun ? [noun.firstToken, noun.lastToken] : [k, k];
        if (!g && groups.endingAt[i - 1]! >= 0) {
          g = groups.list[groups.endingAt[i - 1]!]!;
          // «شابين تعرضا»: an uncounted «ين» before a dual verb is two.
          if (!g.countTokens && (agreementOfWord(ctx.words[i]!) & AGREE.NUMBER) === AGREE.DUAL) g = { ...g, count: { value: 2 } };
        } else if (!g) {
          // «أحد المسؤولين المحليين قد تعرض لإصابة»: a subject further back, as a casualty verb takes it, past «قد»;
          // or a name («وكان "سجاد العراقي" قد تعرض للاختطاف»).
          const at = ASSERTING.has(ctx.words[i - 1]!) ? i - 1 : i;
          const agree = agreementOfWord(ctx.words[i]!);
          const before = subjectBefore(ctx, groups, at, agree) ?? namesBefore(ctx, [at, i], agree);
          if (before) g = before;
          // «تبين أنهما تعرضا للخطف»، «أكدت أنه تعرض للاعتقال»: or the pronoun of a man or of two on «أن» right before
          // («أنهم» goes back to a group already counted; «أنها» is as often a truck hijacked).
          else if (wordIn(ctx, at - 1, THAT_PRONOUN)) {
            const pronoun = PRONOUN_END.exec(ctx.words[at - 1]!)![1]!;
            if (HE_OR_TWO.test(pronoun)) g = { first: at - 1, last: at - 1, count: { value: pronoun === 'هما' ? 2 : 1 }, victims: 'unspecified', others: false };
          }
        }
        // A hit befalls a group right after the verb or before it («تعرض منزل المواطن لشظايا» hit the house).
        if (g?.count && !(hit && g.first > i + 1)) out.push({ ...fromGroupAt(kind, trigger, g, Math.min(g.first, i), trigger[1]), rule: 'subjected' });
        break;
      }
      const at = groups.startingAt[k]!;
      // «تعرض العشرات للاعتقال»، «عانى العشرات من الاختناق»: a bare figure right after the verb is its group.
      const bare: NounPhrase | null = at < 0 && !g && k === i + 1 ? readNounPhrase(ctx, k, true, false) : null;
      if (at >= 0 && !g) {
        g = groups.list[at]!;
        k = g.last;
      } else if (bare?.countTokens && !bare.victims && !bare.participle) {
        g = { ...bare, victims: 'unspecified' };
        k = bare.last;
      }
    }
  }
}

// «قد»، «لقد» before a past verb assert it: the subject stands before them.
const ASSERTING = /* @__PURE__ */ new Set(ASSERTIVE);
const THAT_PRONOUN = /* @__PURE__ */ new Set(THAT_HE);
const AUX = /* @__PURE__ */ new Set(PASSIVE_AUX);
const PRONOUN_END = /(هما|هم|هن|ها|ه)$/u;
const RESULTS = /* @__PURE__ */ phraseTable(RESULT_TRIGGERS);
const ANNOUNCES = /* @__PURE__ */ new Set(ANNOUNCING);
const HOLDING_TIME = /* @__PURE__ */ new Set(TIME_OF_HOLDING);
const ONE_OR_TWO = /^(ه|ها|هما)$/u;
const HE_OR_TWO = /^(ه|هما)$/u;
const CARRIES_OUT = /* @__PURE__ */ new Set(CARRYING_OUT);

/**
 * What stands before a verbal noun with a pronoun for its victims: an auxiliary of the passive («تم اعتقاله»، rule
 * `passive`), a result word («ما أدى إلى استشهاده»، «أسفر عن إصابتها»، «أدى لاستشهاده») or an announcement («أعلن عن
 * استشهاده»), rule `result-pronoun`, or the time of a detention of one or two («بعد اعتقاله»، rule `held-pronoun`).
 * Returns the first token of that word and the rule, or null.
 */
function pronounHead(ctx: Context, m: LexMatch<'casualtyWords'>): { at: number; rule: string } | null {
  const i = m.firstToken;
  if (m.prefix === '' && wordIn(ctx, i - 1, AUX)) return { at: i - 1, rule: 'passive' };
  // «وقامت باعتقالهم»، «قاموا بتصفيتهم»: a verb of carrying out, then «بـ» and the verbal noun.
  if (m.prefix === 'ب' && wordIn(ctx, i - 1, CARRIES_OUT)) return { at: i - 1, rule: 'passive' };
  if (m.prefix !== '' && m.prefix !== 'ل' && m.prefix !== 'ب') return null;
  for (let k = 1; k <= 2 && i - k >= 0; k++) {
    // «أدى لاستشهاده» takes its «إلى» as «ل»; «أدى إلى استشهاده» writes it.
    if (phraseAt(ctx, i - k, RESULTS) === k && (m.prefix === '' || k === 1)) return { at: i - k, rule: 'result-pronoun' };
  }
  if (m.prefix !== '') return null;
  if (wordIn(ctx, i - 1, ANNOUNCES)) return { at: i, rule: 'result-pronoun' };
  // Not when an object follows: then the pronoun is the agent («خلال اعتقالها لعصابة مسلحة»).
  if (m.entry.kind === 'detained' && wordIn(ctx, i - 1, HOLDING_TIME) && ONE_OR_TWO.test(m.suffix) && !/^ل/u.test(ctx.words[m.lastToken + 1] ?? '') && !readNounPhrase(ctx, m.lastToken + 1)) return { at: i - 1, rule: 'held-pronoun' };
  // «أعلنت وزارة الصحة عن استشهاده»: the announcer may stand between the verb and its «عن»; «وأسفر ذلك عن مقتلها»،
  // «أسفر القصف عن إصابته»: so may a result verb's subject of a word or two.
  if (ctx.words[i - 1] !== 'عن') return null;
  for (let k = i - 2; k >= 0 && k >= i - 1 - ANNOUNCER_REACH && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) {
    if (wordIn(ctx, k, ANNOUNCES)) return { at: i, rule: 'result-pronoun' };
    if (k >= i - 4 && phraseAt(ctx, k, RESULTS) === 1) return { at: k, rule: 'result-pronoun' };
    if (ctx.bits[k]! & (F.END | F.COMMA | F.RELATIVE) || ctx.casualtyAt.has(k)) break;
  }
  return null;
}
const ANNOUNCER_REACH = 6;

/**
 * A verbal noun whose pronoun names its victims: «تم اعتقاله» (one)، «جرى إعدامهما» (two)، «تم اعتقالهم» (the group
 * just before in the sentence, else some), after an auxiliary, a result word or an announcement ({@link pronounHead}).
 * No counted phrase may follow the noun (that is `noun-count`).
 */
export function linkPassives(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (const m of ctx.casualtyAt.values()) {
    if (m.entry.pos !== 'noun') continue;
    const pronoun = PRONOUN_END.exec(m.suffix)?.[1];
    if (!pronoun) continue;
    const head = pronounHead(ctx, m);
    if (!head) {
      const held = heldGroupBefore(ctx, groups, m);
      if (held) out.push({ ...fromGroupAt(m.entry.kind, [m.firstToken, m.lastToken], held, held.first, m.lastToken), rule: 'held-pronoun' });
      continue;
    }
    // «ما أدى إلى مقتله وزوجته»: a group joined to the pronoun's person is counted with it.
    const joined = pronounAndConjunct(ctx, m);
    if (!joined && readNounPhrase(ctx, m.lastToken + 1)?.countTokens) continue;
    const i = head.at;
    const group = joined ? { count: joined.count, victims: joined.victims! } : pronounGroup(ctx, groups, i, pronoun);
    out.push({ kind: m.entry.kind, first: i, last: joined?.last ?? m.lastToken, trigger: [m.firstToken, m.lastToken], ...group, others: false, rule: head.rule });
  }
}

/**
 * «إطلاق سراح أربعة موظفين أمميين بعد اختطافهم»: a detention with a plural pronoun after a time of holding points at
 * the group counted right before that word, past its adjectives (one or two are `held-pronoun` of {@link pronounHead});
 * null if none.
 */
function heldGroupBefore(ctx: Context, groups: NounGroups, m: LexMatch<'casualtyWords'>): NounPhrase | null {
  if (m.entry.kind !== 'detained' || m.prefix !== '' || (m.suffix !== 'هم' && m.suffix !== 'هن') || !wordIn(ctx, m.firstToken - 1, HELD_SINCE)) return null;
  // «بعد اختطافهم شاحنة»: with an object after it (a group or a word that is no adjunct) the pronoun is the agent.
  const next = m.lastToken + 1;
  const w = ctx.words[next] ?? '';
  if (readNounPhrase(ctx, next) || (plainWord(ctx, next) && !(ctx.bits[next]! & F.TIME) && !PREPOSITIONS.has(w) && !ADJUNCTS.has(w))) return null;
  let k = m.firstToken - 2;
  for (let n = 0; n < HELD_ADJECTIVES && k > 0 && groups.endingAt[k]! < 0 && plainWord(ctx, k); n++) k--;
  const g = k >= 0 && groups.endingAt[k]! >= 0 ? groups.list[groups.endingAt[k]!]! : null;
  return g?.countTokens && g.victims !== null && !g.others ? g : null;
}
const HELD_ADJECTIVES = 2;
/** Words of time after a detention (not «أثناء/خلال»: during an act its pronoun is mostly the agent). */
const HELD_SINCE = /* @__PURE__ */ new Set(TIME_AFTER_HOLDING);

/**
 * «اغتال مجهولون عنصرين …، ما أدى إلى مقتلهما»، «اغتالوا أيضاً "فلان" …، ما أدى إلى مقتله»: a result word whose
 * pronoun names the victims of the mention told just before it in the sentence — the same kind, the same size — states
 * that death again, not a new one. After an injury («أصيب شاب، ما أدى إلى وفاته») it is the news. `sorted` is by start.
 */
export function resultRestates(ctx: Context, sorted: readonly Candidate[], at: number): boolean {
  const c = sorted[at]!;
  if (c.rule !== 'result-pronoun' || c.count?.value === undefined) return false;
  // The reading that ends last before this one (readings are short and sorted by start: a bounded look back).
  let before: Candidate | undefined;
  for (let j = at - 1; j >= 0 && j >= at - RESTATE_WINDOW; j--) {
    const k = sorted[j]!;
    if (k.last < c.first && (!before || k.last > before.last)) before = k;
  }
  return before !== undefined && before.kind === c.kind && before.rule !== c.rule && ctx.sentenceOf[before.first] === ctx.sentenceOf[c.first] && before.count?.value === c.count.value;
}
const RESTATE_WINDOW = 8;

const DYING_OF = /* @__PURE__ */ new Set(OF_WOUNDS);
// How many adjectives the wounds may take: «متأثراً بجروحه الخطيرة الحرجة التي أصيب بها».
const WOUND_ADJECTIVES = 2;
/**
 * «متأثرين بجراحهما التي أصيبا بها»، «متأثرا بجراح أصيب بها»: the injury at `t` tells the wounds a death just before was
 * of — «متأثر» then the wounds with «ب», their adjectives and a relative pronoun, and the injury verb with no «و».
 */
function ofWoundsBefore(ctx: Context, t: number): boolean {
  if (ctx.casualtyAt.get(t)?.prefix !== '') return false;
  let k = t - 1;
  if (RELATIVE.has(ctx.words[k] ?? '')) k--;
  for (let n = 0; n < WOUND_ADJECTIVES && (ctx.words[k] ?? '').startsWith('ال'); n++) k--;
  if (k < 1 || !ctx.words[k]!.startsWith('ب') || !DYING_OF.has(ctx.words[k - 1]!)) return false;
  for (let j = k - 1; j < t; j++) if (ctx.bits[j]! & (F.COMMA | F.END)) return false;
  return true;
}

/** Sentences that tell the death of one person of wounds: «استشهد شاب متأثراً بإصابته». */
export function diedOfWoundsSentences(ctx: Context, found: readonly Candidate[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const c of found) {
    if (c.kind !== 'killed' || c.count?.value !== 1) continue;
    for (let k = c.last + 1; k <= c.last + WOUNDS_AFTER && k < ctx.n && ctx.sentenceOf[k] === ctx.sentenceOf[c.last]; k++) {
      if (DYING_OF.has(ctx.words[k]!)) out.add(ctx.sentenceOf[c.first]!);
    }
  }
  return out;
}
// How far after a death «متأثراً» may stand: «استشهاد شاب فلسطيني، متأثرا بإصابته».
const WOUNDS_AFTER = 3;

/**
 * «استشهد شاب متأثراً بإصابته … . وذكرت الوكالة أن الشاب أصيب برصاصة في رأسه»: one definite, uncounted person said to
 * be wounded, in a sentence or two after the death of one person of wounds, is that person — the wound that killed.
 */
export function woundOfTheDead(ctx: Context, c: Candidate, dead: ReadonlySet<number>): boolean {
  if (c.kind !== 'injured' || c.rule !== 'count-verb' || c.count?.value !== 1 || c.countTokens || !c.victimTokens) return false;
  if (ctx.victimAt.get(c.victimTokens[0])?.article !== true) return false;
  const s = ctx.sentenceOf[c.first]!;
  return dead.has(s) || dead.has(s - 1) || dead.has(s - 2);
}

/**
 * «أطلقوا الرصاص باتجاهه، ما أدى إلى إصابته، قبل أن يعلن عن استشهاده»، «إصابة أحدهما برأسه فأدى لاستشهاده»: an injury
 * followed in its sentence by the death of as many, told by a pronoun on a result or announcement, is the wound that
 * killed them — the death is the news, not a separate injury. So is one told of the wounds a death was of
 * («متأثرين بجراحهما التي أصيبا بها»).
 */
export function diedOfIt(ctx: Context, sorted: readonly Candidate[], at: number): boolean {
  const c = sorted[at]!;
  if (c.kind !== 'injured') return false;
  if (ofWoundsBefore(ctx, c.trigger[0])) return true;
  if (c.count?.value === undefined) return false;
  for (let j = at + 1; j < sorted.length && j <= at + RESTATE_WINDOW; j++) {
    const k = sorted[j]!;
    if (k.first <= c.last) continue;
    // The first reading after the injury: a death by a pronoun, in the same sentence, of the same size.
    return k.kind === 'killed' && k.rule === 'result-pronoun' && ctx.sentenceOf[k.first] === ctx.sentenceOf[c.first] && k.count?.value === c.count.value;
  }
  return false;
}

/**
 * The count and victims a pronoun at token `i` names: one («ه، ها»)، two («هما») or some. «أعدموا خمسة شبان … بعد أن
 * تم اعتقالهم»: it points to the group before it — a plural one takes its figure, a singular or dual one («أطلقوا النار
 * على الفتى ما أدى لاستشهاده») only its class, when its number agrees.
 */
function pronounGroup(ctx: Context, groups: NounGroups, i: number, pronoun: string, subjectGoesOn = false): Pick<Candidate, 'count' | 'victims'> {
  let count: Candidate['count'] = countOfPronoun(pronoun);
  let victims = 'unspecified';
  const g = antecedent(ctx, groups, i, pronoun, subjectGoesOn);
  // «بعض القيادات التي تم إعلان مقتلها»: a feminine «ها» back at a plural takes its size.
  if (g && pronoun === 'ها' && g.count!.value === undefined) count = { vague: 'some' };
  if (g && (count.vague || g.count!.value === count.value)) {
    count = count.vague ? g.count : count;
    victims = g.victims ?? victims;
  }
  return { count, victims };
}

// A word ending in «ة», past any marks or tatweel.
const TA_MARBUTA_END = /ة[\u0640\u064B-\u065F]*$/u;

/**
 * An active verb whose victim is its object pronoun (rule `object-pronoun`): «أطلق النار على المهاجم وقتله»، «يباغت 4
 * جنود ويقتلهم» (the group before: four)، «اعتقلته قوات الاحتلال». A past verb written like its verbal noun («قتله»)
 * is the verb only after «ف», after «و» not joining two nouns with the same pronoun («تعذيبه وقتله»), or before the
 * actor that did it («قتله الحوثيون»). `verbs` are the lexicon's casualty verbs with their object pronouns.
 */
export function linkObjectPronouns(ctx: Context, groups: NounGroups, out: Candidate[], verbs: ObjectVerbs): void {
  // The kind of each mention the other rules read, by its last token: a verb joined to one has its victims.
  const endsAt = new Map<number, Candidate['kind']>();
  for (const c of out) endsAt.set(c.last, c.kind);
  for (let i = 0; i < ctx.n; i++) {
    if (!wordIn(ctx, i, verbs.surfaces)) continue;
    const w = ctx.words[i]!;
    const stem = readingsOf(ctx, i).find((r) => verbs.forms.has(r))!;
    const verb = verbs.forms.get(stem)!;
    // «ارتكاب إبادة جماعية»، «بارتكاب إبادة في غزة»: a final «ة» in the caller's text (both it and the pronoun «ه»
    // normalize to «ه») is a verbal noun's ending, no object pronoun, and counts no one. Not «إصابة», which this rule
    // reads as one wound when the person follows in a shape no other rule reads («وإصابة صديقه "فلان"»).
    if (verb.pronoun === 'ه' && verb.kind !== 'injured' && TA_MARBUTA_END.test(spanOfTokens(ctx.doc, i, i).text)) continue;
    const prefix = w.slice(0, w.length - stem.length);
    // «فأرداه قتيلاً»، «ليرديه قتيلاً في الحال»: a casualty noun of the verb's kind after it says the object pronoun is
    // a person it befell, and tells the result after «ل» too (without it, «ليقتله» may be only an aim).
    const complement = felledAs(ctx, i + 1, verb.kind);
    if (prefix !== '' && prefix !== 'و' && prefix !== 'ف' && !(prefix === 'ل' && complement)) continue;
    if (verb.noun) {
      const before = ctx.words[i - 1] ?? '';
      const joinsNouns = prefix === 'و' && (before.endsWith(verb.pronoun) || ctx.casualtyAt.has(i - 1));
      // «قتله الحوثيون»، «فقتله القصف»: the agent after the verb is its subject; an attack with «ب» («إثر إصابته بقصف
      // مدفعي») is the means of a verbal noun.
      const agent = ctx.actorsAt.has(i + 1) || (ctx.actorNounAt.has(i + 1) && !ctx.actorNounAt.get(i + 1)!.prefix.startsWith('ب'));
      if (!(prefix === 'ف' || (prefix === 'و' && !joinsNouns) || agent)) continue;
      // «مقتل شخص وإصابة آخر»، «إصابة عناصر من القوة»: with a group after it (an indefinite one, or any but an agent),
      // the word is the verbal noun of that group («إصابة» is written as «أصابه»).
      // A nominative «ون» after it is the verb's subject, no genitive: «وقتله مسلحون مجهولون».
      const nominative = ctx.victimAt.get(i + 1)?.suffix === 'ون';
      if (!nominative && (!agent || ctx.victimAt.get(i + 1)?.article === false) && readNounPhrase(ctx, i + 1) !== null) continue;
    }
    // «المصريون الذين احتجزتهم القوات»: a relative clause on an uncounted group describes people already told, and so
    // does one right after its group («أول مدنيين يقتلهم الحزب»).
    // So does one on the dead or wounded themselves («عدد الشهداء الذين قتلتهم الطائرات»).
    if (RELATIVE.has(ctx.words[i - 1]!) && (!antecedent(ctx, groups, i)?.countTokens || ctx.casualtyAt.get(i - 2)?.entry.pos === 'participle')) continue;
    if (prefix === '' && groups.endingAt[i - 1]! >= 0) {
      // «رفات أربعين شخصا أعدمهم التنظيم»، «الإفراج عن 1400 شاب اعتقلتهم»، «أطلق النار على مواطن أرداه قتيلاً»: a past
      // verb right after a group counted by a figure or an indefinite person, its pronoun agreeing, tells what befell
      // that group (a relative clause with no «الذين»). Not a verb written like its verbal noun («مواطن قتله»).
      const g = groups.list[groups.endingAt[i - 1]!]!;
      // After «إن/أن» the person is the verb's subject («إن مسلحاً أرداه»).
      const indefinite = !verb.noun && g.count?.value !== undefined && g.victimTokens !== undefined && ctx.victimAt.get(g.victimTokens[0])?.article === false && !COMPLEMENTS.has(ctx.words[g.first - 1] ?? '');
      if (!verb.present && (g.countTokens || indefinite) && !g.others && g.victims !== null && agreesWithPronoun(ctx, g, verb.pronoun)) {
        out.push({ ...fromGroupAt(verb.kind, [i, i], g, g.first, i), rule: 'object-pronoun' });
      }
      continue;
    }
    // «الذين اختطفهم التنظيم واحتجزهم»، «اعتقل الحوثيون 12 شخصا واحتجزوهم»: a second verb of the same kind joined to
    // the first has the same victims.
    if (prefix === 'و' && (sameVerbBefore(ctx, out, verb.kind, i) || sameKindBefore(ctx, endsAt, verb.kind, i))) continue;
    if (!complement && !personObject(ctx, groups, i, verb)) continue;
    const group = pronounGroup(ctx, groups, i, verb.pronoun, !subjectAfter(ctx, i));
    out.push({ kind: verb.kind, first: i, last: i, trigger: [i, i], ...group, others: false, rule: 'object-pronoun' });
  }
}

/** An indefinite casualty noun of `kind` at `k`, the state an object is left in: «أرداه قتيلاً»، «تركوه جريحاً». */
function felledAs(ctx: Context, k: number, kind: Candidate['kind']): boolean {
  const c = ctx.casualtyAt.get(k);
  return c !== undefined && c.entry.kind === kind && c.entry.pos !== 'verb' && c.lastToken === k && !ctx.words[k]!.startsWith('ال');
}

/**
 * The object pronoun of the verb at `i` is a person: a counted or named group before it is its antecedent, or someone
 * was fired at («أطلق النار على السائق وقتله»), or — for a masculine or dual pronoun — an armed party is in the clause
 * («اعتقلته قوات النظام»، «أن دورية اعتقلته»). A feminine «ها» without a group is mostly a thing («صادرت الشرطة الشحنة
 * واحتجزتها»، «وتحتجزها إسرائيل» of withheld funds), and a bare definite noun after the verb, neither armed nor a
 * victim, is an idiom's subject when it kills («يقتله الملل»، «ثم قتله الندم») and an authority when it detains
 * («اعتقلته الشرطة»). A group that disagrees with the pronoun, or the subject that goes on from the clause's first verb,
 * is no antecedent ({@link antecedent}).
 */
function personObject(ctx: Context, groups: NounGroups, i: number, verb: ObjectVerb): boolean {
  const armedNext = ctx.actorsAt.has(i + 1) || ctx.actorNounAt.has(i + 1);
  const subjectNext = !armedNext && !ctx.victimAt.has(i + 1) && subjectAfter(ctx, i);
  // A feeling, a state or a disease that kills is an idiom's subject or a natural death («يقتله الملل»، «قتله الجوع»);
  // another definite subject kills («فقتله القناص»، «فقتله اللغم») or detains («اعتقلته الشرطة»).
  if (subjectNext && (verb.kind === 'killed' || verb.kind === 'injured') && abstractKiller(ctx, i + 1)) return false;
  const goesOn = !subjectAfter(ctx, i);
  if (antecedent(ctx, groups, i, verb.pronoun, goesOn) || (subjectNext && verb.pronoun !== 'ها')) return true;
  const clauseStart = ctx.clauseStarts[ctx.clauseOf[i]!]!;
  for (let k = Math.max(clauseStart, i - ANTECEDENT_REACH); k < i; k++) if (phraseAt(ctx, k, SHOT_AT)) return true;
  if (verb.pronoun === 'ها') return false;
  // «واعتدوا عليه بالضرب وأصابوه بجروح»: wounds after the verb say a person was hurt.
  if (verb.kind === 'injured' && wordIn(ctx, i + 1, WOUNDS)) return true;
  // «أوقفه شرطي المرور ثم اعتقله»: a soldier or fighter as the clause's subject is an armed party too.
  const subject = goesOn ? clauseSubject(ctx, groups, i) : -1;
  return armedNext || armedParty(ctx, Math.max(clauseStart, i - ANTECEDENT_REACH), i - 1) || (subject >= 0 && ARMED.has(groups.list[subject]!.victims ?? ''));
}
const ARMED = /* @__PURE__ */ new Set(ARMED_VICTIMS);
const WOUNDS = /* @__PURE__ */ new Set(WOUND_WORDS);
const SHOT_AT = /* @__PURE__ */ phraseTable(FIRED_AT);

/** The verb at `i` has a subject of its own right after it: an actor, a victim noun or a definite noun. */
function subjectAfter(ctx: Context, i: number): boolean {
  const next = ctx.words[i + 1] ?? '';
  return ctx.actorsAt.has(i + 1) || ctx.actorNounAt.has(i + 1) || ctx.victimAt.has(i + 1) ||
    (next.startsWith('ال') && !(ctx.bits[i + 1]! & (F.TIME | F.RELATIVE)) && !NOT_SUBJECTS.has(next));
}
// Words with the article that are no subject: «إلى», and relatives are kept apart by their bit.
const NOT_SUBJECTS = /* @__PURE__ */ new Set(DEFINITE_NON_SUBJECTS);

/** A mention of the same kind read by another rule ends a few words before `i`, in its clause. */
function sameKindBefore(ctx: Context, endsAt: ReadonlyMap<number, Candidate['kind']>, kind: Candidate['kind'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SAME_OBJECT_REACH && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) if (endsAt.get(k) === kind) return true;
  return false;
}
// How far back in its clause a verb with the same object may stand: «اختطفهم تنظيم "داعش" الإرهابي واحتجزهم».
const SAME_OBJECT_REACH = 6;
function sameVerbBefore(ctx: Context, out: readonly Candidate[], kind: Candidate['kind'], i: number): boolean {
  for (let j = out.length - 1; j >= 0 && out[j]!.rule === 'object-pronoun'; j--) {
    const c = out[j]!;
    if (c.kind === kind && i - c.last <= SAME_OBJECT_REACH && ctx.clauseOf[c.last] === ctx.clauseOf[i]) return true;
  }
  return false;
}

const LOSSES = /* @__PURE__ */ new Set(LOSS_NOUNS);
// Every word `linkLosses` starts at, as one-word phrases: a phrase table keeps per word whether it opens one.
const LOSS_WORDS = /* @__PURE__ */ phraseTable([...LOSS_NOUNS, ...LOSING, ...LOSING_OR_MISSING].map((w) => [w]));
const HUMAN = /* @__PURE__ */ phraseTable(HUMAN_LOSSES);
const INFLICTS = /* @__PURE__ */ new Set(INFLICTING);
const LOSES = /* @__PURE__ */ new Set(LOSING);
const LOSES_OR_MISSES = /* @__PURE__ */ new Set(LOSING_OR_MISSING);
// How many adjectives may stand between «خسائر» and what makes them human; how far before them the inflicting word.
const LOSS_ADJECTIVES = 2;
const INFLICT_REACH = 5;

/**
 * Losses (rule `losses`): human losses inflicted or suffered, of no size — «كبدت القوات المسلحة الدعم السريع خسائر
 * كبيرة في الأرواح»، «أوقعا خسائر فادحة في صفوف القوة المهاجمة» — and one's own people lost, counted by the group after
 * the verb or past its subject: «أعلن الجيش أنه خسر 14 من مقاتليه»، «فقد الجيش جنديا».
 */
export function linkLosses(ctx: Context, groups: NounGroups, out: Candidate[]): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!(ctx.cues[i]! & CUE.LOSS) || !phraseAt(ctx, i, LOSS_WORDS)) continue;
    if (wordIn(ctx, i, LOSSES)) {
      const c = humanLosses(ctx, i);
      if (c) out.push(c);
      continue;
    }
    const loses = wordIn(ctx, i, LOSES);
    if (!loses && !wordIn(ctx, i, LOSES_OR_MISSES)) continue;
    // «فقد الاتصال بـ…»، «فقد أثر …»: the lexicon's phrase of going missing, not a loss.
    const phrase = ctx.casualtyAt.get(i);
    if (phrase && phrase.lastToken > i) continue;
    // «خسر 14 من مقاتليه»: a bare figure with «من» and the side's own people counts them too.
    const direct = readNounPhrase(ctx, i + 1, true, false);
    const ofOwn = direct?.countTokens !== undefined && direct.victims === null && ctx.words[direct.countTokens[1] + 1] === 'من';
    let g: NounPhrase | null = direct && (direct.victims !== null || ofOwn) && !direct.participle && !direct.others ? direct : null;
    if (!loses) {
      const missing = goneMissing(ctx, groups, i, g);
      if (missing) {
        out.push(missing);
        continue;
      }
    }
    if (g && !loses) {
      // «فقد جنديا»: an object in the accusative, or a verb in the first person or plural («فقدنا»، «فقدوا»).
      const noun = g.victimTokens ? ctx.victimAt.get(g.victimTokens[0]) : undefined;
      // «قوات الجيش، فقدت نحو تسعة رجال»: a feminine «فقدت» before a counted group of men is active (their passive
      // would be «فُقد»), its subject a side named before it in the sentence.
      // «إنها فقدت ثلاثة من أولادها»: so is it before one's own people, told by a possessive pronoun.
      const own = noun ?? (g.countTokens && ctx.words[g.countTokens[1] + 1] === 'من' ? ctx.victimAt.get(g.countTokens[1] + 2) : undefined);
      const ownPeople = own !== undefined && (KIN_PRONOUN.test(own.suffix) || own.suffix === 'ي');
      const lostBySide = ctx.words[i] === 'فقدت' && g.countTokens !== undefined && g.victims !== 'women' && !/ات$/u.test(noun?.form ?? '') && (ownPeople || sideBefore(ctx, i));
      // «فقد الرجل أربعة أطفال»: a definite person right after the verb is its subject, a counted group past him his loss.
      const subject = !g.countTokens && noun?.article === true;
      // «وأكد أنه فقد أربعة أطفال»، «أنها فقدت طفلين»: the pronoun on «أن» right before is the subject of an active
      // verb, its object read as after a casualty word (an uncounted «ين» is two).
      const pronounSubject = wordIn(ctx, i - 1, THAT_PRONOUN);
      if (pronounSubject && !g.countTokens) g = readNounPhrase(ctx, i + 1, true, true) ?? g;
      if (!(noun?.suffix === 'ا' || /(نا|وا)$/u.test(ctx.words[i]!) || lostBySide || (pronounSubject && g.count?.value !== undefined))) g = subject ? lostPastSubject(ctx, groups, i) : null;
    } else if (!g && !direct && (loses || namedSubject(ctx, i + 1))) g = lostPastSubject(ctx, groups, i);
    if (!g || !(g.countTokens || g.count?.value !== undefined)) continue;
    const last = g.victims === null ? g.last + 1 : g.last;
    out.push({ ...fromGroupAt('killed', [i, i], g, i, last), victims: g.victims ?? 'unspecified', rule: 'losses' });
  }
}

/** The group a verb of losing at `i` lost past its subject — not past contact or a trace lost («فقد الأهالي الاتصال بثلاثة»). */
function lostPastSubject(ctx: Context, groups: NounGroups, i: number): NounPhrase | null {
  const g = objectAfterSubject(ctx, groups, { firstToken: i, lastToken: i });
  for (let k = i + 1; g && k < g.first; k++) if (wordIn(ctx, k, LOST_NOT_LIFE)) return null;
  return g;
}
const LOST_NOT_LIFE = /* @__PURE__ */ new Set(LOST_NOT_LIVES);

/** An actor or a noun of forces before token `i` in its sentence. */
function sideBefore(ctx: Context, i: number): boolean {
  for (let k = i - 1; k >= 0 && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) if (ctx.actorsAt.has(k) || ctx.actorNounAt.has(k)) return true;
  return false;
}

/**
 * «فقد» past a named subject only: «فقد الجيش جنديا». Before a verb it is the particle «فـ + قد» («فقد تجمع عشرات
 * المواطنين»), which loses nobody.
 */
function namedSubject(ctx: Context, k: number): boolean {
  // «فقدت محافظة دير الزور ثلاثة شبان من أبنائها»: a province loses its people too — with no preposition on it
  // («وفقد بريف حماة ثلاثة عناصر» went missing there).
  return ctx.actorsAt.has(k) || ctx.actorNounAt.has(k) || plainSubject(ctx, k) || ctx.victimAt.get(k)?.article === true || ctx.placeAt.get(k)?.prefix === '' || PLACE_HEADS.has(ctx.words[k]!);
}

// How many words may follow «فقدوا» before a life it lost («فقدوا جميعا حياتهم» is a death, read as an idiom).
const LIFE_REACH = 3;

/**
 * «فُقد» read as went missing: a plural or dual «فقدوا/فقدا» with a counted subject before it and no object after
 * («نحو ثلاثين شخصاً فُقدوا») — or «فقد» with a counted group and the hands it went missing at («فقد ثلاثة من أفراد
 * عائلته على يد جهة مجهولة»). A life lost after it is a death (an idiom), not this.
 */
function goneMissing(ctx: Context, groups: NounGroups, i: number, after: NounPhrase | null): Candidate | null {
  for (let k = i + 1; k <= i + LIFE_REACH && k < ctx.n; k++) if (/^حيات/u.test(ctx.words[k]!)) return null;
  // «ثلاثة من أفراد عائلته على يد …»: a genitive with a pronoun back may close the group.
  const hands = after?.countTokens ? (/(ه|ها|هم)$/u.test(ctx.words[after.last + 1] ?? '') ? after.last + 2 : after.last + 1) : -1;
  if (after && hands > 0 && phraseAt(ctx, hands, AT_HANDS)) {
    return { ...fromGroupAt('missing', [i, i], after, i, hands - 1), rule: 'verb-count' };
  }
  const number = agreementOfWord(ctx.words[i]!) & AGREE.NUMBER;
  if (after || (number !== AGREE.PLURAL && number !== AGREE.DUAL) || /نا$/u.test(ctx.words[i]!)) return null;
  // «فقدوا أبناءهم»: a noun after the verb is its object — they lost someone, and went missing themselves only without one.
  if (ctx.victimAt.has(i + 1) || ctx.numberAt.has(i + 1)) return null;
  const before = subjectVerb(ctx, groups, 'missing', [i, i]);
  return before?.countTokens ? before : null;
}

/** True when an actor or an actor noun starts between tokens `from` and `to`. */
function armedParty(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.actorsAt.has(k) || ctx.actorNounAt.has(k)) return true;
  return false;
}

const REACHES = /* @__PURE__ */ new Set(TOLL_REACH_VERBS);

/** «خسائر فادحة في صفوف القوة» after an inflicting word: killed, of no size. */
function humanLosses(ctx: Context, i: number): Candidate | null {
  if (ctx.words[i]!.startsWith('ال')) return null; // «حجم الخسائر البشرية» comments on a toll
  let end = -1;
  for (let j = i + 1; j <= i + 1 + LOSS_ADJECTIVES && j < ctx.n; j++) {
    const len = phraseAt(ctx, j, HUMAN);
    if (len) {
      end = j + len - 1;
      break;
    }
    if ((ctx.bits[j]! & ~F.AND) !== F.WORD || ctx.casualtyAt.has(j) || ctx.numberAt.has(j) || ctx.words[j]!.startsWith('ال')) return null;
  }
  if (end < 0) return null;
  let head = -1;
  let onPronoun = false;
  for (let k = i - 1; k >= 0 && k >= i - INFLICT_REACH && ctx.clauseOf[k] === ctx.clauseOf[i]; k--) {
    if (wordIn(ctx, k, INFLICTS)) {
      head = k;
      break;
    }
    // «كبدتهم خسائر في الأرواح»: the verb may carry its object pronoun; then a party after it is its subject.
    if (INFLICTS.has(withoutAnd(ctx, k).replace(PRONOUN_END, ''))) {
      head = k;
      onPronoun = true;
      break;
    }
    if (ctx.bits[k]! & (F.END | F.COMMA | F.RELATIVE) || ctx.casualtyAt.has(k)) break;
  }
  if (head < 0) return null;
  const c: Candidate = { kind: 'killed', first: i, last: end, trigger: [i, end], count: null, victims: 'unspecified', others: false, rule: 'losses' };
  // «خسائر في صفوف المدنيين»: the victim noun after the ranks says whose.
  const v = ctx.victimAt.get(end + 1);
  if (v && !/^ال/u.test(ctx.words[end]!)) {
    c.victims = victimClass(v);
    c.victimTokens = [v.firstToken, v.lastToken];
    c.last = v.lastToken;
  } else if ((!onPronoun && armedParty(ctx, head + 1, i - 1)) || armedParty(ctx, end + 1, end + 1)) {
    // «كبدت القوات الدعم السريع خسائر»، «خسائر في صفوف القوة المهاجمة»: the losses of an armed party are fighters.
    c.victims = 'fighters';
  }
  // «خسائر كبيرة في الأرواح بلغت 300 قتيل»: the figure they reached is their count, with its noun.
  const figure = wordIn(ctx, c.last + 1, REACHES) ? readNounPhrase(ctx, c.last + 2, true, false) : null;
  if (figure?.countTokens) {
    c.count = figure.count;
    c.countTokens = figure.countTokens;
    if (figure.victims !== null && figure.victimTokens) {
      c.victims = figure.victims;
      c.victimTokens = figure.victimTokens;
    }
    c.last = figure.last;
  }
  return c;
}
