/**
 * The place-phrase reader: a place noun or gazetteer name, followed to the end of its chain — «بلدة كفرنبل بريف إدلب
 * الجنوبي»، «حي الشعار بمدينة حلب»، «أحياء المغاير والسكري والمشهد في مدينة حلب»، «بخان شيخون جنوب إدلب». Shared by
 * `findPlaces` and the casualty layer.
 * @module places/reader
 */
import { spanOfNormalized, spanOfTokens, type Doc, type Span } from '../document.js';
import { QUOTES, type LexMatch } from '../lexicon/match.js';
import { cliticSplits, type CliticSplit } from '../tokenize/index.js';
import { TokenIndex } from '../tokenize/token-index.js';
import { stemIn, wordInfo } from '../tokenize/words.js';
import { BELONGING, DIRECTION_ADJECTIVES, DIRECTIONS, DIRECTORATES, NAME_ADJECTIVES, NAME_FIRST_WORDS, NOT_PLACE_NAMES, PERSON_NAME_WORDS, OFFICES, PLACE_LISTS, PLACE_NOUNS, ROADS } from './grammar.js';

const HEADS = /* @__PURE__ */ new Set(PLACE_NOUNS);
const LISTS = /* @__PURE__ */ new Set(PLACE_LISTS);
const NOT_NAME = /* @__PURE__ */ new Set(NOT_PLACE_NAMES);
const OFFICE = /* @__PURE__ */ new Set(OFFICES);
const DIRECTORATE = /* @__PURE__ */ new Set(DIRECTORATES);
/** A word ending in the accusative tanween, on its alif or before it. */
const TANWEEN_END = /\u064B\u0627?$|\u0627\u064B$/u;
const DIRECTION = /* @__PURE__ */ new Set(DIRECTIONS);
const DIRECTION_ADJECTIVE = /* @__PURE__ */ new Set(DIRECTION_ADJECTIVES);
const NAME_FIRST = /* @__PURE__ */ new Set(NAME_FIRST_WORDS);
const ROAD = /* @__PURE__ */ new Set(ROADS);
const PERSON = /* @__PURE__ */ new Set(PERSON_NAME_WORDS);
const DASHES = /* @__PURE__ */ new Set(['-', '–', '—']);
const NAME_ADJECTIVE = /* @__PURE__ */ new Set(NAME_ADJECTIVES);
const BELONG = /* @__PURE__ */ new Set(BELONGING);

/** A token range covered by another reading (a number, casualty word, victim noun or actor). @internal */
export interface TokenRange {
  readonly firstToken: number;
  readonly lastToken: number;
}

/** What the reader needs of a text: its tokens, gazetteer matches, and the tokens other layers read. @internal */
export interface PlaceText {
  readonly doc: Doc;
  /** Gazetteer matches by first token. */
  readonly placeAt: TokenIndex<LexMatch<'places'>>;
  /** 1 where a number, casualty word, victim noun or actor starts: no part of a place's name. */
  readonly taken: Uint8Array;
  /** 1 inside an actor's name, where no place phrase starts: «قوات سوريا الديمقراطية». */
  readonly inActor: Uint8Array;
  /** The reader's memo of where each run of bare place nouns ends (see `Reader.runEnd`): a fact of the text alone. */
  readonly runEnds: Uint32Array;
}

/**
 * A place phrase: its first and last token; `fallback` for a place its sentence's casualties take only where it names
 * no other — a dateline («الفاشر – قتل…»), the point a distance is measured from («13 كم شمال مدينة حمص»). @internal
 */
export interface PlacePhrase {
  first: number;
  last: number;
  fallback?: true;
}

/**
 * The reader's view of a text. `places` are the gazetteer matches, `actors` the actor mentions, `others` the
 * first tokens of numbers, casualty words and victim nouns. @internal
 */
