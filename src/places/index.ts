/**
 * Places: place phrases resolved to the gazetteer, up to their governorate.
 * @module places
 */
import { builtinCompiled } from '../builtin.js';
import { findPlacesWith } from './find-places.js';
import type { PlaceMention } from './types.js';

export type { PlaceMention, ResolvedPlace } from './types.js';

/**
 * Finds the places a text names, with the built-in gazetteer: a place noun or a gazetteer name followed to the end
 * of its chain («بلدة كفرنبل بريف إدلب الجنوبي»، «حي الشعار بمدينة حلب»، «بخان شيخون جنوب إدلب»), resolved to the
 * first gazetteer entry it names and up the `isIn` chain to its governorate. Names that are also common words
 * («الباب»، «الشعار») count only after a place noun or a preposition. Use `createAnalyzer` for other gazetteers.
 *
 * @param text - Arabic text
 * @returns the place phrases in text order, none overlapping; `text.slice(p.start, p.end) === p.text`
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * const [p] = findPlaces('قُتل مدنيان في بلدة كفرنبل بريف إدلب الجنوبي');
 * p.text; // → 'بلدة كفرنبل بريف إدلب الجنوبي'
 * [p.place, p.type, p.governorate]; // → ['kafranbel', 'town', 'idlib']
 * findPlaces('حي الشعار بمدينة حلب')[0]?.governorate; // → 'aleppo'
 * ```
 */
export function findPlaces(text: string): PlaceMention[] {
  return findPlacesWith(builtinCompiled(), text);
}
