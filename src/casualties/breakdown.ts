/**
 * Breakdowns of a toll by place, means or agent: «قتل شخصان في المطار وأربعة في أم درمان وثمانية في مدينة نيالا»، «أصيب 3
 * بالرصاص الحي و5 بالرصاص المعدني»، «اعتقل 18 على يد النظام و37 على يد قسد» — after a mention, a bare figure joined
 * to it and followed by «في» (or «من») and a place, by a cause, or by «على يد» and an actor, counts more victims of the
 * same kind there, by that means or at those hands.
 * @module casualties/breakdown
 */
import { PLACE_NOUNS } from '../places/grammar.js';
import type { Quantity } from '../quantity.js';
import { phraseAt, phraseTable, wordIn, type Context } from './context.js';
import { BY_HANDS, CASE_NOUNS, CONDITION_WORDS, NOT_ITEM_PLACES, OTHERS, PART_EVENTS, PART_OF } from './grammar.js';
import { CARE_PLACE, bareFigure, countingNumber, countOfForm, plainWord, readNounPhrase, tokensCovered, type Candidate, type NounPhrase } from './phrases.js';
import { F } from './tokens.js';

/** Nouns that head a place («بلدة»، «مخيم»), as a set: a list item's place, a listed person's origin. @internal */
export const PLACE_HEADS = /* @__PURE__ */ new Set(PLACE_NOUNS);
/** How far after a mention of its kind, in its sentence, an item of a per-place list may start. */
const LIST_REACH = 16;

/**
 * «بعد يوم واحد»: a number word that begins with و («واحد») carries no conjunction, so it joins nothing — unless the
 * conjunction is written before it («وواحد في ريف اللاذقية»). @internal
 */
export function numberWordWithWaw(ctx: Context, i: number): boolean {
  return (ctx.numberAt.get(i)?.text.startsWith('و') ?? false) && !ctx.words[i]!.startsWith('وو');
}

/** «على يد»، «على أيدي»، «من قبل»: the phrase that names whose hands did it. @internal */
export const AT_HANDS = /* @__PURE__ */ phraseTable(BY_HANDS);

/**
 * A bare figure at `i` («وأربعة») that a breakdown tells — or null:
 * - by means: with «آخرون» or not, right before a cause («أصيب 3 شبان بالرصاص الحي، و5 آخرون بالرصاص المعدني»);
 * - by agent: before «على يد/على أيدي/من قبل» and an actor («و37 على يد قسد»);
 * - by place: followed by «في» or «من» and a place — a name the lexicons know, a place noun («مدينة»، «قرية») or «كل
 *   من» before a list of places. «وأربعة في حالة خطيرة» names no place and is no breakdown.
 * The figure's phrase is read once for the three.
 * @internal
 */
export function toldFigure(ctx: Context, i: number): NounPhrase | null {
  if (numberWordWithWaw(ctx, i)) return null;
  const np = readNounPhrase(ctx, i, true, false);
  if (!np || !np.countTokens || np.participle || np.victims !== null) return null;
  const next = np.last + 1;
  // «وعدداً من الطائرات المسيرة»، «وعدد من مديريات المحافظة»: a count of no size that ends in «من» counts the weapon or
  // the places after it, no people hurt by it or there («والآلاف من غزة» are people from there).
  if (np.count?.value === undefined && ctx.words[np.last] === 'من' && (ctx.causeAt.has(next) || wordIn(ctx, next, PLACE_HEADS))) return null;
  if (ctx.causeAt.has(next)) return np;
  const by = phraseAt(ctx, next, AT_HANDS);
  if (by > 0 && (ctx.actorsAt.has(next + by) || ctx.actorNounAt.has(next + by))) return np;
  if (np.others) return null;
  // «وعشرة من بلدة الحسينية»: «من» tells where they are from (the figure's reading may hold it as a partitive).
  const at = ctx.words[np.last] === 'من' ? np.last : next;
  // «و6 ببلدة مقنة»: or «ب» joined to a place noun.
  return ((ctx.words[at] === 'في' || ctx.words[at] === 'من') && placeAt(ctx, at + 1)) || ((ctx.words[at] ?? '').startsWith('ب') && wordIn(ctx, at, PLACE_HEADS)) ? np : null;
}

const PART = /* @__PURE__ */ new Set(PART_OF);
const EVENTS = /* @__PURE__ */ new Set(PART_EVENTS);

/**
 * A part of a toll at `i`, after its comma — a figure with «منهم» before or after it — followed by where or how its
 * people were hit: a cause («بغارة»، «بالرصاص الحي»), or «في» and a place or an event («في العدوان على غزة»); or null.
 * («، 7 منهم من عائلة واحدة» tells who they are, no breakdown.)
 */
export function partFigure(ctx: Context, i: number): NounPhrase | null {
  const before = PART.has(ctx.words[i] ?? '');
  const num = countingNumber(ctx, before ? i + 1 : i);
  if (!num) return null;
  const end = before ? num.lastToken : num.lastToken + 1;
  if (!before && !PART.has(ctx.words[end] ?? '')) return null;
  const next = end + 1;
  const told = ctx.causeAt.has(next) || (ctx.words[next] === 'في' && !wordIn(ctx, next + 1, CARE_PLACE) && (placeAt(ctx, next + 1) || ctx.causeAt.has(next + 1) || EVENTS.has(ctx.words[next + 1] ?? '')));
  return told ? { ...bareFigure(num), first: i, last: end } : null;
}

