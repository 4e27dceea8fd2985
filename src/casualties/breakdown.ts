/**
 * Breakdowns of a toll by place, means or agent: «قتل شخصان في المطار وأربعة في أم درمان وثمانية في مدينة نيالا»، «أصيب 3
 * بالرصاص الحي و5 بالرصاص المعدني»، «اعتقل 18 على يد النظام و37 على يد قسد» — after a mention, a bare figure joined
 * to it and followed by «في» (or «من») and a place, by a cause, or by «على يد» and an actor, counts more victims of the
 * same kind there, by that means or at those hands.
 * @module casualties/breakdown
 */
import { PLACE_NOUNS } from '../places/grammar.js';
import { phraseAt, phraseTable, wordIn, type Context } from './context.js';
import { BY_HANDS, PART_EVENTS, PART_OF } from './grammar.js';
import { CARE_PLACE, bareFigure, countingNumber, countOfForm, readNounPhrase, type Candidate, type NounPhrase } from './phrases.js';
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
  return (ctx.words[at] === 'في' || ctx.words[at] === 'من') && placeAt(ctx, at + 1) ? np : null;
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

/**
 * Items of a per-place list told with the casualty noun itself: «ستة شهداء في درعا، شهيدان في دير الزور»، «12 شهيداً
 * في بابا عمرو وشهيد واحد في الخالدية» — an indefinite dual participle, or a singular one with «واحد», after a comma or
 * «و», then «في» and a place, with a mention of its kind before it in the sentence.
 */
export function linkPlaceItems(ctx: Context, found: readonly Candidate[], out: Candidate[]): void {
  // Made on first use: most documents have no item that gets this far.
  let endsOfKind: Set<string> | undefined;
  // A mention of the kind ending within reach before `k`, in its sentence (a bounded look back: linear).
  const after = (kind: string, k: number) => {
    endsOfKind ??= new Set(found.map((c) => `${c.kind}:${c.last}`));
    for (let b = k - 1; b >= 0 && b >= k - LIST_REACH && ctx.sentenceOf[b] === ctx.sentenceOf[k]; b--) if (endsOfKind.has(`${kind}:${b}`)) return true;
    return false;
  };
  for (let k = 1; k < ctx.n; k++) {
    const p = ctx.casualtyAt.get(k);
    if (!p || p.entry.pos !== 'participle' || p.article || p.suffix.length > 2 || ctx.numberAt.has(k - 1)) continue;
    if (!(p.prefix === 'و' || ctx.words[k - 1] === 'و' || ctx.bits[k - 1]! & F.COMMA)) continue;
    const form = countOfForm(p);
    const one = form?.value === 1 && ctx.words[p.lastToken + 1] === 'واحد';
    if (!(form?.value === 2 || one)) continue;
    const last = one ? p.lastToken + 1 : p.lastToken;
    if (ctx.words[last + 1] !== 'في' || !placeAt(ctx, last + 2)) continue;
    if (!after(p.entry.kind, k)) continue;
    out.push({ kind: p.entry.kind, first: k, last, trigger: [p.firstToken, p.lastToken], count: form, victims: 'unspecified', others: false, rule: 'ellipsis' });
  }
}
