/**
 * Quotes and brackets around a count phrase: «قتل "22 شخصا" على الأقل»، «أسفرت عن استشهاد (أربعة أشخاص)»، «إلى "4"».
 * Pages put marks around a figure and its noun to stress it; the phrase reads as it would without them. The marks are
 * found here and read as nothing (`prepareMended`), one unit for one, so every offset still points into the caller's
 * string: the opening mark as a tatweel, which the search fold deletes (a conjunction before it stays on the figure:
 * «و"14 مقاتلاً"»), the closing one as a space, so that no mention ends on it. Marks around a name, a date or an age in brackets («(23 عاما)», read as an age) are kept.
 * @module casualties/quoted-figures
 */
import { spanOfTokens, type Doc, type Span } from '../document.js';
import type { DocNumber } from '../numbers/types.js';
import { tokenAtOffset } from './context.js';
import { QUOTE_MARKS } from './grammar.js';

/** How many words may follow the figure inside the marks: its noun, an adjective, «من» and a group. */
const PHRASE_WORDS = 4;

const QUOTE = /* @__PURE__ */ new Set(QUOTE_MARKS);
/** Units of an age or a span of time: a bracket around «23 عاما» gives an age, read as one. */
const TIME_UNITS = /* @__PURE__ */ new Set(['عام', 'عاما', 'اعوام', 'سنه', 'سنوات', 'سنين', 'شهر', 'شهرا', 'اشهر', 'يوم', 'يوما', 'ايام', 'ساعه', 'ساعات']);

/**
 * Original offsets of the quote or bracket pairs, each with what it is read as, that enclose only a count phrase: an opening mark right before a
 * cardinal or vague figure (or its qualifier), then at most {@link PHRASE_WORDS} words, then the closing mark (a
 * bracket closes a bracket; a bare figure in brackets only after a word of its line: «ارتفع إلى (53) على الأقل»).
 * Empty for most texts. @internal
 */
export function quotedFigureMarks(doc: Doc, numbers: readonly DocNumber[]): [number, string][] {
  const out: [number, string][] = [];
  const { tokens } = doc;
  const mark = (i: number): string => (i >= 0 && i < tokens.length && tokens[i]!.kind === 'punct' ? tokens[i]!.text : '');
  for (const num of numbers) {
    if (num.kind !== 'cardinal' && num.kind !== 'vague' && num.kind !== 'quantifier') continue;
    const first = num.qualifier ? tokenAtOffset(doc, num.qualifier.start) : num.firstToken;
    const open = mark(first - 1);
    const bracket = open === '(' || open === '[';
    if (!bracket && !QUOTE.has(open)) continue;
    let close = num.lastToken + 1;
    while (close <= num.lastToken + PHRASE_WORDS && tokens[close]?.kind === 'word') close++;
    const closing = mark(close);
    if (bracket ? closing !== (open === '(' ? ')' : ']') : !QUOTE.has(closing)) continue;
    // «(3) مقتل …» opening a line numbers an item: a bare figure in brackets is a count only inside a sentence.
    if (bracket && close === num.lastToken + 1 && !insideLine(doc, first - 1)) continue;
    if (bracket && TIME_UNITS.has(tokens[num.lastToken + 1]!.text)) continue;
    out.push([spanOfTokens(doc, first - 1, first - 1).start, '\u0640'], [spanOfTokens(doc, close, close).start, ' ']);
  }
  return out;
}

/** Whether a word or figure stands before token `k` on its line. */
function insideLine(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  if (!before || before.kind === 'punct') return false;
  // Only the gap between the two tokens is looked at: a search to the next line break could cross the whole text for
  // every bracket (quadratic on a long line of them).
  const { text } = doc.norm;
  for (let i = before.end; i < doc.tokens[k]!.start; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

/**
 * A mention read with the marks `marks` (pairs, opening then closing) as nothing, with both marks of a pair inside its
 * span when it reaches into the pair: «(6) وفيات», not «6) وفيات»; «إلى "4"», not «إلى "4». Spans stay slices of `text`.
 * @internal
 */
export function withWholeMarks<M extends Span>(m: M, marks: readonly (readonly [number, string])[], text: string): M {
  let { start, end } = m;
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k]![0];
    const close = marks[k + 1]![0];
    if (start === open + 1 && end > close) start = open;
    if (end === close && start <= open) end = close + 1;
  }
  return start === m.start && end === m.end ? m : { ...m, start, end, text: text.slice(start, end) };
}
