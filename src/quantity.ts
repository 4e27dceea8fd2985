/**
 * The one quantity shape the whole library uses, for number mentions and casualty counts.
 * @module quantity
 */

/**
 * Labels for quantities given without a figure. `tens` عشرات, `hundreds` مئات/المئات, `thousands` آلاف/الآلاف,
 * `tens-of-thousands` عشرات الآلاف, `hundreds-of-thousands` مئات الآلاف/مئات آلاف, `millions` ملايين,
 * `several` عدة/بضعة/عديد, `some` عدد من/bare plurals, `many` عدد كبير/العديد من, `most` معظمهم (sub-groups),
 * `unknown` عدد غير معروف or no size at all.
 * @example
 * ```ts
 * const tens: VagueLabel = 'tens'; // «أصيب عشرات آخرين»
 * const several: VagueLabel = 'several'; // «قتلت عدة جنود»
 * ```
 */
export type VagueLabel =
  | 'tens'
  | 'hundreds'
  | 'thousands'
  | 'tens-of-thousands'
  | 'hundreds-of-thousands'
  | 'millions'
  | 'several'
  | 'some'
  | 'many'
  | 'most'
  | 'unknown';

/**
 * How many. Exactly one of three readings:
 * - an exact figure: `{ value: 52 }` («52»، «اثنان وخمسون»);
 * - an approximate figure: `{ value: 30, approximate: true }` («نحو 30»، «حوالي ثلاثين»);
 * - bounds: `{ min: 90 }` («أكثر من 90» — by convention the bound is the figure itself, not 91), `{ max: 5 }`
 *   («أقل من 5»);
 * - no figure: `{ vague: 'tens', min: 10 }` («عشرات»), `{ vague: 'several', min: 3 }` («عدة»),
 *   `{ vague: 'some' }` («عدد من»).
 *
 * @example
 * ```ts
 * const exact: Quantity = { value: 52 };               // قتل 52 مدنيا
 * const approx: Quantity = { value: 48, approximate: true }; // نحو 48 قتيلا
 * const lower: Quantity = { min: 112 };                // أكثر من 112 آخرين
 * const tens: Quantity = { vague: 'tens', min: 10 };   // عشرات آخرين
 * ```
 */
export interface Quantity {
  /** The figure, when the text gives one. */
  value?: number;
  /** A lower bound (inclusive by convention: «أكثر من 90» → 90). */
  min?: number;
  /** An upper bound. */
  max?: number;
  /** True for «نحو، حوالي، قرابة، زهاء، ما يقارب، ما يناهز». */
  approximate?: boolean;
  /** The kind of figure-less quantity. */
  vague?: VagueLabel;
}
