/**
 * Readings that look like casualty phrases but state no casualty: a word of another meaning («أسر» families, the
 * particle «فقد»), the perpetrator's adjective after a massacre, and references back to victims already told.
 * @module casualties/not-statements
 */
import { phraseAt, phraseTable, wordIn, wordInClauseBefore, type Context } from './context.js';
import { WAS_FORMS, ABOUT_ACTS, ACT_AS_SUBJECT, AIMS_OF_ACTS, BODIES, CAPTURE_OR_FAMILIES, COUNT_FOLLOWERS, DISPLACED_NOUNS, FAMILIES_OF, FAMILY_ADJECTIVES, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, FATE_WORDS, LOSING_OR_MISSING, MASSACRES, RELEASING, SUPERLATIVES, UNKNOWN_FATE, WARRANTS, WARRANT_CARRIED_OUT, SENTENCES_PASSED, PENALTY_CARRIERS, INCLUDES_SOME, TOLL_RISE, IDENTIFYING, IDENTIFYING_LINKS, CONDITION_WORDS, CASE_NOUNS, CRITICAL_STATES, RESCUE_WORDS, STATE_PHRASES, LASTING } from './grammar.js';
import { plainWord, type Candidate } from './phrases.js';
import { cliticSplits } from '../tokenize/index.js';
import { tendedDead } from './tended-dead.js';
import { F } from './tokens.js';

const FAMILIES = /* @__PURE__ */ new Set(CAPTURE_OR_FAMILIES);
const AIM = /* @__PURE__ */ new Set(AIMS_OF_ACTS);
const ABOUT = /* @__PURE__ */ new Set(ABOUT_ACTS);
const WARRANT = /* @__PURE__ */ new Set(WARRANTS);
const WARRANT_DONE = /* @__PURE__ */ new Set(WARRANT_CARRIED_OUT);
const SENTENCE = /* @__PURE__ */ new Set(SENTENCES_PASSED);
const SENTENCE_DONE = /* @__PURE__ */ new Set(PENALTY_CARRIERS);
// How far before a sentence or a warrant its carrying out may be told: «ونفذ مسلحو التنظيم المتشدد في "ولاية الخير"
// حكماً»، «نفذت قوات الأمن مذكرة اعتقال».
const SENTENCE_DONE_REACH = 8;
const WARRANT_DONE_REACH = 3;

const ACT_SUBJECT = /* @__PURE__ */ new Set(ACT_AS_SUBJECT);
const RELATIVES = /* @__PURE__ */ new Set(FAMILIES_OF);
// A conjunction and a preposition attached to a word: «وأسر»، «لأسر»، «ولأسر».
const ATTACHED = /^[وف]?[لب]?/u;
const OF_FAMILIES = /* @__PURE__ */ new Set(FAMILY_ADJECTIVES);
const LOSES_OR_MISSES = /* @__PURE__ */ new Set(LOSING_OR_MISSING);
const MASSACRE = /* @__PURE__ */ new Set(MASSACRES);
const MOST = /* @__PURE__ */ new Set(SUPERLATIVES);
const BODY = /* @__PURE__ */ new Set(BODIES);
const FATE = /* @__PURE__ */ new Set(FATE_WORDS);
const DISPLACED = /* @__PURE__ */ new Set(DISPLACED_NOUNS);
const IDENTITY = /* @__PURE__ */ new Set(PERSONAL_PRONOUNS.map((p) => p.word));
const RELATIVE = /* @__PURE__ */ new Set(RELATIVE_PRONOUNS);
const UNKNOWN = /* @__PURE__ */ new Set(UNKNOWN_FATE);
const ONE = /* @__PURE__ */ new Set(['احد', 'احدي', 'واحد']);
const AFTER_GROUP = /* @__PURE__ */ new Set(COUNT_FOLLOWERS);
const RISE = /* @__PURE__ */ new Set(TOLL_RISE);
const LASTED = /* @__PURE__ */ new Set(LASTING);
const IDENTIFYING_WORDS = /* @__PURE__ */ new Set(IDENTIFYING);
const IDENTITY_LINKS = /* @__PURE__ */ new Set(IDENTIFYING_LINKS);
/** How many tokens past a death a toll's verb of rising may stand: a name, a comma («حساسنة، يرتفع»). */
const RISE_REACH = 3;

