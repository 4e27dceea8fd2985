/**
 * Titles that are common words too («المقدم»، «رئيس»): read as a victim noun only where a personal name follows, so
 * that the titled-person readings ({@link titledPersonEnd}) take «اختطاف المقدم فلان»، «خطف مسلحون رئيس الهيئة العامة
 * للأوقاف فلان» as one person, and «الدعم المقدم»، «رئيس الوزراء» stay what they are.
 * @module casualties/titles
 */
import type { LexMatch } from '../lexicon/match.js';
import type { VictimEntry } from '../lexicon/types.js';
import { stemIn, wordInfo } from '../tokenize/words.js';
import { actorEndingAt, type Context } from './context.js';
import { NAME_COMMANDERS, NAME_OFFICES, NAME_RANKS, RANK_SECOND_WORDS, RANKS_HEADING } from './grammar.js';
import { nameWord } from './link.js';
import { quotedNameEnd } from './person-names.js';
import { CUE, F } from './tokens.js';

const RANK: VictimEntry = { id: 'ranked', labels: { ar: 'رتب عسكرية', en: 'ranked officers' }, reportsAs: 'soldiers', role: 'rank', forms: NAME_RANKS };
const OFFICE: VictimEntry = { id: 'officials', labels: { ar: 'مسؤولون', en: 'officials and others' }, reportsAs: 'people', forms: NAME_OFFICES };
const COMMANDER: VictimEntry = { id: 'armed-members', labels: { ar: 'عناصر وقادة', en: 'members and commanders of armed forces' }, reportsAs: 'fighters', forms: NAME_COMMANDERS };
/** Each title's entry. */
const TITLES: ReadonlyMap<string, VictimEntry> = /* @__PURE__ */ new Map([
  ...NAME_RANKS.map((w) => [w, RANK] as const),
  ...NAME_OFFICES.map((w) => [w, OFFICE] as const),
  ...NAME_COMMANDERS.map((w) => [w, COMMANDER] as const),
]);
const TITLE_ENTRIES: ReadonlySet<VictimEntry> = /* @__PURE__ */ new Set([RANK, OFFICE, COMMANDER]);
/** Whether a victim noun is a title {@link readNameTitles} added: a person, named after it or a casualty word's object. @internal */
export const isTitle = (entry: VictimEntry): boolean => TITLE_ENTRIES.has(entry);
const TITLE_WORDS = /* @__PURE__ */ new Set(TITLES.keys());
const RANK_SECOND = /* @__PURE__ */ new Set(RANK_SECOND_WORDS);
/** The most words of what an office heads before the name: «الهيئة العامة للأوقاف والشؤون الإسلامية بحكومة الوفاق». */
const HEADED = 10;
/** A definite word, after «و» or a preposition too: «الهيئة»، «للأوقاف»، «والشؤون»، «بالمدينة». */
const DEFINITE = /^(?:و?(?:ال|بال|لل|كال))/u;

/**
 * Adds a victim noun to `ctx` at each title of {@link NAME_RANKS}, {@link NAME_OFFICES} or {@link NAME_COMMANDERS} that a
 * personal name follows: a rank with the article (and «أول»، «ركن» after it), an office or a commander with the article
 * or in construct with what it heads.
 * @internal
 */
export function readNameTitles(ctx: Context): void {
  for (let k = 0; k < ctx.n; k++) {
    if (!(ctx.cues[k]! & CUE.TITLE) || !(ctx.bits[k]! & F.WORD) || !stemIn(ctx.doc, k, TITLE_WORDS) || ctx.victimAt.has(k) || ctx.actorsAt.has(k) || ctx.actorNounAt.has(k)) continue;
    const split = wordInfo(ctx.doc, k).splits.find((s) => TITLES.has(s.stem) && (s.prefix === '' || s.prefix === 'و' || s.prefix === 'ال' || s.prefix === 'وال'));
    if (!split) continue;
    let entry = TITLES.get(split.stem)!;
    let last = k;
    if (split.article) {
      if (RANK_SECOND.has((ctx.words[k + 1] ?? '').replace(/^ال/u, ''))) last++; // «الفريق أول»، «العميد الركن»
    } else if (entry === RANK && !RANK_HEADS.has(split.stem)) continue; // «مقدم البرنامج»: a rank is titled with the article
    else {
      // «عميد بلدية مصراتة»: a dean or a mayor, where a brigadier would take the article.
      if (entry === RANK) entry = OFFICE;
      last = headedEnd(ctx, k + 1);
    }
    // «اغتيال رئيس البلدية»، «مسلحين قتلوا بالرصاص عميد بلدية مصراتة»، «اعتقال المقدم»: an office in construct with what
    // it heads, or a rank, where a casualty word's object stands, is a person, named or not; «رئيس الوزراء» elsewhere
    // heads a sentence of its own, and a bare title («وفاة فنان») may be anyone's natural death.
    const object = (split.article ? entry === RANK : headsAtOnce(ctx, k)) && casualtyObject(ctx, k);
    if (last < 0 || !(object || nameAt(ctx, nationalityEnd(ctx, last + 1)))) continue;
    const doc = ctx.doc;
    const clitic = split.prefix.replace(/ال$/u, '');
    const start = doc.norm.starts[doc.tokens[k]!.start + clitic.length]!;
    const end = doc.norm.ends[doc.tokens[last]!.end - 1]!;
    const m: LexMatch<'victims'> = {
      type: 'victims', id: entry.id, entry, firstToken: k, lastToken: last, start, end, text: doc.original.slice(start, end),
      prefix: clitic, article: true, suffix: '', form: split.stem, alternatives: [],
    };
    ctx.victimAt.set(k, m);
    ctx.victimEndingAt.set(last, m);
  }
}

