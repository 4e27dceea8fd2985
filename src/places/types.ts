/**
 * A place phrase resolved to the gazetteer.
 * @module places/types
 */
import type { Span } from '../document.js';
import type { PlaceType } from '../lexicon/types.js';

/**
 * Where a place phrase sits in the gazetteer: the place it names, its type, its governorate and the places around it.
 * @example
 * ```ts
 * // «بلدة كفرنبل بريف إدلب الجنوبي» →
 * const at: ResolvedPlace = { place: 'kafranbel', type: 'town', governorate: 'idlib', within: ['idlib-governorate', 'syria'] };
 * ```
 */
export interface ResolvedPlace {
  /**
   * The gazetteer id of the place the phrase names: its first name the gazetteer knows («كفرنبل» in «بلدة كفرنبل
   * بريف إدلب»; «حلب» in «حي الزهور بمدينة حلب» when «الزهور» is not listed). `null` when it knows none.
   */
  place: string | null;
  /** That entry's type (`town`, `district`, `city`, `region`, `governorate`, …), or `null`. */
  type: PlaceType | null;
  /**
   * The governorate (province) around the place: the nearest entry of type `governorate` up the `isIn` chain,
   * itself included, reported without a trailing `-governorate` (`idlib-governorate` → `idlib`). `null` when none.
   */
  governorate: string | null;
  /** The ids of the places around it, innermost first, up to the country. */
  within: string[];
}

/**
 * A place phrase with its span and resolution, as `findPlaces` returns it and casualty mentions, events and the
 * summary carry it as `location`.
 * @example
 * ```ts
 * // findPlaces('قتل مدنيان في حي الشعار بمدينة حلب')[0] →
 * // { start: 14, end: 34, text: 'حي الشعار بمدينة حلب', place: 'al-shaar', type: 'district', governorate: 'aleppo',
 * //   within: ['aleppo', 'aleppo-governorate', 'syria'] }
 * ```
 */
export interface PlaceMention extends Span, ResolvedPlace {}