/** Whether a verb of a toll rising («يرتفع»، «ارتفع») follows token `k` in its sentence, past a comma. */
function riseAfter(ctx: Context, k: number): boolean {
  for (let j = k + 1; j <= k + RISE_REACH && j < ctx.n && ctx.sentenceOf[j] === ctx.sentenceOf[k]; j++) {
    if (wordIn(ctx, j, RISE)) return true;
    if (!(ctx.bits[j]! & F.COMMA) && !plainName(ctx, j)) return false;
  }
  return false;
}
/** «حساسنة»: a word no lexicon reads, as a name after the dead. */
const plainName = (ctx: Context, j: number): boolean => plainWord(ctx, j) && !ctx.words[j]!.startsWith('ال');

/** «بينهم»، «من بينها»، «منهم»: what a part of a group follows. */
const PART_OPENERS = /* @__PURE__ */ new Set([...INCLUDES_SOME, 'بينها', 'منها']);
/** How far back a part of a toll finds the toll: «قتل 26 مدنياً، بينهم …». */
const PART_REACH = 12;

/**
 * Whether casualty words of `kind`, and of no other kind, stand in the sentence of `i`, a few words before it: a toll
 * of the dead and the wounded together («عدد القتلى والجرحى 45، بينهم 12 جريحاً») is split by its part, not restated.
 */
function onlyKindBefore(ctx: Context, i: number, kind: Candidate['kind']): boolean {
  let seen = false;
  for (let k = i - 1; k >= 0 && k >= i - PART_REACH && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
    const m = ctx.casualtyAt.get(k);
    // «عدد الضحايا 40، بينهم 12 قتيلاً»: victims may be the dead and the wounded together.
    if (m && (m.entry.kind !== kind || /ضحايا$/u.test(m.form))) return false;
    seen ||= m !== undefined;
  }
  return seen;
}
// How far on either side of «مصير …» a word saying the fate is unknown may stand: «لا يزال مصير الأسرى مجهولا».
const FATE_REACH = 4;
const RELEASE = /* @__PURE__ */ new Set(RELEASING);
// How many words (a subject, «عن») may stand between a verb or noun of release and the captives it frees.
const RELEASE_REACH = 3;

/** What the other readings of a text tell a reading: where the first killing with a figure starts, where readings end. */
export interface PriorReadings {
  /** The first token of the first killing read with a figure, or -1: definite bodies after it are its dead. */
  readonly firstToll: number;
  /** The readings that end at each token. */
  readonly endsAt: ReadonlyMap<number, readonly Candidate[]>;
  /** The first token of the first reading of each kind. */
  readonly firstOfKind: ReadonlyMap<Candidate['kind'], number>;
}

/** {@link PriorReadings} of the candidates `found` (sorted by start), read once. @internal */
export function priorReadings(found: readonly Candidate[]): PriorReadings {
  const endsAt = new Map<number, Candidate[]>();
  const firstOfKind = new Map<Candidate['kind'], number>();
  for (const c of found) {
    const readings = endsAt.get(c.last);
    if (readings) readings.push(c);
    else endsAt.set(c.last, [c]);
    if (!firstOfKind.has(c.kind)) firstOfKind.set(c.kind, c.first);
  }
  return { firstToll: found.find((c) => c.kind === 'killed' && c.count !== null && c.count.vague === undefined)?.first ?? -1, endsAt, firstOfKind };
}

