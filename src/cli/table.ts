/**
 * Plain-text tables for a terminal: column widths by display width (Arabic combining marks take no cell,
 * wide East Asian characters and emoji take two), untrusted text made inert, and colors only when asked.
 * @module cli/table
 */
import { styleText } from 'node:util';

/** A style name of `util.styleText`, or several. */
export type Style = Parameters<typeof styleText>[0];

/** Colors text when enabled; a no-op otherwise (pipes, NO_COLOR). */
export type Paint = (style: Style, text: string) => string;

/** A painter: `util.styleText` when `enabled`, the identity otherwise. */
export function painter(enabled: boolean): Paint {
  return enabled ? (style, text) => (text === '' ? text : styleText(style, text)) : (_style, text) => text;
}

/** A cell: its text, and how to paint it once padded. */
export interface Cell {
  text: string;
  style?: Style;
}

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** How many terminal cells `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Makes untrusted text safe and single-line for a terminal: control characters (including ESC, so no escape
 * sequence from an article reaches the terminal) and line breaks become spaces; runs of spaces collapse.
 */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu, ' ').replace(/ {2,}/gu, ' ').trim();
}

/** Like {@link inert} but keeps line breaks: for showing a whole text. */
export function inertLines(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029/gu, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/gu, ' ');
}

/** Cuts `text` to at most `width` cells, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return out + '…';
}

// A left-to-right mark at every column boundary keeps a bidi-aware terminal from merging two neighbouring Arabic
// cells into one right-to-left run (which would swap them); it takes no cell and is ignored elsewhere.
const SEPARATOR = '\u200E  ';

/**
 * Renders rows under a header. The last column takes whatever width remains of `maxWidth` (0: no limit)
 * and is cut to fit; the others are as wide as their widest cell.
 */
export function renderTable(header: string[], rows: Cell[][], paint: Paint, maxWidth = 0): string {
  const all: Cell[][] = [header.map((text) => ({ text, style: 'bold' as Style })), ...rows];
  const cols = header.length;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...all.map((row) => displayWidth(row[c]?.text ?? ''))));
  if (maxWidth > 0) {
    const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
    widths[cols - 1] = Math.max(8, Math.min(widths[cols - 1]!, maxWidth - fixed - 1));
  }
  return all
    .map((row) =>
      row
        .map((cell, c) => {
          const last = c === cols - 1;
          const text = last ? truncate(cell.text, widths[c]!) : cell.text;
          const padded = last ? text : text + ' '.repeat(widths[c]! - displayWidth(text));
          return cell.style ? paint(cell.style, padded) : padded;
        })
        .join(SEPARATOR)
        .trimEnd() + '\n',
    )
    .join('');
}
