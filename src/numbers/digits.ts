/**
 * The value of a run of digits with separators, as the tokenizer delivers it: digits with a separator only between
 * two digits (search normalization has already turned Arabic-Indic and Persian digits into ASCII; it leaves ٫ and ٬
 * alone).
 * @module numbers/digits
 */

/**
 * Reads «1,070», «١٬٠٧٠», «1.5», «٠٫٧٧», «0,08», «1,234,567.89». The Arabic separators mean what they say. For . and
 * , the last one is the decimal point when both occur; a lone kind is grouping when every group after the first has
 * exactly three digits and the first group is 1–3 digits and not «0» (1,070 → 1070; 1.234.567), except that a single
 * dot is always a decimal point (4.800 → 4.8); otherwise a single comma is a decimal point too (٤,٨ → 4.8). Several dots in groups that are not thousands (an IP address) give null.
 *
 * @example
 * ```ts
 * digitValue('1,070'); // → 1070
 * digitValue('0٫77'); // → 0.77 (from «٠٫٧٧» after search normalization)
 * ```
 */
export function digitValue(s: string): number | null {
  // Most number tokens are plain digits: their value is the string's, without the regular expressions below.
  if (isPlainDigits(s)) return Number(s);
  s = s.replace(/٬/gu, '');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let point = s.indexOf('٫'); // the decimal point: ٫, else the last of . and , when both occur, else a lone one
  if (point < 0 && (dots || commas)) {
    const grouped = !(dots && commas) && (commas || dots > 1) && /^(?!0\D)\d{1,3}([.,]\d{3})+$/u.test(s); // 1,070 and 1.234.567
    if (!grouped && dots > 1) return null; // an address such as 192.168.1.2
    if (!grouped && (dots || commas < 2)) point = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  }
  const digits = (t: string): string => t.replace(/\D/gu, '') || '0';
  return point < 0 ? Number(digits(s)) : Number(`${digits(s.slice(0, point))}.${digits(s.slice(point + 1))}`);
}

/**
 * True when a token text is only ASCII digits (no separators). @internal
 * @example
 * ```ts
 * isPlainDigits('52');    // → true («٥٢» after search normalization)
 * isPlainDigits('1,070'); // → false
 * ```
 */
export function isPlainDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}