/**
 * True when candidate `c` states no casualty, given the other readings of the text (`prior`):
 * - «أسر الشهداء»، «أسر المعتقلين»: «أسر» before a definite, uncounted plural is «families of», not a capture
 *   («أسر الطيار» and «أسر 5 جنود» stay captures);
 * - «فقد تجمع عشرات المواطنين»: «فقد» before a word no lexicon reads is the particle «ف + قد», not a loss;
 * - «مجزرة حوثية»: a feminine adjective after a massacre names who committed it;
 * - «أحد الشهداء»، «أحد المعتقلين»، «أكبر عدد من الضحايا»، «أضخم عملية إعدام»: one of a group already told, or a
 *   superlative, is no new figure;
 * - «انتشال جثث الضحايا» after a toll: the definite dead's bodies are the dead already counted;
 * - «الكشف عن مصير المفقودين»: the fate of a group already told, unless the text says it is unknown;
 * - «انتشال جثامين 8 صيادين لقوا حتفهم»: a verb or idiom with no group of its own right after a reading of its kind
 *   tells of that reading's people;
 * - «5000 مهاجر ولاجئ وطالب لجوء»، «15 مليون نازح ولاجئ»: a list of kinds under one figure, and displaced people, are
 *   no group of their own;
 * - «الرجل الذي فقد حياته هو …»، «الطفلين اللذين استشهدا هما …»: a definite group and a relative clause that a pronoun
 *   of identity follows names people already told.
 * - «وتم إصابته إصابة مباشرة»: a direct hit on a target is no wound.
 * - «أفرجت السلطات عن 25 معتقلا»: captives freed or exchanged; «أوقفت 300 موظف عن العمل»: suspended, not arrested.
 * @internal
 */
