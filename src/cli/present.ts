/**
 * The `table` format: a readable, colored view of one output record for a terminal.
 * @module cli/present
 */
import type { ActorMention } from '../actors/types.js';
import type { Analysis } from '../analyze.js';
import type { CasualtyMention } from '../casualties/types.js';
import type { ArticleSummary, CasualtyEvent } from '../events/types.js';
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
    case 'analyze':
      return head + analysisView(record as unknown as Analysis, paint, columns) + '\n';
    case 'actors':
      return head + actorsTable(record.actors as ActorMention[], paint, columns) + '\n';
    case 'casualties':
      return head + casualtiesTable(record.casualties as CasualtyMention[], paint, columns) + '\n';
    case 'numbers':
      return head + numbersTable(record.numbers as NumberMention[], paint, columns) + '\n';
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
    const flags = [c.hypothetical && 'hypothetical', c.denied && 'denied', c.zero && 'none', c.either && 'both kinds'].filter(Boolean);
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

const ROLE_STYLE: Record<string, Style> = { attacker: ['bold', 'red'], source: 'blue', controller: 'magenta', target: 'yellow' };

/** One row per actor mention: role, actor id, category, how it was recognised, and the Arabic text. */
function actorsTable(actors: readonly ActorMention[], paint: Paint, columns: number): string {
  if (actors.length === 0) return none(paint);
  const rows: Cell[][] = actors.map((a) => [
    { text: a.role, style: ROLE_STYLE[a.role] ?? 'dim' },
    a.actor ? { text: a.actor, style: 'cyan' } : { text: `? (${(a.actorContext ?? []).join(', ') || 'unresolved'})`, style: 'dim' },
    dash(a.category),
    { text: a.rule + (a.anaphoric ? ' (anaphor)' : ''), style: 'dim' },
    { text: inert(a.text) },
  ]);
  return renderTable(['role', 'actor', 'category', 'rule', 'text'], rows, paint, columns);
}

const section = (title: string, paint: Paint): string => paint(['bold', 'underline'], title) + '\n';

/** The article: its events (each with every piece of evidence), the casualty figures, then the summary. */
function analysisView(analysis: Analysis, paint: Paint, columns: number): string {
  return (
    section(`Events (${analysis.events.length})`, paint) +
    eventsTable(analysis.events, analysis.casualties, paint, columns) +
    '\n' +
    section(`Casualty figures (${analysis.casualties.length})`, paint) +
    casualtiesTable(analysis.casualties, paint, columns) +
    '\n' +
    section('Summary', paint) +
    summaryLines(analysis.summary, paint) +
    paint('dim', `${analysis.actors.length} actor mentions, ${analysis.numbers.length} numbers (--format json for all)`) +
    '\n'
  );
}

/** One row per event, then one continuation row per further piece of evidence. */
function eventsTable(events: readonly CasualtyEvent[], casualties: readonly CasualtyMention[], paint: Paint, columns: number): string {
  if (events.length === 0) return none(paint);
  const rows: Cell[][] = [];
  events.forEach((event, i) => {
    const figures = Object.entries(event.figures).map(([kind, q]) => `${kind} ${formatQuantity(q)}`).join(' · ') + (event.cumulative ? ' (running total)' : '');
    const evidence = event.mentions.map((m) => casualties[m]).filter((c): c is CasualtyMention => c !== undefined);
    rows.push([
      { text: String(i + 1), style: 'bold' },
      { text: figures, style: 'bold' },
      { text: event.victims },
      { ...dash(event.actors.join(' + ')), ...(event.actors.length ? { style: 'cyan' as Style } : {}) },
      { ...dash(event.cause), ...(event.cause ? { style: 'green' as Style } : {}) },
      dash(event.location && inert(event.location.text)),
      { text: evidence[0] ? `«${inert(evidence[0].text)}»` : '' },
    ]);
    for (const c of evidence.slice(1)) rows.push([{ text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: `«${inert(c.text)}»` }]);
  });
  return renderTable(['#', 'figures', 'victims', 'actor', 'cause', 'place', 'evidence'], rows, paint, columns);
}

function summaryLines(summary: ArticleSummary, paint: Paint): string {
  const k = summary.killed;
  const killed = `killed ${k.total} (civilians ${k.civilians}, children ${k.children}, women ${k.women}, non-civilians ${k.nonCivilians}, unspecified ${k.unspecified}; executed ${k.executed})`;
  const main = [summary.actors.join(' + ') || 'actor unknown', `category ${summary.actorCategory}`, summary.cause ?? 'cause unknown', summary.location ? inert(summary.location.text) : 'place unknown', summary.date ? (summary.date.from === summary.date.to ? summary.date.from : `${summary.date.from} – ${summary.date.to}`) : 'date unknown'];
  const running = summary.cumulative ? `running totals (in no count above): killed ${summary.cumulative.killed} · injured ${summary.cumulative.injured}\n` : '';
  return (
    `${paint('bold', killed)} · injured ${summary.injured} · ${summary.events} event${summary.events === 1 ? '' : 's'}\n` +
    running +
    `main event: ${main.join(' · ')}\n`
  );
}
