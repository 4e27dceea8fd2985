/**
 * The command line's grammar: commands, options and help texts, parsed with Node's own `util.parseArgs`.
 * @module cli/args
 */
import { encodingOf } from './inputs.js';
import { PACKS } from './packs.js';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { extractDates } from '../dates/index.js';

/** The commands of `hasila`, each a layer of the library. */
export const COMMANDS = ['analyze', 'casualties', 'numbers', 'actors', 'normalize'] as const;
/** One command name. */
export type Command = (typeof COMMANDS)[number];
/** Every command a user may name: the text commands and `link` (JSON Lines in, dispatched on its own). */
const NAMED = [...COMMANDS, 'link'].join(', ');

/** Output formats; `text` (plain normalized text) exists for `normalize` only. */
export type Format = 'json' | 'jsonl' | 'table' | 'text';

/** Everything a run needs, resolved from argv and the terminal. */
export interface CliOptions {
  command: Command;
  /** Input paths; `-` is stdin. Never empty (stdin is `['-']`). */
  files: string[];
  jsonl: boolean;
  /** The inputs' encoding (`--encoding`), its canonical name. */
  encoding: string;
  /** Dotted path of the text field in each JSON line. */
  field: string;
  /** Dotted path of an identifier copied from each JSON line to the output as `id`. */
  idField: string;
  /** `analyze`: the publication day of every input (`--published`). */
  published?: string;
  /** `analyze --jsonl`: dotted path of each line's publication day (`--date-field`). */
  dateField?: string;
  /** `analyze`, `casualties`: keep the statements that are no fact, flagged (`--non-facts`). */
  nonFacts: boolean;
  lexicons: string[];
  /** Conflict packs (`--pack`), by id. */
  packs: string[];
  format: Format;
  workers: number;
  skipBad: boolean;
  preset: 'search' | 'display';
  progress: boolean;
}

/** A mistake in the command line itself (exit code 2); `help` is the help the message already points to, if any. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly help?: string) {
    super(help === undefined ? message : `${message} (see ${help})`);
  }
}

/** What the parser asks the caller to do instead of a run. */
export type ParseOutcome = { kind: 'run'; options: CliOptions } | { kind: 'help'; text: string } | { kind: 'version' };

