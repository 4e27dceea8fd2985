/**
 * The `table` format: a readable, colored view of one output record for a terminal.
 * @module cli/present
 */
import type { CasualtyMention } from '../casualties/types.js';
import type { NumberMention } from '../numbers/index.js';
import type { Command } from './args.js';
import { formatQuantity } from './quantity.js';
import type { OutputRecord } from './task.js';
import { inert, inertLines, renderTable, type Cell, type Paint, type Style } from './table.js';

/** Renders one record of `command` for a terminal `columns` wide (0: no limit). */
export function present(command: Command, record: OutputRecord, paint: Paint, columns: number): string {
  const head = heading(record, paint);
  switch (command) {
    case 'normalize': {
      const text = inertLines(String(record.text));
      return head + text + (text.endsWith('\n') ? '' : '\n') + '\n';
    }
    case 'casualties':
      return head + casualtiesTable(record.casualties as CasualtyMention[], paint, columns) + '\n';
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

const KIND_STYLE: Record<string, Style> = { killed: ['bold', 'red'], injured: ['bold', 'yellow'], executed: ['bold', 'magenta'] };
const dash = (text: string | null | undefined): Cell => (text ? { text } : { text: '—', style: 'dim' });

/** One row per casualty figure: count, victims (with sub-groups), actors, cause, place, and the Arabic evidence. */
export function casualtiesTable(casualties: readonly CasualtyMention[], paint: Paint, columns: number): string {
  if (casualties.length === 0) return none(paint);
  const rows: Cell[][] = casualties.map((c) => {
    const flags = [c.hypothetical && 'hypothetical', c.denied && 'denied', c.zero && 'none'].filter(Boolean);
    const includes = c.includes.map((g) => `${g.victims} ${formatQuantity(g.count)}`).join(', ');
    return [
      { text: c.kind + (flags.length ? ` (${flags.join(', ')})` : ''), style: KIND_STYLE[c.kind] ?? 'bold' },
      { text: formatQuantity(c.count), style: 'bold' },
      { text: c.victims + (includes ? ` (incl. ${includes})` : '') },
      { ...dash(c.actors.join(' + ')), ...(c.actors.length ? { style: 'cyan' as Style } : {}) },
      { ...dash([c.cause, ...c.coCauses].filter(Boolean).join(' + ')), ...(c.cause ? { style: 'green' as Style } : {}) },
      dash(c.location && inert(c.location.text)),
      { text: `«${inert(c.text)}»` + (c.source ? ` — ${inert(c.source.text)}` : '') },
    ];
  });
  return renderTable(['kind', 'count', 'victims', 'actor', 'cause', 'place', 'evidence'], rows, paint, columns);
}