export function statesNoCasualty(ctx: Context, c: Candidate, prior: PriorReadings): boolean {
  if (identifies(ctx, c) || describedKnown(ctx, c, prior) || tendedDead(ctx, c, prior.firstToll) || released(ctx, c) || suspended(ctx, c) || stranded(ctx, c)) return true;
  const firstToll = prior.firstToll;
  const t = c.trigger[0];
  const word = ctx.words[t]!;
  const after = c.trigger[1] + 1;
  // «وتم إصابته إصابة مباشرة»، «حققنا إصابات مباشرة»: a direct hit on a target, no wound.
  if (c.kind === 'injured' && directHit(ctx, after)) return true;
  // «بهدف اعتقال الشبان»: what an act is for tells no act; where it was done or who is behind it, only one told
  // elsewhere when no figure counts it here; what came of it («وأثار مقتل الناشط»، «ويأتي مقتل الشاب بعد …»), one
  // of its kind told before.
  const head = ctx.words[t - 1] ?? '';
  // «أصدر نظام الأسد أحكاماً بالإعدام بحق 11 معتقلاً»: a sentence passed is no execution, unless its clause carries it
  // out before it («نفذ مسلحو التنظيم … حكماً بالإعدام على سبعة شبان»).
  if (c.kind === 'executed' && c.first === t && SENTENCE.has(head) && !wordInClauseBefore(ctx, t - 1, SENTENCE_DONE, SENTENCE_DONE_REACH)) return true;
  // «بعد اعتقال دام نحو عامين»: a detention that lasted is the one told, no arrest.
  if (c.kind === 'detained' && LASTED.has(ctx.words[c.trigger[1] + 1] ?? '')) return true;
  // Nor are the held it is passed on («بحق 11 معتقلاً») detained anew.
  if (c.kind === 'detained' && c.rule === 'count-noun' && ctx.words[c.first - 1] === 'بحق' && SENTENCE.has(ctx.words[c.first - 3] ?? '')) return true;
  const warrant = WARRANT.has(head) && !wordInClauseBefore(ctx, t - 1, WARRANT_DONE, WARRANT_DONE_REACH);
  if ((c.rule === 'noun-count' || c.rule === 'campaign') && c.first === t && (AIM.has(head) || warrant || (ABOUT.has(head) && !c.countTokens))) return true;
  if (c.rule === 'noun-count' && c.first === t && ACT_SUBJECT.has(head.replace(/^و/u, '')) && actToldBefore(ctx, c, prior)) return true;
  // «وباستشهاد الشاب فلان، يرتفع عدد الشهداء إلى أربعة»: with a death told, the toll it raises follows; the death is one
  // a reading of a sentence before told («بمقتل جنديين، يرتفع …» in a headline is news).
  if (c.rule === 'noun-count' && c.first === t && /^و?ب$/u.test(ctx.casualtyAt.get(t)?.prefix ?? '') && riseAfter(ctx, c.last) && (prior.firstOfKind.get(c.kind) ?? Infinity) < ctx.sentenceStarts[ctx.sentenceOf[c.first]!]!) return true;
  switch (c.rule) {
    case 'verb-count':
    case 'noun-count':
      // «وأسر»، «لأسر»: the word with its conjunction or preposition.
      if (FAMILIES.has(word.replace(ATTACHED, ''))) return familiesOf(ctx, c, after);
      // «مجزرة حوثية»: a feminine singular victim word right after the massacre is its adjective.
      if (wordIn(ctx, t, MASSACRE) && !c.countTokens && ctx.victimAt.get(after)?.suffix === 'ه' && !ctx.victimAt.get(after)!.article) return true;
      return false;
    case 'count-noun': {
      const count = c.countTokens;
      if (!count) return false;
      // «تم التعرف على هوية ثمانية من القتلى»، «جرى الكشف على 23 جثة»: the dead identified or examined are told already.
      if (c.kind === 'killed' && identifiedDead(ctx, count[0])) return true;
      const head = ctx.casualtyAt.get(t);
      if (wordIn(ctx, count[0], ONE) && head?.article && head.prefix === '') return true;
      // «17 جريحاً، من بينهم 3 إصابات بليغة»، «قتل 26 مدنياً، بينهم 12 قتيلاً في الجولان»: a part of a toll of its own
      // kind told just before, by how grave or where, is no toll of its own.
      if (wordIn(ctx, count[0] - 1, PART_OPENERS) && onlyKindBefore(ctx, count[0] - 1, c.kind)) return true;
      // «عدد من الجرحى في حالات خطرة»، «العديد من الجرحى جروحهم خطيرة»: some of the wounded told before, by how grave.
      if (c.kind === 'injured' && c.count?.value === undefined && head?.article && (prior.firstOfKind.get('injured') ?? c.first) < c.first && toldGrave(ctx, c.last + 1)) return true;
      return wordIn(ctx, count[0] - 1, MOST);
    }
    case 'campaign':
      return wordIn(ctx, c.first - 1, MOST);
    case 'losses':
      // The object stands past a word that is neither an actor nor a side: «فقد» opened a verb.
      // (A definite word there is a subject: «فقد الحزب ثلاثة من عناصره».)
      return wordIn(ctx, t, LOSES_OR_MISSES) && c.first === t && unread(ctx, t + 1) && !(ctx.words[t + 1] ?? '').startsWith('ال') && (c.countTokens?.[0] ?? c.victimTokens?.[0] ?? t + 1) > t + 1;
    case 'bodies':
      // Its trigger runs from the body word over the dead: «جثث الضحايا».
      return c.count === null && firstToll >= 0 && firstToll < c.first && wordIn(ctx, t, BODY) && definiteDead(ctx, t + 1) && !named(ctx, c.last + 1);
    case 'idiom':
    case 'verb-alone':
      if (c.countTokens || c.victimTokens) return false;
      // «نعت مصادر مقتل سبعة عناصر، كانوا قد قتلوا أمس»: a pluperfect verb or idiom alone, after that kind was told,
      // tells it again.
      return (prior.endsAt.get(c.first - 1)?.some((p) => p.kind === c.kind) ?? false) || (pluperfect(ctx, c.first) && (prior.firstOfKind.get(c.kind) ?? c.first) < c.first);
    case 'ellipsis':
      // «15 مليون نازح ولاجئ»: a figure of displaced people counts no casualty.
      if (c.countTokens) return wordIn(ctx, c.countTokens[1] + 1, DISPLACED);
      // «أكثر من 5000 مهاجر ولاجئ وطالب لجوء»: nouns joined to one counted past ten share its figure, a list of kinds.
      return (ctx.words[c.first] ?? '').startsWith('و') && (prior.endsAt.get(c.first - 1)?.some((p) => p.kind === c.kind && p.countTokens !== undefined && (p.count?.value ?? p.count?.min ?? 0) > 10) ?? false);
    case 'state':
      return wordIn(ctx, t, FATE) && !c.countTokens && definiteDead(ctx, after) && !fateUnknown(ctx, c.first, c.last);
    default:
      return false;
  }
}

