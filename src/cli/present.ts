/**
 * The `table` format: a readable, colored view of one output record for a terminal.
 * @module cli/present
 */
import type { NumberMention } from '../numbers/index.js';
import type { Command } from './args.js';
import { formatQuantity } from './quantity.js';
import type { OutputRecord } from './task.js';
import { inert, inertLines, renderTable, type Cell, type Paint } from './table.js';

/** Renders one record of `command` for a terminal `columns` wide (0: no limit). */
export function present(command: Command, record: OutputRecord, paint: Paint, columns: number): string {
  const head = heading(record, paint);
  switch (command) {
    case 'normalize': {
      const text = inertLines(String(record.text));
      return head + text + (text.endsWith('\n') ? '' : '\n') + '\n';
    }
    case 'numbers':
      return head + numbersTable(record.numbers as NumberMention[], paint, columns) + '\n';
    default:
      return head + JSON.stringify(record, null, 2) + '\n\n';
  }
}

/** `▌ news.jsonl:12 · id 7`: where the article came from. */
function heading(record: OutputRecord, paint: Paint): string {
  let where = record.source + (record.line === undefined ? '' : `:${record.line}`);
  if (record.id !== undefined) where += ` · id ${inert(typeof record.id === 'string' ? record.id : JSON.stringify(record.id))}`;
  return paint(['bold', 'blue'], `▌ ${inert(where)}`) + '\n';
}

const none = (paint: Paint): string => paint('dim', '(none)') + '\n';

/** Every number with its reading; the Arabic text last, where it has room. */
function numbersTable(numbers: NumberMention[], paint: Paint, columns: number): string {
  if (numbers.length === 0) return none(paint);
  const rows: Cell[][] = numbers.map((n) => [
    { text: formatQuantity(n) + (n.kind === 'percent' ? '%' : ''), style: n.kind === 'cardinal' ? 'bold' : undefined },
    { text: n.kind, style: 'cyan' },
    { text: [n.name ? 'name' : '', n.qualifier ? `«${inert(n.qualifier.text)}»` : ''].filter(Boolean).join(' '), style: 'dim' },
    { text: inert(n.text) },
  ]);
  return renderTable(['value', 'kind', 'note', 'text'], rows, paint, columns);
}
