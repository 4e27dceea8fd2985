/**
 * The value of a run of digits with separators, as the tokenizer delivers it (search normalization has already
 * turned Arabic-Indic and Persian digits into ASCII; it leaves ٫ and ٬ alone).
 * @module numbers/digits
 */

const DOT = 0x2e;
const COMMA = 0x2c;
const AR_DECIMAL = 0x066b; // ٫
const AR_THOUSANDS = 0x066c; // ٬

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
  let dots = 0;
  let commas = 0;
  let lastSep = -1;
  let lastSepCode = 0;
  let arDecimal = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT) dots++;
    else if (c === COMMA) commas++;
    else if (c === AR_DECIMAL) arDecimal = i;
    else if (c === AR_THOUSANDS || (c >= 0x30 && c <= 0x39)) continue;
    else return null;
    if (c === DOT || c === COMMA) {
      lastSep = i;
      lastSepCode = c;
    }
  }
  let decimalAt = -1; // index of the decimal separator
  let grouping = ''; // characters that are thousands separators
  if (arDecimal >= 0) {
    decimalAt = arDecimal;
    grouping = '.,';
  } else if (dots && commas) {
    decimalAt = lastSep;
    grouping = lastSepCode === DOT ? ',' : '.';
  } else if (dots || commas) {
    const sep = dots ? '.' : ',';
    // One dot is a decimal point (4.800 → 4.8); one comma before three digits groups thousands (1,070).
    if ((sep === ',' || dots > 1) && isThousandsGrouping(s, sep)) grouping = sep;
    else if (dots > 1) return null;
    else if (commas > 1) grouping = ','; // odd grouping (1,23,456): still a grouped integer
    else decimalAt = lastSep;
  }
  let int = '';
  let frac = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (i === decimalAt) continue;
    if (ch === '٬' || grouping.includes(ch)) continue;
    if (decimalAt >= 0 && i > decimalAt) frac += ch;
    else int += ch;
  }
  if (!int && !frac) return null;
  return Number(`${int || '0'}.${frac || '0'}`);
}

/** True when `sep` splits `s` into a first group of 1–3 digits (not «0») and further groups of exactly 3. */
function isThousandsGrouping(s: string, sep: string): boolean {
  const groups = s.split(sep);
  const first = groups[0]!;
  if (first.length < 1 || first.length > 3 || first === '0') return false;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return false;
  return true;
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
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