/** «كانوا قد قتلوا»، «كان قد أصيب»: «قد» after a form of «كان» right before the verb at `verb`. */
function pluperfect(ctx: Context, verb: number): boolean {
  return ctx.words[verb - 1] === 'قد' && WERE.has(bareOfWa(ctx.words[verb - 2] ?? ''));
}
const WERE = /* @__PURE__ */ new Set(WAS_FORMS);
const bareOfWa = (w: string): string => (w.startsWith('و') && WERE.has(w.slice(1)) ? w.slice(1) : w);

/**
 * «وأفادت أن المرأة التي فقدت حياتها جراء القصف تدعى…»، «المواطن الذي أصيب نتيجة الاستهداف توفي لاحقاً»: a definite
 * noun of no figure described by a relative clause of its casualty, after a toll was told, is a person already told.
 */
function describedKnown(ctx: Context, c: Candidate, prior: PriorReadings): boolean {
  if (c.countTokens || prior.firstToll < 0 || prior.firstToll >= c.first || !RELATIVE.has(ctx.words[c.trigger[0] - 1] ?? '')) return false;
  return (ctx.victimAt.get(c.first)?.article ?? false) && ctx.victimAt.get(c.first)!.lastToken === c.trigger[0] - 2;
}

/**
 * «أفرجت السلطات عن 25 معتقلا»، «أطلقت الجماعة سراح 10 مختطفين»، «تبادل 50 أسيرا»: captives freed or exchanged are no
 * new detention. The release word stands a few words before the group, in its clause.
 */
function released(ctx: Context, c: Candidate): boolean {
  // Captives named by a participle («معتقلين»، «أسرى»), not an arrest told by its verb or noun («تحرير المدينة واعتقال 5»).
  if (c.kind !== 'detained' || ctx.casualtyAt.get(c.trigger[0])?.entry.pos !== 'participle') return false;
  const actors = ctx.actorsBySentence[ctx.sentenceOf[c.first]!] ?? [];
  // The words of a named side count for none: «أفرجت هيئة تحرير الشام عن 10 معتقلين».
  for (let k = c.first - 1, words = 0; k >= 0 && words < RELEASE_REACH && ctx.clauseOf[k] === ctx.clauseOf[c.first]; k--) {
    // Not a word of a name («هيئة تحرير الشام»، «حركة تحرير السودان»), nor an exchange of fire («تبادل إطلاق النار»).
    if (actors.some((a) => a.firstToken <= k && k <= a.lastToken)) continue;
    words++;
    if (wordIn(ctx, k, RELEASE) && ctx.words[k + 1] !== 'اطلاق') return true;
  }
  return false;
}

/** «أوقفت الحكومة 300 موظف عن العمل»: «أوقف» with «عن» after its group suspends them from work, no arrest. */
function suspended(ctx: Context, c: Candidate): boolean {
  const id = ctx.casualtyAt.get(c.trigger[0])?.entry.id;
  return (id === 'arrested-verb' || id === 'arrested-noun') && ctx.words[c.last + 1] === 'عن';
}

/** How many words («على هوية أصحاب») may stand between a word of identifying and the dead it identifies. */
const IDENTIFIED_REACH = 4;

/** Whether a word of identifying or examining the dead («التعرف»، «الكشف») stands before the figure at `k`, past its links. */
function identifiedDead(ctx: Context, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - IDENTIFIED_REACH; j--) {
    if (wordIn(ctx, j, IDENTIFYING_WORDS)) return true;
    if (!IDENTITY_LINKS.has(ctx.words[j]!)) return false;
  }
  return false;
}

