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
import { painter } from './table.js';

/** Everything a task needs; plain data, so that it crosses to worker threads as it is. */
export interface TaskSetup {
  command: Command;
  format: Format;
  preset: 'search' | 'display';
  jsonl: boolean;
  field: string;
  idField: string;
  /** Parsed JSON of the `--lexicon` files, already validated on the main thread. */
  lexicons: unknown[];
  /** Colored table output. */
  color: boolean;
  /** Terminal width for tables (0: no limit). */
  columns: number;
}

/**
 * What became of an item: `out` is the formatted output; `bad` an unreadable JSON line (message without the
 * location); `fatal` an unexpected failure of the library.
 */
export type Outcome = { out: string } | { bad: string } | { fatal: string };

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
    const input = setup.jsonl ? readJsonLine(item.raw, setup.field, setup.idField) : { text: item.raw };
    if ('bad' in input) return input;
    const record: OutputRecord = { source: item.source };
    if (item.line !== undefined) record.line = item.line;
    if (input.id !== undefined) record.id = input.id;
    try {
      Object.assign(record, run(input.text));
    } catch (error) {
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

/** The article text (and id) of one JSON line, or why it cannot be read. */
export function readJsonLine(raw: string, field: string, idField: string): { text: string; id?: unknown } | { bad: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { bad: `not valid JSON (${(error as Error).message})` };
  }
  const text = pick(value, field);
  if (typeof text !== 'string') {
    return { bad: text === undefined ? `no field '${field}'` : `field '${field}' is not a string` };
  }
  const id = pick(value, idField);
  return id === undefined ? { text } : { text, id };
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