export function placeText(doc: Doc, places: Iterable<LexMatch<'places'>>, actors: readonly TokenRange[], others: Iterable<number>): PlaceText {
  const n = doc.tokens.length;
  // One allocation per document for the four per-token arrays (the 32-bit ones first, for their alignment).
  const buffer = new ArrayBuffer(10 * n + 4);
  const runEnds = new Uint32Array(buffer, 4 * n, n + 1);
  const taken = new Uint8Array(buffer, 8 * n + 4, n);
  const inActor = new Uint8Array(buffer, 9 * n + 4, n);
  for (const k of others) if (k >= 0 && k < n) taken[k] = 1;
  for (const a of actors) {
    if (a.firstToken >= 0 && a.firstToken < n) taken[a.firstToken] = 1;
    for (let k = Math.max(0, a.firstToken); k <= a.lastToken && k < n; k++) inActor[k] = 1;
  }
  const placeAt = new TokenIndex<LexMatch<'places'>>(new Int32Array(buffer, 0, n));
  for (const p of places) placeAt.set(p.firstToken, p);
  return { doc, placeAt, taken, inActor, runEnds };
}

/** The place phrases of a text, in order, none overlapping. @internal */
export function placePhrases(t: PlaceText): PlacePhrase[] {
  const r = new Reader(t);
  const out: PlacePhrase[] = [];
  for (let i = 0; i < r.n; ) {
    const first = t.inActor[i] ? -1 : r.opening(i);
    if (first < 0) {
      i++;
      continue;
    }
    const list = r.isHead(i, LISTS);
    let last = first;
    // Each step moves `last` forward or stops, so the walk ends; a phrase is never read twice.
    for (let next = r.onward(last, list); next > last; next = r.onward(last, list)) last = next;
    out.push({ first: i, last });
    i = last + 1;
  }
  return out;
}

/** The span of a phrase, after an attached preposition: «بمدينة حلب» at «مدينة», «بالرقة» at «الرقة». @internal */
export function phraseSpan(t: PlaceText, p: PlacePhrase): Span {
  const named = t.placeAt.get(p.first);
  const end = spanOfTokens(t.doc, p.last, p.last).end;
  let start: number;
  if (named) start = named.start;
  else {
    const token = t.doc.tokens[p.first]!;
    const split = cliticSplits(token.text).find((s) => !s.article && HEADS.has(s.stem));
    start = spanOfNormalized(t.doc, token.start + (split?.prefix.length ?? 0), token.end).start;
  }
  return { start, end, text: t.doc.original.slice(start, end) };
}

/**
 * «إب» (Ibb) is also «آب» (August) and the «اب» of «باب» (a door) once hamza seats and clitics are read through: a
 * name of two letters is read only as its form writes it.
 */
function unlikeShortForm(named: LexMatch<'places'>): boolean {
  return named.form.length <= 2 && named.text.replace(DIACRITICS, '') !== named.form;
}
const DIACRITICS = /[\u064B-\u0652\u0670]/gu;

class Reader {
  readonly n: number;
  /** Per token, where the run of bare place nouns starting there ends (+1; 0 = not yet known). */
  private readonly runEnds: Uint32Array;

  constructor(private readonly t: PlaceText) {
    this.n = t.doc.tokens.length;
    this.runEnds = t.runEnds;
  }

  private word(i: number): string {
    return this.t.doc.tokens[i]?.text ?? '';
  }

  private splitsOf(i: number): readonly CliticSplit[] {
    return i >= 0 && i < this.n ? wordInfo(this.t.doc, i).splits : [];
  }

  /** Token `i` is a place noun of `set`, bare or after clitics whose prefix passes `prefix`. */
  isHead(i: number, set: ReadonlySet<string> = HEADS, prefix?: (p: string, article: boolean) => boolean): boolean {
    // Any prefix: the answer depends on the word alone, and is kept with it (its stems are its splits' stems).
    if (prefix === undefined) return i >= 0 && i < this.n && stemIn(this.t.doc, i, set);
    const splits = this.splitsOf(i);
    for (let k = 0; k < splits.length; k++) {
      const s = splits[k]!;
      if (set.has(s.stem) && (prefix === undefined || prefix(s.prefix, s.article))) return true;
    }
    return false;
  }

  /** A place noun carrying the article: «المدينة»، «بالريف». */
  private definiteHead(i: number): boolean {
    return this.isHead(i, HEADS, (_, article) => article) && !this.isHead(i, HEADS, (_, article) => !article);
  }

