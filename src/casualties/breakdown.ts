/**
 * Per-place breakdowns of a toll: «قتل شخصان في المطار وأربعة في أم درمان وثمانية في مدينة نيالا» — after a
 * mention, a bare figure joined to it and followed by «في» (or «من») and a place counts more victims of the same kind there.
 * @module casualties/breakdown
 */
import { PLACE_NOUNS } from '../places/grammar.js';
import { wordIn, type Context } from './context.js';
import { readNounPhrase, type NounPhrase } from './phrases.js';

const PLACE_HEADS = /* @__PURE__ */ new Set(PLACE_NOUNS);

/**
 * A bare figure at `i` («وأربعة») followed by «في» or «من» and a place — a name the lexicons know, a place noun («مدينة»،
 * «قرية») or «كل من» before a list of places — or null. «وأربعة في حالة خطيرة» names no place and is no breakdown.
 */
export function placedFigure(ctx: Context, i: number): NounPhrase | null {
  // «بعد يوم واحد»: a number word that begins with و («واحد») carries no conjunction.
  if (ctx.numberAt.get(i)?.text.startsWith('و')) return null;
  const np = readNounPhrase(ctx, i, true, false);
  if (!np || !np.countTokens || np.others || np.participle || np.victims !== null) return null;
  // «وعشرة من بلدة الحسينية»: «من» tells where they are from (the figure's reading may hold it as a partitive).
  const at = ctx.words[np.last] === 'من' ? np.last : np.last + 1;
  if (ctx.words[at] !== 'في' && ctx.words[at] !== 'من') return null;
  const place = at + 1;
  const named = ctx.placeAt.has(place) || wordIn(ctx, place, PLACE_HEADS) || (ctx.words[place] === 'كل' && ctx.words[place + 1] === 'من');
  return named ? np : null;
}
