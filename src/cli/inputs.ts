/**
 * Reading the inputs as a stream of work items: a plain file (or stdin) is one article; a JSON Lines input is
 * read line by line with `readline` over a file stream, so memory stays constant however large the file is.
 * Lines are not parsed here: parsing happens where the work runs (possibly a worker thread).
 * @module cli/inputs
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One unit of work: an article's text, or one raw JSON line. */
export interface Item {
  /** The input it came from: a path, or `stdin`. */
  source: string;
  /** 1-based line number, for JSON Lines. */
  line?: number;
  /** The article text (plain inputs) or the raw JSON line (JSON Lines). */
  raw: string;
}

/** An input that cannot be read; `message` is ready to show. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Where inputs come from, and a hook counting the bytes read (for the progress bar). */
export interface InputOptions {
  jsonl: boolean;
  stdin: Readable;
  onBytes?: (bytes: number) => void;
}

/** The label of an input in output records and messages. */
export const sourceName = (file: string): string => (file === '-' ? 'stdin' : file);

/**
 * Checks every named file before any output is written, so that a typo fails fast.
 * @returns the total size in bytes of the named files (stdin not counted)
 */
export async function checkFiles(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (file === '-') continue;
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      throw new InputError(`cannot read '${file}': ${reason(error)}`);
    }
    if (info.isDirectory()) throw new InputError(`cannot read '${file}': it is a directory`);
    total += info.size;
  }
  return total;
}

/** Every work item of the inputs, in order. */
export async function* readItems(files: string[], options: InputOptions): AsyncGenerator<Item> {
  for (const file of files) {
    if (options.jsonl) yield* readLines(file, options);
    else yield { source: sourceName(file), raw: await readWhole(file, options) };
  }
}

async function readWhole(file: string, options: InputOptions): Promise<string> {
  if (file !== '-') {
    const buffer = await readFile(file).catch((error: unknown) => {
      throw new InputError(`cannot read '${file}': ${reason(error)}`);
    });
    options.onBytes?.(buffer.length);
    return buffer.toString('utf8');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of options.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    options.onBytes?.(buffer.length);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function* readLines(file: string, options: InputOptions): AsyncGenerator<Item> {
  const source = sourceName(file);
  const stream = file === '-' ? options.stdin : createReadStream(file);
  if (options.onBytes) stream.on('data', (chunk: Buffer | string) => options.onBytes!(chunk.length));
  // readline's async iterator pauses the stream while its buffer is full, which is what keeps memory flat;
  // it also rethrows the stream's errors.
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const raw = line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text;
      if (raw.trim() === '') continue;
      yield { source, line, raw };
    }
  } catch (error) {
    throw new InputError(`cannot read '${file}': ${reason(error)}`);
  } finally {
    lines.close();
    if (stream !== options.stdin) stream.destroy();
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return (error as Error).message;
}