const RANK_HEADS = /* @__PURE__ */ new Set(RANKS_HEADING);

/**
 * «رئيس البلدية»، «عميد بلدية مصراتة»، «رئيس بلدية مدينة مصراتة»: what the title at `k` heads opens a definite word or
 * a place at once, or up to two indefinite words on.
 */
function headsAtOnce(ctx: Context, k: number): boolean {
  const closes = (j: number) => DEFINITE.test(ctx.words[j] ?? '') || ctx.placeAt.has(j) || ctx.actorsAt.has(j);
  for (let j = k + 1; j <= k + 3; j++) {
    if (closes(j)) return true;
    if (!(ctx.bits[j]! & F.WORD) || ctx.bits[j]! & (F.AND | F.COMMA | F.END) || ctx.casualtyAt.has(j) || ctx.numberAt.has(j)) return false;
  }
  return false;
}

/**
 * Whether the title at `k` stands where a casualty word's object does: right after the word («اغتيال رئيس»، «خطفوا
 * رئيس»، «جثة رئيس»), or after a verb's subject or weapon that follow it («قتلت قوات الأمن رئيس»، «قتلوا بالرصاص عميد»).
 */
function casualtyObject(ctx: Context, k: number): boolean {
  let j = k - 1;
  // «اغتال مجهولون، مساء أمس، رئيس …»: time words and commas may stand before it.
  for (const stop = k - 1 - TIME_WORDS; j > stop && ctx.bits[j]! & (F.TIME | F.COMMA); ) j--;
  if (ctx.causeAt.get(j)?.lastToken === j) j--; // «بالرصاص»
  const subject = subjectEndingAt(ctx, j);
  const word = ctx.casualtyEndingAt.get(subject >= 0 ? subject - 1 : j);
  // «العثور على جثة رئيس بلدية …»: of the casualty nouns, only a body word is in construct with its person.
  const body = word !== undefined && subject < 0 && (ctx.cues[word.lastToken]! & CUE.BODY) !== 0;
  return word !== undefined && (word.entry.pos !== 'participle' || body) && (subject < 0 || word.entry.pos === 'verb');
}

/**
 * The first token of an actor, or an actor noun with its definite genitive («قوات الأمن»), that ends at `j`, -1 if
 * none: the subject after a verb.
 */
function subjectEndingAt(ctx: Context, j: number): number {
  const actor = actorEndingAt(ctx, j, SUBJECT_WORDS + 1);
  if (actor >= 0) return actor;
  const genitive = /^ال/u.test(ctx.words[j] ?? '') && ctx.bits[j]! & F.WORD && !(ctx.casualtyAt.has(j) || ctx.numberAt.has(j));
  for (let s = j; s >= 0 && s >= j - SUBJECT_WORDS; s--) {
    const noun = ctx.actorNounAt.get(s)?.lastToken;
    if (noun === j || (genitive && noun === j - 1)) return s;
  }
  return -1;
}
/** The most time words and commas between a verb or its subject and the titled object: «، مساء أمس الخميس،». */
const TIME_WORDS = 5;
/** The most words of a subject between a verb and its titled object: «قوات الأمن الداخلي». */
const SUBJECT_WORDS = 4;

/**
 * The last token of what an office in construct heads, from `k`: indefinite words in construct, closed by a definite
 * one, then definite adjectives (ordinals too), definite words joined by «و» or a preposition, and named sides and
 * places; -1 if no definite word closes the construct.
 */
function headedEnd(ctx: Context, k: number): number {
  let closed = -1;
  for (const end = k + HEADED; k < end && k < ctx.n && ctx.bits[k]! & F.WORD && !(ctx.bits[k]! & (F.TIME | F.END | F.RELATIVE | F.OPENER | F.INCLUDES)); ) {
    let named = Math.max(ctx.actorNounAt.get(k)?.lastToken ?? -1, ctx.placeAt.get(k)?.lastToken ?? -1);
    for (const a of ctx.actorsAt.get(k) ?? []) named = Math.max(named, a.lastToken);
    if (named >= k) k = closed = named;
    else if (DEFINITE.test(ctx.words[k]!) && !ctx.casualtyAt.has(k) && (!ctx.numberAt.has(k) || ctx.numberAt.get(k)!.kind === 'ordinal')) closed = k;
    else if (closed >= 0 || ctx.bits[k]! & F.AND || ctx.casualtyAt.has(k) || ctx.numberAt.has(k)) break; // a name, or no construct
    k++;
  }
  return closed;
}

/** «الدكتور اليمني فلان»: past a definite nationality after a title, where its name opens. */
function nationalityEnd(ctx: Context, k: number): number {
  const v = ctx.victimAt.get(k);
  return v?.entry.role === 'nationality' && v.article && v.prefix === '' && v.lastToken === k ? k + 1 : k;
}

/**
 * Whether a personal name opens at `k`: a name in quotes, or two words at least — a first that may open a name and a
 * second that may stand in one or is a definite surname («عباس القاضي»).
 */
function nameAt(ctx: Context, k: number): boolean {
  if (quotedNameEnd(ctx, k) >= 0) return true;
  if (k + 1 >= ctx.n || ctx.bits[k]! & F.AND || !nameWord(ctx, k, true)) return false;
  const surname = ctx.words[k + 1]!.startsWith('ال') && ctx.bits[k + 1]! & F.WORD && !(ctx.bits[k + 1]! & (F.TIME | F.END)) && !ctx.casualtyAt.has(k + 1) && !ctx.actorsAt.has(k + 1) && !ctx.placeAt.has(k + 1);
  return surname || nameWord(ctx, k + 1, false);
}