/** «الرجل الذي فقد حياته هو سامر»: no figure, a relative pronoun before the casualty word, «هو/هي/هما/هم» after it. */
function identifies(ctx: Context, c: Candidate): boolean {
  if (c.countTokens || !IDENTITY.has(ctx.words[c.last + 1] ?? '') || ctx.numberAt.has(c.last + 2)) return false;
  for (let k = c.first; k < c.trigger[0]; k++) if (RELATIVE.has(ctx.words[k]!)) return true;
  return false;
}

/**
 * «أسر» with a definite plural after it and no figure: families of that group — not a nominative plural in «ون»,
 * which is the verb's subject («أسر المقاتلون الطيار»; a genitive would be «أسر المقاتلين»).
 */
function familiesOf(ctx: Context, c: Candidate, after: number): boolean {
  const next = ctx.words[after] ?? '';
  // «التعازي لأسر وأهالي الضحايا»: joined to relatives; «أُسر نازحة»: a feminine adjective agrees with the plural.
  if (!c.countTokens && ((next.startsWith('و') && RELATIVES.has(next.slice(1))) || OF_FAMILIES.has(next))) return true;
  if (c.countTokens || !next.startsWith('ال') || next.endsWith('ون')) return false;
  // «أسر الجيش عناصر من …»: an actor with the captives after it is the verb's subject.
  if (ctx.actorsAt.has(after) && (c.victimTokens?.[0] ?? after) > after) return false;
  return c.count?.value !== 1;
}

const CONDITION = /* @__PURE__ */ new Set([...CONDITION_WORDS, ...CASE_NOUNS]);
const CRITICAL = /* @__PURE__ */ new Set(CRITICAL_STATES);
/** «في حالات خطرة»، «إصاباتهم خطيرة»: how grave the wounds are, told at `k` right after a group. */
function toldGrave(ctx: Context, k: number): boolean {
  return (ctx.words[k] === 'في' && CONDITION.has(ctx.words[k + 1] ?? '')) || (/هم$/u.test(ctx.words[k] ?? '') && CRITICAL.has(ctx.words[k + 1] ?? ''));
}

/** A definite casualty word or victim noun at `k` («الضحايا»، «الشهداء»، «المفقودين»). */
function definiteDead(ctx: Context, k: number): boolean {
  return (ctx.casualtyAt.get(k)?.article ?? ctx.victimAt.get(k)?.article) === true;
}

/**
 * «مباشرة» at `k`, or after a cognate «إصابة/إصابات» there: a hit on a target is told, not a wound — unless where on a
 * body or among whom follows («وأصابه مباشرة في الرأس»، «إصابات مباشرة بين الجنود»).
 */
function directHit(ctx: Context, k: number): boolean {
  const at = /^اصاب(ه|ات)$/u.test(ctx.words[k] ?? '') ? k + 1 : k;
  return ctx.words[at] === 'مباشره' && !HIT_WHERE.has(ctx.words[at + 1] ?? '');
}
const HIT_WHERE: ReadonlySet<string> = /* @__PURE__ */ new Set(['في', 'بين']);

/** A personal name at `k` («جثامين الشهداء حسين …»): someone new, not the dead already counted. */
function named(ctx: Context, k: number): boolean {
  return plainWord(ctx, k) && !ctx.words[k]!.startsWith('ال') && !AFTER_GROUP.has(ctx.words[k]!);
}

/** The word at `k` is read by no lexicon: no victim, casualty word, number, actor or place. */
function unread(ctx: Context, k: number): boolean {
  return k < ctx.n && !ctx.victimAt.has(k) && !ctx.casualtyAt.has(k) && !ctx.numberAt.has(k) && !ctx.actorsAt.has(k) && !ctx.actorNounAt.has(k) && !ctx.placeAt.has(k);
}

/**
 * A word saying the fate is unknown («مجهول»، «لا يعرف») near «مصير» (tokens `first`…`last`, in its clause): a
 * statement of the missing. The fate reader asks it too («لم يعرف مصير صياد رابع» makes any group missing). @internal
 */
