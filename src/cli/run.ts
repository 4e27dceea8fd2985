/**
 * One run of the command line: check the inputs and lexicons, then stream items through the processor in
 * batches and write their outputs in input order.
 * @module cli/run
 */
import { PACKS } from './packs.js';
import type { Readable, Writable } from 'node:stream';
import type { WriteStream } from 'node:tty';
import type { CliOptions } from './args.js';
import { checkFiles, InputError, readItems, type Item } from './inputs.js';
import { loadLexicons } from './lexicons.js';
import { createOutput } from './output.js';
import { inlineProcessor, workerPool, type Processor } from './pool.js';
import { silentProgress, terminalProgress } from './progress.js';
import type { Outcome, TaskSetup } from './task.js';

/** The process's streams, and this CLI's own script (worker threads run it too). */
export interface RunContext {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number; hasColors?: () => boolean };
  stderr: Writable;
  env: Record<string, string | undefined>;
  script: URL;
}

/** Colors on a terminal that has them, unless NO_COLOR is set; FORCE_COLOR (not 0) forces them, even in a pipe. */
export function wantsColor(stream: RunContext['stdout'], env: RunContext['env']): boolean {
  if (env.FORCE_COLOR) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

// For worker threads, a batch is closed at this many items or characters, whichever comes first: large enough to
// amortize the messages, small enough to keep memory flat and output flowing. On the main thread, items go one by
// one, so that each article's output appears as soon as it is ready.
const BATCH_ITEMS = 256;
const BATCH_CHARS = 1 << 20;
// How many unreadable lines are reported one by one under --skip-bad before only counting.
const BAD_LINES_SHOWN = 20;

/** Runs the CLI; resolves to the exit code. */
export async function run(options: CliOptions, ctx: RunContext): Promise<number> {
  const say = (message: string): void => void ctx.stderr.write(`hasila: ${message}\n`);
  let total: number;
  let files: string[];
  let lexicons: unknown[];
  try {
    ({ files, bytes: total } = await checkFiles(options.files));
    // Packs first: they replace the Syria pack, and the files may refer to their ids.
    const packs = options.packs.map((id) => PACKS[id]!);
    lexicons = [...packs, ...(await loadLexicons(options.lexicons, packs))];
  } catch (error) {
    if (error instanceof InputError) {
      say(error.message);
      return 1;
    }
    throw error;
  }

  const table = options.format === 'table';
  const setup: TaskSetup = {
    command: options.command,
    format: options.format,
    preset: options.preset,
    jsonl: options.jsonl,
    field: options.field,
    idField: options.idField,
    published: options.published,
    dateField: options.dateField,
    nonFacts: options.nonFacts,
    lexicons,
    color: table && wantsColor(ctx.stdout, ctx.env),
    // Tables know they are on a terminal by its width: never 0 there, always 0 in a pipe or file.
    columns: table && ctx.stdout.isTTY ? ctx.stdout.columns || 80 : 0,
  };
  const progress = options.progress ? terminalProgress(ctx.stderr as WriteStream, total) : silentProgress;
  const output = createOutput(ctx.stdout, options.format, ctx.stdout.isTTY ? progress.clear : undefined);
  const processor: Processor = options.workers > 1 ? workerPool(options.workers, ctx.script, setup) : inlineProcessor(setup);

  let bad = 0;
  let noField = 0;
  let read = 0;
  let code = 0;
  // Handles one batch's outcomes in order; false to stop the run.
  const settle = async (batch: Item[], outcomes: Outcome[]): Promise<boolean> => {
    for (const [i, outcome] of outcomes.entries()) {
      const item = batch[i]!;
      const where = item.line === undefined ? item.source : `${item.source}:${item.line}`;
      if ('out' in outcome) {
        read++;
        await output.write(outcome.out);
        if (output.closed) return false;
      } else if ('bad' in outcome) {
        bad++;
        if (outcome.noField) noField++;
        if (!options.skipBad) {
          progress.clear();
          say(`${where}: ${outcome.bad} (use --skip-bad to skip unreadable lines)`);
          code = 1;
          return false;
        }
        if (bad <= BAD_LINES_SHOWN) {
          progress.clear();
          say(`skipped ${where}: ${outcome.bad}`);
        }
      } else {
        progress.clear();
        say(`internal error on ${where}: ${outcome.fatal}`);
        code = 1;
        return false;
      }
    }
    progress.addArticles(batch.length);
    return true;
  };

  const batchItems = options.workers > 1 ? BATCH_ITEMS : 1;
  const inFlight: { batch: Item[]; result: Promise<Outcome[]> }[] = [];
  const settleOldest = async (): Promise<boolean> => {
    const { batch, result } = inFlight.shift()!;
    return settle(batch, await result);
  };
  const items = readItems(files, { jsonl: options.jsonl, stdin: ctx.stdin, encoding: options.encoding, onBytes: progress.addBytes });
  try {
    let batch: Item[] = [];
    let chars = 0;
    let going = true;
    const flush = async (): Promise<void> => {
      inFlight.push({ batch, result: processor.submit(batch) });
      batch = [];
      chars = 0;
      while (going && inFlight.length >= processor.capacity) going = await settleOldest();
    };
    for await (const item of items) {
      batch.push(item);
      chars += item.raw.length;
      if (batch.length >= batchItems || chars >= BATCH_CHARS) await flush();
      if (!going) break;
    }
    if (going && batch.length > 0) await flush();
    while (going && inFlight.length > 0) going = await settleOldest();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    progress.clear();
    say(error.message);
    code = 1;
  } finally {
    progress.stop();
    await processor.close();
    // Results still in flight after a stop are dropped; keep their rejections from surfacing.
    for (const { result } of inFlight) result.catch(() => undefined);
  }
  await output.end();
  if (output.failure) {
    say(`cannot write output: ${output.failure.message}`);
    return 1;
  }
  if (bad > 0 && options.skipBad) {
    const count = bad.toLocaleString('en');
    // Every line skipped is a failure, usually a wrong --field: a pipeline must not take empty output for success.
    if (read === 0 && code === 0) {
      const why = noField ? ` (${noField.toLocaleString('en')} ${noField === 1 ? 'has' : 'have'} no field '${options.field}'; use --field to name the text field)` : '';
      say(`nothing could be read: ${bad === 1 ? 'the only line was' : `all ${count} lines were`} unreadable${why}`);
      return 1;
    }
    say(`skipped ${count} unreadable line${bad === 1 ? '' : 's'}`);
  }
  return code;
}
