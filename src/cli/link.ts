/**
 * `hasila link`: reports in (JSON Lines), incidents out. Unlike the other commands it reads every report before it
 * writes: incidents are known only once all reports are in. Each report is analyzed as it is read and only its
 * analysis is kept.
 * @module cli/link
 */
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { analyze, createAnalyzer, linkReports, type LexiconData, type LinkReport } from '../index.js';
import { encodingOption, packId, UsageError } from './args.js';
import { checkFiles, InputError, readItems } from './inputs.js';
import { loadLexicons } from './lexicons.js';
import { PACKS } from './packs.js';
import { readJsonLine } from './task.js';

/** The help text of `hasila link`. */
export const LINK_HELP = `hasila link — group reports of one incident and set their figures side by side

Usage: hasila link [options] [FILE…]

Input: JSON Lines, one report a line (FILE…, or stdin when piped; '-' reads stdin; a directory reads its files)
  --encoding NAME        the inputs' encoding (default: utf-8; as for 'hasila analyze')
  --field PATH           field holding the report's text (default: text; dotted paths like doc.body work)
  --date-field PATH      field holding its publication date, YYYY-MM-DD or an ISO date-time (default: publishedAt)
  --id-field PATH        field holding its id (default: id; the source and line number when absent)
  --pack ID              read with a conflict pack instead of Syria's (as for 'hasila analyze'); repeatable
  --lexicon FILE         add a custom lexicon (JSON, as accepted by defineLexicon); repeatable
  --skip-bad             report unreadable lines (bad JSON, no text, a bad date) on stderr and link the rest
                         (default: stop with exit 1)

Output:
  --format FORMAT        jsonl (default: one incident a line) | json (one array)

Example:
  hasila link reports.jsonl --field text --date-field published > incidents.jsonl
`;

const OPTIONS = {
  encoding: { type: 'string', default: 'utf-8' },
  field: { type: 'string', default: 'text' },
  'date-field': { type: 'string', default: 'publishedAt' },
  'id-field': { type: 'string', default: 'id' },
  pack: { type: 'string', multiple: true, default: [] as string[] },
  lexicon: { type: 'string', multiple: true, default: [] as string[] },
  format: { type: 'string', default: 'jsonl' },
  'skip-bad': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What `hasila link` needs of the process. */
export interface LinkIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
}

/** Runs `hasila link` with `argv` (after the command name); returns the exit code. */
export async function runLink(argv: string[], io: LinkIO): Promise<number> {
  let values;
  let files: string[];
  try {
    const parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    values = parsed.values;
    files = parsed.positionals;
    values.pack.forEach(packId);
    values.encoding = encodingOption(values.encoding);
    if (values.format !== 'jsonl' && values.format !== 'json') throw new UsageError(`--format must be jsonl or json, got '${values.format}'`);
    for (const path of [values.field, values['date-field'], values['id-field']]) {
      if (path === '' || path.split('.').includes('')) throw new UsageError(`field paths must be names joined by dots, got '${path}'`);
    }
    if (!values.help && files.length === 0) {
      if (io.stdinIsTTY) throw new UsageError(`no input: give FILE… or pipe JSON Lines to stdin ('hasila link --help')`);
      files = ['-'];
    }
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/u.exec((error as Error).message)?.[1];
    const message = unknown === undefined ? (error as Error).message : `unknown option ${unknown}`;
    io.stderr.write(`hasila: ${message} (see hasila link --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(LINK_HELP);
    return 0;
  }
  try {
    ({ files } = await checkFiles(files));
    const packs = values.pack.map((id) => PACKS[id]!);
    const lexicons = [...packs, ...(await loadLexicons(values.lexicon, packs))];
    const read = lexicons.length ? createAnalyzer({ lexicons: lexicons as LexiconData[] }).analyze : analyze;
    const reports: LinkReport[] = [];
    let skipped = 0;
    // A line that cannot be read stops the run, or with --skip-bad is told on stderr and left out.
    const bad = (message: string): void => {
      if (!values['skip-bad']) throw new InputError(message);
      io.stderr.write(`hasila link: ${message} (skipped)\n`);
      skipped++;
    };
    for await (const item of readItems(files, { jsonl: true, stdin: io.stdin, encoding: values.encoding })) {
      const where = `${item.source}:${item.line}`;
      const line = readJsonLine(item.raw, values.field, values['id-field'], values['date-field']);
      if ('bad' in line) {
        bad(`${where}: ${line.bad}`);
        continue;
      }
      const { text, id, published } = line;
      const publishedAt = published === '' ? undefined : published;
      let analysis;
      try {
        // The publication day resolves the report's relative dates («أمس»), which date its events.
        analysis = read(text, publishedAt === undefined ? {} : { publishedAt });
      } catch (error) {
        if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
        bad(`${where}: ${error.message}`);
        continue;
      }
      reports.push({
        id: typeof id === 'string' || typeof id === 'number' ? String(id) : where,
        analysis,
        ...(publishedAt === undefined ? {} : { publishedAt }),
      });
    }
    if (skipped && !reports.length) throw new InputError(`no report could be read (${skipped} skipped)`);
    const incidents = linkReports(reports);
    if (values.format === 'json') io.stdout.write(`${JSON.stringify(incidents, null, 2)}\n`);
    else for (const incident of incidents) io.stdout.write(`${JSON.stringify(incident)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof TypeError) {
      io.stderr.write(`hasila link: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