  /** Where a phrase may open at `i`: its first segment's last token, or -1. */
  opening(i: number): number {
    const named = this.t.placeAt.get(i);
    if (named) {
      // An ambiguous name («الباب» the door, «الشعار» the slogan) names a place after a place noun or a preposition.
      const afterPreposition = named.prefix.includes('ب') || this.word(i - 1) === 'في';
      if (named.entry.ambiguous && !afterPreposition) return -1;
      return this.adjective(named) || unlikeShortForm(named) || this.owned(i) ? -1 : named.lastToken;
    }
    return this.isHead(i) ? this.afterHead(i) : -1;
  }

  /**
   * A name at `i` that is part of a person's name («لعائلة أبو رفح») or of a road between two places («على طريق
   * حلب–دمشق الدولي»، «طريق بعقوبة الخالص»: both ends). A road to one place («على طريق المنصوري») is near it: its name is
   * the place.
   */
  private owned(i: number): boolean {
    const named = this.t.placeAt.get(i)!;
    const before = this.word(i - 1);
    if (named.prefix !== '') return false;
    if (PERSON.has(before)) return true;
    if (ROAD.has(before)) return this.secondEnd(named.lastToken + 1);
    // The second end: «-الحديدة» or «الخالص» after the first.
    const end = DASHES.has(before) ? i - 2 : i - 1;
    for (let k = end; k >= 0 && k >= end - 2; k--) {
      const first = this.t.placeAt.get(k);
      if (first) return first.lastToken === end && first.prefix === '' && ROAD.has(this.word(k - 1));
    }
    return false;
  }

  /** A road's second end at `k`, after its dash or not: «-دمشق»، «– كركوك»، «الخالص». */
  private secondEnd(k: number): boolean {
    const named = this.t.placeAt.get(DASHES.has(this.word(k)) ? k + 1 : k);
    return named !== undefined && named.prefix === '';
  }

  /**
   * «11 طفلاً سورياً»، «مدنيا سوريا»: a one-word name that is also its country's adjective in the accusative (سوريا،
   * ليبيا), with the tanween or right after a victim noun in the accusative, describes the victims.
   */
  private adjective(named: LexMatch<'places'>): boolean {
    if (named.prefix !== '' || named.firstToken !== named.lastToken) return false;
    const i = named.firstToken;
    return TANWEEN_END.test(named.text) || (this.t.taken[i - 1] === 1 && this.word(i - 1).endsWith('ا'));
  }

  /** A segment that starts with a place noun at `i`: «ريف مدينة إدلب»، «قرية "حطلة"»، «الريف الجنوبي لإدلب». */
  private afterHead(i: number): number {
    const k = this.runEnd(i + 1);
    const named = this.t.placeAt.get(k);
    if (named) return named.lastToken;
    // «مديرية الصحة» is an office, «مديرية صرواح» a district.
    if (!this.definiteHead(i)) return this.isHead(i, DIRECTORATE) && OFFICE.has(this.word(k)) ? -1 : this.nameEnd(k);
    // «المدينة» alone names no place; «الريف الجنوبي لإدلب» names the countryside of the place after ل.
    const of = this.t.placeAt.get(k + 1);
    return DIRECTION_ADJECTIVE.has(this.word(k)) && of && of.prefix.startsWith('ل') ? of.lastToken : -1;
  }

  /**
   * The first token from `k` on that is no bare place noun («ريف مدينة إدلب» stacks them). Remembered for every token
   * of the run, so that a text of repeated nouns («حي حي حي …») is read in linear time, not rescanned from each.
   */
  private runEnd(k: number): number {
    let end = k;
    while (end < this.n && this.runEnds[end] === 0 && !this.t.placeAt.has(end) && this.isHead(end, HEADS, (p) => p === '')) end++;
    if (end < this.n && this.runEnds[end] !== 0) end = this.runEnds[end]! - 1;
    for (let j = k; j < end && this.runEnds[j] === 0; j++) this.runEnds[j] = end + 1;
    return end;
  }

  /** A segment at `k` after a preposition or direction: a gazetteer name, or a place noun and its name. */
  private segment(k: number): number {
    const named = this.t.placeAt.get(k);
    if (named) return named.lastToken;
    return this.isHead(k) ? this.afterHead(k) : -1;
  }