export function fateUnknown(ctx: Context, first: number, last: number): boolean {
  const clause = ctx.clauseOf[first];
  for (let k = Math.max(0, first - FATE_REACH); k <= last + FATE_REACH && k < ctx.n; k++) {
    if (ctx.clauseOf[k] === clause && wordIn(ctx, k, UNKNOWN)) return true;
  }
  return false;
}

/**
 * Whether `c` names its victims by a definite noun alone («مقتل الشاب»: no figure) and a reading of its kind and its
 * victims' class ends before it, in its sentence or the two before.
 */
function actToldBefore(ctx: Context, c: Candidate, prior: PriorReadings): boolean {
  if (c.countTokens || !c.victimTokens || c.last !== c.victimTokens[1] || !ctx.victimAt.get(c.victimTokens[0])?.article) return false;
  const sentence = ctx.sentenceOf[c.first]!;
  for (const [last, readings] of prior.endsAt) {
    if (last < c.first && ctx.sentenceOf[last]! >= sentence - 2 && readings.some((r) => r.kind === c.kind && r.victims === c.victims)) return true;
  }
  return false;
}

/**
 * «معاناة المدنيين العالقين في دائرة العنف»، «العائلات العالقة في المدينة»: «عالق» alone is stranded — trapped only
 * under or inside something («العالقين تحت الأنقاض»، «عالقين داخل المبنى») or when a rescue reaches them («إنقاذ
 * العالقين»).
 */
function stranded(ctx: Context, c: Candidate): boolean {
  if (c.kind !== 'trapped' || ctx.casualtyAt.get(c.trigger[0])?.entry.id !== STRANDED_ID || c.trigger[1] !== c.trigger[0]) return false;
  for (let k = c.trigger[1] + 1; k < ctx.n && k <= c.trigger[1] + STRANDED_REACH; k++) if (phraseAt(ctx, k, UNDER) || ctx.words[k] === 'داخل' || enclosure(ctx, k)) return false;
  for (let k = c.trigger[0] - 1; k >= 0 && k >= c.trigger[0] - STRANDED_REACH; k--) if (wordIn(ctx, k, RESCUE)) return false;
  return true;
}

/** A vehicle, a building or rubble at `k`, with a pronoun or not («منزلها»، «السيارات»، «الأنفاق»). */
function enclosure(ctx: Context, k: number): boolean {
  return wordIn(ctx, k, ENCLOSURES) || cliticSplits(ctx.words[k]!).some((x) => ENCLOSURES.has(x.stem.replace(POSSESSIVE, '')));
}
const POSSESSIVE = /(?:ه|ها|هم|هما|هن)$/u;
// The lexicon entry of «عالق» (its other forms name the rubble themselves).
const STRANDED_ID = 'trapped-person';
const STRANDED_REACH = 4;
const UNDER = /* @__PURE__ */ phraseTable(STATE_PHRASES.filter((s) => s.kind === 'trapped').map((s) => s.phrase));
// «وهي عالقة في السيارة المحترقة»، «عالقين في منازلهم المدمرة»: a vehicle, a building, a tunnel or a mine holds the trapped.
const ENCLOSURES = /* @__PURE__ */ new Set([
  'سياره', 'سيارات', 'مركبه', 'مركبات', 'حافله', 'مبني', 'مباني', 'منزل', 'منازل', 'بيت', 'بيوت', 'بنايه', 'عماره', 'ملجا', 'ملاجي',
  'قبو', 'طابق', 'مصعد', 'نفق', 'انفاق', 'منجم', 'مناجم', 'ركام', 'انقاض', 'حطام',
]);
// A rescue reaches the trapped; an evacuation («إجلاء العالقين في المطار») moves the stranded.
const RESCUE = /* @__PURE__ */ new Set(RESCUE_WORDS.filter((w) => !w.startsWith('اجل') && !/^[يت]جلي/u.test(w)));