const OPTIONS = {
  jsonl: { type: 'boolean' },
  encoding: { type: 'string', default: 'utf-8' },
  field: { type: 'string', default: 'text' },
  'id-field': { type: 'string', default: 'id' },
  published: { type: 'string' },
  'date-field': { type: 'string' },
  'non-facts': { type: 'boolean' },
  lexicon: { type: 'string', multiple: true, default: [] as string[] },
  pack: { type: 'string', multiple: true, default: [] as string[] },
  format: { type: 'string' },
  workers: { type: 'string', default: '1' },
  'skip-bad': { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  preset: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const INPUT_HELP = `Input (default: stdin when it is piped):
  FILE…                  plain text files, one article each (a directory: each of its files, by name); '-' reads stdin
  --jsonl                the inputs are JSON Lines, one article per line
  --encoding NAME        the inputs' encoding: utf-8 (default), windows-1256, iso-8859-6, utf-16le…; bytes it
                         cannot hold are an error (a UTF-16 file with a byte-order mark is read as UTF-16)
  --field PATH           JSON Lines field holding the text (default: text; dotted paths like doc.body work)
  --id-field PATH        JSON Lines field copied to the output as "id" (default: id, when present)
  --skip-bad             report unreadable JSON lines on stderr and keep going (default: stop with exit 1);
                         exit 1 all the same when no line could be read`;

const OUTPUT_HELP = `Output:
  --format FORMAT        json | jsonl | table (default: table on a terminal, jsonl otherwise)
  --workers N            worker threads; output order is preserved (default: 1; 'auto' = all cores)
  --no-progress          no progress bar (it is shown on stderr only when stderr is a terminal)`;

const DATE_HELP = `Dates (analyze):
  --published DAY        the publication day (YYYY-MM-DD) of every input: «أمس»، «الثلاثاء الماضي» resolve against it
  --date-field PATH      with --jsonl: the field holding each line's publication day (YYYY-MM-DD or a timestamp)`;

const NON_FACTS_HELP = `Statements:
  --non-facts            also the statements that are no fact, flagged: denied («نفى الجيش مقتل…»), hypothetical
                         (threats, conditions, fears), zero («لم تسجل إصابات»); they count in no event or summary`;

const LEXICON_HELP = `Lexicons:
  --pack ID              read with a conflict pack instead of Syria's (the Arabic core is always read);
                         repeatable; one of ${Object.keys(PACKS).join(', ')}
  --lexicon FILE         add a custom lexicon (JSON, as accepted by defineLexicon); repeatable; its entries
                         win over the built-in ones`;

const SUMMARY: Record<Command, [string, string]> = {
  analyze: ['the whole reading: casualties, actors, numbers, events and the article summary', 'hasila analyze article.txt'],
  casualties: ['casualty figures: kind, count, victims, actors, cause, place, source, evidence', 'hasila casualties --format table article.txt'],
  numbers: ['every number expression with its value and span', "echo 'قتل خمسة وعشرون مدنيا' | hasila numbers"],
  actors: ['armed actors with their role (attacker, source, controller, target)', 'hasila actors --jsonl --field content news.jsonl'],
  normalize: ['normalized text (search folds spelling for matching; display only repairs encoding)', 'hasila normalize --preset display --format text article.txt'],
};

/** The help text of the whole tool. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.length));
  return `hasila — structured casualty facts from Arabic conflict news

Usage: hasila <command> [options] [FILE…]

Commands:
${COMMANDS.map((c) => `  ${c.padEnd(width)}   ${SUMMARY[c][0]}`).join('\n')}
  ${'link'.padEnd(width)}   incidents: reports of one incident grouped, their figures side by side (JSON Lines in)

Run 'hasila <command> --help' for a command's options.
  -h, --help             this help
  -V, --version          the version

Examples:
  hasila analyze node_modules/hasila/examples/sample-article.txt
                                                 (the sample article, in a project that installed hasila)
  hasila casualties --jsonl --field content --workers auto news.jsonl > casualties.jsonl

Exit status: 0 done; 1 an input or lexicon could not be read (or a line, without --skip-bad; or no line at all, with
--skip-bad); 2 a usage error.
`;
}

/** The help text of one command. */
export function commandHelp(command: Command): string {
  const [summary, example] = SUMMARY[command];
  const preset = command === 'normalize'
    ? `\nNormalization:\n  --preset NAME          search (default) | display\n  --format text          the normalized text alone, as is (also: json | jsonl | table)\n`
    : '';
  return `hasila ${command} — ${summary}

Usage: hasila ${command} [options] [FILE…]

${INPUT_HELP}

${OUTPUT_HELP}
${preset}${command === 'analyze' ? `\n${DATE_HELP}\n` : ''}${command === 'analyze' || command === 'casualties' ? `\n${NON_FACTS_HELP}\n` : ''}${command === 'numbers' || command === 'normalize' ? '' : `\n${LEXICON_HELP}\n`}
Example:
  ${example}
`;
}

/** Terminal facts that decide defaults; injected so that parsing stays a pure function. */
export interface Terminal {
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
}

/** Parses argv (without `node` and the script) into a run, a help request or a version request. */
export function parseCommandLine(argv: string[], terminal: Terminal): ParseOutcome {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(argv, error as Error);
  }
  const { values, positionals } = parsed;
  const [first, ...files] = positionals;
  if (values.version && first === undefined) return { kind: 'version' };
  if (first === undefined) {
    if (values.help) return { kind: 'help', text: mainHelp() };
    throw new UsageError(`missing command (one of: ${NAMED})`);
  }
  if (first === 'help') {
    const about = files[0];
    return { kind: 'help', text: about === undefined ? mainHelp() : commandHelp(commandOf(about)) };
  }
  const command = commandOf(first);
  if (values.help) return { kind: 'help', text: commandHelp(command) };
  if (values.version) return { kind: 'version' };

  if (values.preset !== undefined && command !== 'normalize') throw new UsageError(`--preset applies to 'normalize' only`);
  // The numbers and the normalizer read no lexicon: a pack given to them would be ignored without a word.
  if ((values.pack.length || values.lexicon.length) && (command === 'numbers' || command === 'normalize')) {
    throw new UsageError(`--pack and --lexicon apply to analyze, casualties, actors and link ('${command}' reads no lexicon)`);
  }
  const preset = values.preset ?? 'search';
  if (preset !== 'search' && preset !== 'display') throw new UsageError(`--preset must be search or display, got '${preset}'`);

  const format = values.format ?? (terminal.stdoutIsTTY ? 'table' : 'jsonl');
  const formats: Format[] = command === 'normalize' ? ['json', 'jsonl', 'table', 'text'] : ['json', 'jsonl', 'table'];
  if (!formats.includes(format as Format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, got '${format}'`);

  if (files.length === 0) {
    if (terminal.stdinIsTTY) throw new UsageError(`no input: give FILE… or pipe text to stdin ('hasila ${command} --help')`);
    files.push('-');
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError(`stdin ('-') can be read only once`);
  if ((values.published !== undefined || values['date-field'] !== undefined) && command !== 'analyze') {
    throw new UsageError(`--published and --date-field apply to 'analyze' only`);
  }
  if (values['date-field'] !== undefined && !values.jsonl) throw new UsageError(`--date-field needs --jsonl`);
  if (values['non-facts'] && command !== 'analyze' && command !== 'casualties') throw new UsageError(`--non-facts applies to 'analyze' and 'casualties' only`);
  if (values.published !== undefined) {
    try {
      // The library's own check of a publication day, through its public entry.
      extractDates('', { publishedAt: values.published });
    } catch (error) {
      throw new UsageError((error as Error).message.replace('extractDates: options.publishedAt', '--published: the day'));
    }
  }
  for (const path of [values.field, values['id-field'], ...(values['date-field'] === undefined ? [] : [values['date-field']])]) {
    if (path === '' || path.split('.').includes('')) throw new UsageError(`field paths must be names joined by dots, got '${path}'`);
  }

  return {
    kind: 'run',
    options: {
      command,
      files,
      jsonl: values.jsonl ?? false,
      encoding: encodingOption(values.encoding),
      field: values.field,
      idField: values['id-field'],
      ...(values.published === undefined ? {} : { published: values.published }),
      ...(values['date-field'] === undefined ? {} : { dateField: values['date-field'] }),
      nonFacts: values['non-facts'] ?? false,
      lexicons: values.lexicon,
      packs: values.pack.map(packId),
      format: format as Format,
      workers: parseWorkers(values.workers),
      skipBad: values['skip-bad'] ?? false,
      preset,
      progress: terminal.stderrIsTTY && !values['no-progress'],
    },
  };
}

/**
 * What is wrong with an option, in our words and pointing at the help of the command it was given to («unknown
 * option --bogus (see hasila analyze --help)»); Node's own message otherwise.
 */
function optionError(argv: string[], error: Error): UsageError {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const first = tokens.find((t) => t.kind === 'positional')?.value;
  const help = first !== undefined && (COMMANDS as readonly string[]).includes(first) ? `hasila ${first} --help` : 'hasila --help';
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[token.name];
    if (!known) return new UsageError(`unknown option ${token.rawName}`, help);
    if (known.type === 'string' && token.value === undefined) return new UsageError(`${token.rawName} needs a value`, help);
    if (known.type === 'boolean' && token.value !== undefined) return new UsageError(`${token.rawName} takes no value`, help);
  }
  return new UsageError(error.message, help);
}

function commandOf(name: string): Command {
  if ((COMMANDS as readonly string[]).includes(name)) return name as Command;
  throw new UsageError(`unknown command '${name}' (one of: ${NAMED})`);
}

/** An `--encoding` label given on the command line, checked: its canonical name. */
export function encodingOption(label: string): string {
  try {
    return encodingOf(label);
  } catch (error) {
    throw new UsageError(`--encoding: ${(error as Error).message}`);
  }
}

/** A pack id given on the command line, checked. */
export function packId(id: string): string {
  if (Object.hasOwn(PACKS, id)) return id;
  throw new UsageError(`unknown pack '${id}' (one of: ${Object.keys(PACKS).join(', ')})`);
}

function parseWorkers(value: string): number {
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers must be an integer from 1 to 256 or 'auto', got '${value}'`);
  return n;
}