  /**
   * The name after a place noun at `i`: a quoted or bracketed name («قرية "أبو خشب"»), one word, or two when the first word
   * opens compound names («معرة مصرين»، «تل رفعت») or the second carries the article and the first does not
   * («خان الشيح» is both). -1 when `i` is no name.
   */
  private nameEnd(i: number): number {
    const t = this.t.doc.tokens[i];
    if (!t) return -1;
    if (QUOTES.has(t.text)) {
      for (let k = i + 1; k < Math.min(this.n, i + 5); k++) if (QUOTES.has(this.word(k))) return k > i + 1 ? k : -1;
      return -1;
    }
    // «قرية (مسكفعام)»: a name of one or two words in brackets — not an aside («مدينة (حسب مصادر محلية)»).
    if (t.text === '(') {
      for (let k = i + 1; k <= i + 3 && k < this.n; k++) {
        if (this.word(k) === ')') return k > i + 1 ? k : -1;
        if (this.t.doc.tokens[k]!.kind !== 'word' || NOT_NAME.has(this.word(k))) return -1;
      }
      return -1;
    }
    if (!this.nameWord(i)) return -1;
    const first = t.text;
    const second = this.word(i + 1);
    const compound = NAME_FIRST.has(first) || (second.startsWith('ال') && !first.startsWith('ال'));
    return compound && this.nameWord(i + 1) && !second.startsWith('و') ? i + 1 : i;
  }

  /** A word that may be part of a name: not a function word, place noun, or another layer's reading. */
  private nameWord(i: number): boolean {
    const t = this.t.doc.tokens[i];
    return t !== undefined && t.kind === 'word' && !NOT_NAME.has(t.text) && !this.t.taken[i] && !this.isHead(i);
  }

  /**
   * How far the phrase ending at `last` goes on: coordinated names («وسرمين»، «والسكري» after a plural noun), «في» or
   * an attached ب before the place around it («في مدينة حلب»، «بريف إدلب»)، its ل («الغوطة الشرقية لدمشق»), or a
   * direction («جنوب إدلب»، «شمال شرقي مدينة الرقة»), also past an adjective of the name or «التابعة». Returns `last`
   * when it stops.
   */
  onward(last: number, list: boolean): number {
    const k = last + 1;
    const w = this.word(k);
    const named = this.t.placeAt.get(k);
    // «وسط» is a direction, not و + a coordinated name. Names are coordinated within one phrase only after a plural
    // or dual noun («مدينتي خان شيخون وسرمين»); otherwise «دوما وحرستا» are two places, each read on its own.
    if (w.startsWith('و') && w.length > 2 && !DIRECTION.has(w)) {
      if (!list) return last;
      if (named && named.prefix.startsWith('و')) return named.lastToken;
      if (w.startsWith('وال') && !this.t.taken[k] && !this.t.inActor[k]) return k;
      return last;
    }
    const around = this.around(k, false);
    if (around >= 0) return Math.max(last, around);
    // «قرية أبو حبة الصغيرة بريف حماة»، «ناحية العظيم التابعة لمحافظة ديالى»: past an adjective of the name, or the
    // word that ties it to its unit (then a noun after «ل» is that unit).
    const tied = BELONG.has(w);
    return tied || NAME_ADJECTIVE.has(w) ? Math.max(last, this.around(k + 1, tied)) : last;
  }

  /**
   * The place around, told at `k`: «في» and a segment, a name or place noun after an attached ب (or ل, `of`), a
   * direction and a segment. Its last token, or -1.
   */
  private around(k: number, of: boolean): number {
    const w = this.word(k);
    const named = this.t.placeAt.get(k);
    if (w === 'في') return this.segment(k + 1);
    if (named && /^[بل]/u.test(named.prefix)) return named.lastToken;
    if (this.isHead(k, HEADS, (p) => p.startsWith('ب') || (of && p.startsWith('ل')))) return this.afterHead(k);
    // A name that opens with a direction is the place around: «مدينة صور جنوب لبنان»، «نيالا جنوب دارفور».
    if (named && DIRECTION.has(w)) return named.lastToken;
    if (DIRECTION.has(w)) return this.segment(DIRECTION.has(this.word(k + 1)) ? k + 2 : k + 1);
    return -1;
  }
}