/** A place at `k`: a name the lexicons know, a place noun («مدينة»، «قرية») or «كل من» before a list of places. */
function placeAt(ctx: Context, k: number): boolean {
  return ctx.placeAt.has(k) || wordIn(ctx, k, PLACE_HEADS) || (ctx.words[k] === 'كل' && ctx.words[k + 1] === 'من');
}

const NOT_ITEM_PLACE = /* @__PURE__ */ new Set([...NOT_ITEM_PLACES, ...CASE_NOUNS, ...CONDITION_WORDS]);
const OTHER = /* @__PURE__ */ new Set(OTHERS);

/**
 * A word after «في» that may be a village no gazetteer holds: no lexicon reads it, and it is no state, side, time,
 * event or place of care. Asked only where the list names its places already.
 */
function unknownPlace(ctx: Context, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return plainWord(ctx, k) && !NOT_ITEM_PLACE.has(w) && !EVENTS.has(w) && !CARE_PLACE.has(w);
}

/**
 * Items of a per-place list told with the casualty noun itself: «ستة شهداء في درعا، شهيدان في دير الزور»، «12 شهيداً
 * في بابا عمرو وشهيد واحد في الخالدية» — an indefinite dual or singular participle («واحد» and «آخرين» may follow),
 * after a comma or «و», then «في» and a place, with a mention of its kind ending shortly before it in the sentence.
 * Once the list names its places («في بلدة عيتا»، an item read here), a village no gazetteer holds is a place too, and
 * a bare figure goes on the list: «…، وشهيدين آخرين في يونين، وشهيد في بريتال وثلاثة في طاريا».
 */
export function linkPlaceItems(ctx: Context, found: readonly Candidate[], out: Candidate[]): void {
  // Made on first use: most documents have no item that gets this far. Items read here continue the list.
  let kindsEndingAt: Map<number, Candidate['kind'][]> | undefined;
  const itemEnds = new Set<number>();
  const add = (last: number, kind: Candidate['kind']) => {
    const kinds = kindsEndingAt!.get(last);
    if (kinds) kinds.push(kind);
    else kindsEndingAt!.set(last, [kind]);
  };
  // The mention ending within reach before `k` in its sentence (of `kind`, if given): its kind and whether the list
  // names its places by then — it is an item read here, or «في» and a place follow it. A bounded look back: linear.
  const before = (k: number, kind?: Candidate['kind']) => {
    if (!kindsEndingAt) {
      kindsEndingAt = new Map();
      for (const c of found) add(c.last, c.kind);
    }
    for (let b = k - 1; b >= 0 && b >= k - LIST_REACH && ctx.sentenceOf[b] === ctx.sentenceOf[k]; b--) {
      const at = kindsEndingAt.get(b)?.find((x) => kind === undefined || x === kind);
      if (at !== undefined) return { kind: at, placed: itemEnds.has(b) || (ctx.words[b + 1] === 'في' && placeAt(ctx, b + 2)) };
    }
    return undefined;
  };
  const joined = (k: number, prefix: string) => prefix === 'و' || ctx.words[k - 1] === 'و' || (ctx.bits[k - 1]! & F.COMMA) !== 0;
  // «وثلاثة»: the conjunction written on a figure.
  const figureJoined = (k: number) => (ctx.bits[k]! & F.AND) !== 0 || joined(k, '');
  let covered: Uint8Array | undefined;
  for (let k = 1; k < ctx.n; k++) {
    const p = ctx.casualtyAt.get(k);
    const item = p && p.entry.pos === 'participle' && !p.article && p.suffix.length <= 2 && !ctx.numberAt.has(k - 1) && joined(k, p.prefix) ? p : undefined;
    let count: Quantity | null = item ? countOfForm(item) : null;
    let last = -1;
    let kind: Candidate['kind'] | undefined;
    if (item && (count?.value === 2 || count?.value === 1)) {
      last = ctx.words[item.lastToken + 1] === 'واحد' || OTHER.has(ctx.words[item.lastToken + 1] ?? '') ? item.lastToken + 1 : item.lastToken;
      kind = item.entry.kind;
    } else if (!p) {
      // «…، وشهيد في بريتال وثلاثة في طاريا»: a bare figure goes on a list that names its places.
      const num = countingNumber(ctx, k);
      if (!num || num.value === undefined || num.firstToken !== k || numberWordWithWaw(ctx, k) || !figureJoined(k)) continue;
      last = num.lastToken;
      count = { value: num.value };
    } else continue;
    if (ctx.words[last + 1] !== 'في') continue;
    const known = placeAt(ctx, last + 2);
    if (!known && !unknownPlace(ctx, last + 2)) continue;
    const prior = before(k, kind);
    if (prior === undefined || ((!known || !item) && !prior.placed)) continue;
    // Tokens a reading already covers, marked once (a long list stays linear).
    covered ??= tokensCovered(ctx, found);
    if (covered[k]) continue;
    const e: Candidate = { kind: prior.kind, first: k, last, trigger: item ? [item.firstToken, item.lastToken] : [k, last], count, victims: 'unspecified', others: false, rule: 'ellipsis' };
    if (!item) e.countTokens = [k, last];
    out.push(e);
    add(last, prior.kind);
    itemEnds.add(last);
  }
}
