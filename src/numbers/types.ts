/**
 * The shapes number mentions come in.
 * @module numbers/types
 */
import type { Span } from '../document.js';
import type { Quantity } from '../quantity.js';

/**
 * What a number expression is:
 * - `cardinal` — a count or amount: «52»، «خمسة وعشرين»، «13 ألف»، «الـ72»، «بي 52» (with `name: true`);
 * - `ordinal` — a rank, not a count: «الثامن»، «ثاني»، «أول»، «الحادي عشر»، «العشرين»;
 * - `percent` — «95%»، «90 بالمائة»، «عشرين في المئة» (`value` is the percentage: 95);
 * - `fraction` — «نصف»، «ثلث»، «ثلاثة أرباع» (`value` 0.5, 0.333…, 0.75);
 * - `vague` — number nouns without a figure: «عشرات»، «المئات»، «آلاف»، «مئات آلاف»، «بضعة» (`vague` + `min`);
 * - `quantifier` — «عدة»، «عدد من»، «عدداً من»، «عدد آخر»، «عدد كبير»، «عدد غير معروف»، «عديداً من» (`vague`).
 *
 * @example
 * ```ts
 * extractNumbers('في اليوم الثامن قتل 52 وأصيب عشرات').map((m) => m.kind); // → ['ordinal', 'cardinal', 'vague']
 * ```
 */
export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'fraction' | 'vague' | 'quantifier';

/**
 * One number expression in the caller's text. `start`/`end` cover the number only: not the counted noun, not a
 * qualifier, not attached و ف ب ل ك (an attached الـ is kept: «الـ72»). The quantity fields follow {@link Quantity}:
 * an exact figure has `value`; «نحو 48» has `value: 48, approximate: true`; «أكثر من 112» has `min: 112` and no
 * `value`; «أقل من 5» has `max: 5`; «عشرات» has `vague: 'tens', min: 10`.
 *
 * @example
 * ```ts
 * // extractNumbers('أصيب أكثر من 112 آخرين')[0] →
 * // { start: 13, end: 16, text: '112', kind: 'cardinal', min: 112,
 * //   qualifier: { start: 5, end: 12, text: 'أكثر من' }, rule: 'digits' }
 * ```
 */
export interface NumberMention extends Span, Quantity {
  /** What kind of number this is. */
  kind: NumberKind;
  /** The qualifier folded into the quantity («نحو»، «أكثر من»، «على الأقل»), with its own span. */
  qualifier?: Span;
  /** True for a figure in a designation or place name (بي 52، مشروع الـ 1070، الفرقة 17): it counts nothing. */
  name?: boolean;
  /** The name of the grammar rule that read it («digits-scale», «words», «quantifier-adad» …). */
  rule: string;
}

/**
 * A mention with the indices of the document tokens it covers (the number without its qualifier; a token counts
 * when the number covers it even partly, as «بثلاث»). For layers built on {@link numbersInDoc}.
 * @internal
 */
export interface DocNumber extends NumberMention {
  /** Index into `doc.tokens` of the first token the number covers. */
  firstToken: number;
  /** Index into `doc.tokens` of the last token the number covers. */
  lastToken: number;
}
