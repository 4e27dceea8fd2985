/**
 * The example tables of docs/normalization.md, rendered from the test data (test/data/normalize-cases.ts), so the
 * guide shows exactly what the tests check. `npm run docs:normalization` writes them into the guide; the docs test
 * fails when the guide is out of date.
 */
import {
  OFFSET_CASES, OPERATION_CASES, OPTION_CASES, PRESET_CASES, type OperationName,
} from '../test/data/normalize-cases.js';

/** Names for the characters a reader cannot see. */
const NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'NBSP', 0x00ad: 'SHY', 0x061c: 'ALM', 0x200b: 'ZWSP', 0x200c: 'ZWNJ', 0x200d: 'ZWJ', 0x200e: 'LRM',
  0x200f: 'RLM', 0x2009: 'THIN SPACE', 0x202f: 'NNBSP', 0x3000: 'IDEOGRAPHIC SPACE', 0x2060: 'WJ', 0xfeff: 'BOM',
  0x202b: 'RLE', 0x202c: 'PDF', 0x2067: 'RLI', 0x2069: 'PDI', 0x0653: 'combining madda', 0x0654: 'combining hamza above',
  0x0655: 'combining hamza below', 0x09: 'TAB', 0x0a: 'LF',
};

/** A string as a table cell: invisible and decomposed characters named, lone surrogates shown by code. */
export function visible(s: string): string {
  if (s === '') return '*(empty)*';
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += s.slice(i, i + 2);
      i++;
    } else if (NAMES[c] !== undefined) out += `⟨${NAMES[c]}⟩`;
    else if (c >= 0xd800 && c <= 0xdfff) out += `⟨U+${c.toString(16).toUpperCase()}⟩`;
    else if (c === 0x7c) out += '\\|';
    else out += s[i];
  }
  return `<code>${out}</code>`;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table(head: string[], rows: string[][]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const options = (o: object) => `<code>${JSON.stringify(o).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ')}</code>`;

/** The generated part of the guide. */
export function renderNormalizationTables(): string {
  const parts: string[] = [];
  parts.push('### Both presets\n');
  parts.push(table(['input', 'search (default)', 'display', 'what it shows'], PRESET_CASES.map(([i, s, d, why]) => [visible(i), visible(s), visible(d), why])));
  parts.push('\n### Each operation on its own\n');
  for (const [name, cases] of Object.entries(OPERATION_CASES) as [OperationName, (typeof OPERATION_CASES)[OperationName]][]) {
    parts.push(`#### \`${name}\`\n`);
    parts.push(table(['input', 'output', 'what it shows'], cases.map(([i, o, why]) => [visible(i), visible(o), why])));
    parts.push('');
  }
  parts.push('### Options against a preset\n');
  parts.push(table(['input', 'options', 'output', 'what it shows'], OPTION_CASES.map(([i, o, out, why]) => [visible(i), options(o), visible(out), why])));
  parts.push('\n### Spans back to the original\n');
  parts.push('Find a word in the normalized text, map its span back with `toOriginalSpan`, and slice the original:\n');
  parts.push(table(['original', 'found in normalized text', 'original slice', 'what it shows'], OFFSET_CASES.map(([i, n, o, why]) => [visible(i), visible(n), visible(o), why])));
  return parts.join('\n') + '\n';
}

export const BEGIN = '<!-- generated from test/data/normalize-cases.ts by `npm run docs:normalization`: do not edit -->';
export const END = '<!-- end of generated tables -->';

/** The guide with its generated part replaced. */
export function withTables(guide: string): string {
  const from = guide.indexOf(BEGIN);
  const to = guide.indexOf(END);
  if (from < 0 || to < from) throw new Error('docs/normalization.md: generated-table markers not found');
  return guide.slice(0, from + BEGIN.length) + '\n\n' + renderNormalizationTables() + '\n' + guide.slice(to);
}
