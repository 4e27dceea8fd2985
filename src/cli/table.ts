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

/** Splits `text` into lines of at most `width` cells, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word wider than the column is cut into pieces.
    for (const char of word) {
      if (displayWidth(line + char) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  lines.push(line);
  return lines;
}

// Columns are two spaces apart. On a terminal, a left-to-right mark at every column boundary keeps a bidi-aware
// terminal from merging two neighbouring Arabic cells into one right-to-left run (which would swap them); it takes
// no cell. Piped or captured, the marks would only end up in the text, so there are none.
const SEPARATOR = '  ';
const TERMINAL_SEPARATOR = '\u200E  ';
const SEPARATOR_CELLS = 2;

/**
 * Renders rows under a header, each column as wide as its widest cell. `terminalWidth` is the width of the terminal
 * the table is written to, 0 when it is not written to a terminal. On a terminal, the widest columns give up width
 * first, down to their longest word, and their cells wrap onto continuation lines.
 */
export function renderTable(header: string[], rows: Cell[][], paint: Paint, terminalWidth = 0): string {
  const all: Cell[][] = [header.map((text) => ({ text, style: 'bold' as Style })), ...rows];
  const cols = header.length;
  const column = (c: number): string[] => all.map((row) => row[c]?.text ?? '');
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...column(c).map(displayWidth)));
  if (terminalWidth > 0) {
    const floors = Array.from({ length: cols }, (_, c) =>
      Math.min(widths[c]!, Math.max(8, ...column(c).flatMap((text) => text.split(' ').map(displayWidth)))),
    );
    let total = widths.reduce((sum, w) => sum + w, 0) + SEPARATOR_CELLS * (cols - 1);
    while (total > terminalWidth) {
      let widest = -1;
      for (let c = 0; c < cols; c++) if (widths[c]! > floors[c]! && (widest < 0 || widths[c]! > widths[widest]!)) widest = c;
      if (widest < 0) break;
      widths[widest]!--;
      total--;
    }
  }
  let out = '';
  for (const row of all) {
    const pieces = row.map((cell, c) => wrap(cell.text, widths[c]!));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let line = 0; line < height; line++) {
      const cells = row.map((cell, c) => {
        const piece = pieces[c]![line] ?? '';
        const padded = c === cols - 1 ? piece : piece + ' '.repeat(widths[c]! - displayWidth(piece));
        return cell.style && piece !== '' ? paint(cell.style, padded) : padded;
      });
      out += cells.join(terminalWidth > 0 ? TERMINAL_SEPARATOR : SEPARATOR).trimEnd() + '\n';
    }
  }
  return out;
}
