/**
 * The work done for one item, identical on the main thread and in a worker: read the article text (parsing the
 * JSON line when there is one), run the command's layer, and format the output record. Formatting happens here
 * so that workers, not the main thread, pay for serialization.
 * @module cli/task
 */
import type { Command, Format } from './args.js';
import type { Item } from './inputs.js';
import { compute } from './commands.js';
import { present } from './present.js';
import { inert, painter } from './table.js';

/** Everything a task needs; plain data, so that it crosses to worker threads as it is. */
export interface TaskSetup {
  command: Command;
  format: Format;
  preset: 'search' | 'display';
  jsonl: boolean;
  field: string;
  idField: string;
  /** `--published`: the publication day of every input. */
  published?: string;
  /** `--date-field`: the JSON Lines field holding each line's publication day. */
  dateField?: string;
  /** `--non-facts`: keep the statements that are no fact, flagged. */
  nonFacts: boolean;
  /** Parsed JSON of the `--lexicon` files, already validated on the main thread. */
  lexicons: unknown[];
  /** Colored table output. */
  color: boolean;
  /** The width of the terminal tables are written to; 0 when stdout is no terminal (no limit, no direction marks). */
  columns: number;
}

/**
 * What became of an item: `out` is the formatted output; `bad` an unreadable JSON line (message without the
 * location); `fatal` an unexpected failure of the library.
 */
export type Outcome = { out: string } | { bad: string; noField?: true } | { fatal: string };

/** One output record: where the article came from, then the command's result. */
export interface OutputRecord {
  source: string;
  line?: number;
  id?: unknown;
  [key: string]: unknown;
}

/** Builds the function that processes one item (the analyzer is created once, here). */
export function createTask(setup: TaskSetup): (item: Item) => Outcome {
  const run = compute(setup);
  const paint = painter(setup.color);
  return (item) => {
    const input = setup.jsonl ? readJsonLine(item.raw, setup.field, setup.idField, setup.dateField) : { text: item.raw };
    if ('bad' in input) return input;
    const published = input.published ?? setup.published;
    const record: OutputRecord = { source: item.source };
    if (item.line !== undefined) record.line = item.line;
    if (input.id !== undefined) record.id = input.id;
    try {
      Object.assign(record, run(input.text, published));
    } catch (error) {
      // A line's own publication day that is no day is a bad line, not a failure of the library.
      if (error instanceof RangeError && input.published !== undefined) return { bad: `field '${setup.dateField}': ${error.message.replace(/^analyze: options\.publishedAt /, '')}` };
      return { fatal: (error as Error).stack ?? String(error) };
    }
    return { out: format(record, setup, paint) };
  };
}

function format(record: OutputRecord, setup: TaskSetup, paint: ReturnType<typeof painter>): string {
  switch (setup.format) {
    case 'jsonl':
      return JSON.stringify(record) + '\n';
    case 'json':
      return JSON.stringify(record, null, 2);
    case 'text': {
      const text = String(record.text);
      return text.endsWith('\n') ? text : text + '\n';
    }
    case 'table':
      return present(setup.command, record, paint, setup.columns);
  }
}

/** The article text (and id, and publication day) of one JSON line, or why it cannot be read (`noField`: the text
 * field is missing). */
export function readJsonLine(
  raw: string,
  field: string,
  idField: string,
  dateField?: string,
): { text: string; id?: unknown; published?: string } | { bad: string; noField?: true } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { bad: `not valid JSON (${(error as Error).message})` };
  }
  const text = pick(value, field);
  if (text === undefined) return { bad: `no field '${field}'${fieldsNear(value, field)}`, noField: true };
  if (typeof text !== 'string') return { bad: `field '${field}' is not a string` };
  const id = pick(value, idField);
  const out: { text: string; id?: unknown; published?: string } = id === undefined ? { text } : { text, id };
  if (dateField !== undefined) {
    const published = pick(value, dateField);
    if (typeof published === 'string') out.published = published;
    else if (published !== undefined && published !== null) return { bad: `field '${dateField}' is not a string` };
  }
  return out;
}

/** The value at a dotted path of own properties (never the prototype chain: `__proto__` is just a name). */
export function pick(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

// How many field names a message lists.
const FIELDS_SHOWN = 8;

/** The names where a dotted path stops resolving («(the line has: id, content)»), so that a wrong --field shows. */
function fieldsNear(value: unknown, path: string): string {
  let current = value;
  let where = 'the line';
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return '';
    if (!Object.hasOwn(current, key)) {
      const names = Object.keys(current);
      if (names.length === 0) return ` (${where} has no fields)`;
      // Names come from the input: made inert, so that none can send escape sequences to a terminal.
      const shown = names.slice(0, FIELDS_SHOWN).map((name) => inert(name.slice(0, 40)));
      return ` (${where} has: ${shown.join(', ')}${names.length > FIELDS_SHOWN ? ', …' : ''})`;
    }
    current = (current as Record<string, unknown>)[key];
    where = `'${inert(key)}'`;
  }
  return '';
}
