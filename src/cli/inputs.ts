/**
 * Reading the inputs as a stream of work items: a plain file (or stdin) is one article; a JSON Lines input is
 * read line by line with `readline` over a file stream, so memory stays constant however large the file is.
 * Lines are not parsed here: parsing happens where the work runs (possibly a worker thread).
 * @module cli/inputs
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

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
  /** The inputs' encoding, a WHATWG label (`utf-8`, `windows-1256`, `utf-16le`…); default `utf-8`. */
  encoding?: string;
  onBytes?: (bytes: number) => void;
}

/**
 * The encoding label a user gave, checked: its canonical name, or a RangeError that says so.
 * @example
 * ```ts
 * encodingOf('cp1256'); // → 'windows-1256'
 * ```
 */
export function encodingOf(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new RangeError(`unknown encoding '${label}' (for Arabic text: utf-8, windows-1256, iso-8859-6, utf-16le, utf-16be)`);
  }
}

/** The encoding a file's byte-order mark names (UTF-16 only: UTF-8's mark is read by either), else `fallback`. */
function byMark(head: Uint8Array, fallback: string): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return fallback;
}

/** Why text cannot be read as `encoding`, in words that say what to do. */
const notText = (file: string, encoding: string): InputError =>
  new InputError(`cannot read '${file}': it is not ${encoding} text (give its encoding with --encoding, e.g. --encoding windows-1256)`);

/**
 * Bytes decoded, strictly: a byte sequence the encoding cannot hold, or a NUL (a binary file, or UTF-16 read as
 * UTF-8), is an error rather than replacement characters, so that no article is read as garbage unnoticed. A byte-order
 * mark stays, as Node's own UTF-8 reading keeps it: spans count it.
 */
function decodeText(bytes: Uint8Array, file: string, encoding: string): string {
  const used = byMark(bytes, encoding);
  let text;
  try {
    text = new TextDecoder(used, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw notText(file, used);
  }
  if (text.includes('\0')) throw notText(file, used);
  return text;
}

/** The label of an input in output records and messages. */
export const sourceName = (file: string): string => (file === '-' ? 'stdin' : file);

/**
 * Checks every named input before any output is written, so that a typo fails fast. A directory stands for the files
 * in it, by name (not those of its subdirectories, nor hidden ones): `hasila analyze reports/`.
 * @returns the inputs to read, directories expanded, and their total size in bytes (stdin not counted)
 */
export async function checkFiles(names: string[]): Promise<{ files: string[]; bytes: number }> {
  const files: string[] = [];
  let bytes = 0;
  const add = async (file: string, inDirectory: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      throw new InputError(`cannot read '${file}': ${reason(error)}`);
    }
    if (info.isDirectory()) {
      if (inDirectory) return;
      const entries = await readdir(file).catch((error: unknown) => {
        throw new InputError(`cannot read '${file}': ${reason(error)}`);
      });
      const before = files.length;
      for (const name of entries.filter((entry) => !entry.startsWith('.')).sort()) await add(join(file, name), true);
      if (files.length === before) throw new InputError(`cannot read '${file}': the directory has no files`);
      return;
    }
    // In a directory, only regular files: a pipe or socket there would wait forever.
    if (inDirectory && !info.isFile()) return;
    files.push(file);
    bytes += info.size;
  };
  for (const file of names) {
    if (file === '-') files.push(file);
    else await add(file, false);
  }
  return { files, bytes };
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
    return decodeText(buffer, file, options.encoding ?? 'utf-8');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of options.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    options.onBytes?.(buffer.length);
    chunks.push(buffer);
  }
  return decodeText(Buffer.concat(chunks), 'stdin', options.encoding ?? 'utf-8');
}

async function* readLines(file: string, options: InputOptions): AsyncGenerator<Item> {
  const source = sourceName(file);
  const stream = file === '-' ? options.stdin : createReadStream(file);
  if (options.onBytes) stream.on('data', (chunk: Buffer | string) => options.onBytes!(chunk.length));
  let encoding = options.encoding ?? 'utf-8';
  // The bytes go through the platform's strict decoder, chosen by the first chunk's byte-order mark (invalid bytes
  // end the read with an error, not U+FFFD); readline's async iterator pauses the stream while its buffer is full,
  // which is what keeps memory flat, and rethrows the stream's errors.
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  const decoding = new TransformStream<Uint8Array, string>({
    transform(chunk, controller) {
      decoder ??= new TextDecoder((encoding = byMark(chunk, encoding)), { fatal: true, ignoreBOM: true });
      controller.enqueue(decoder.decode(chunk, { stream: true }));
    },
    flush(controller) {
      const rest = decoder?.decode() ?? '';
      if (rest) controller.enqueue(rest);
    },
  });
  const text = Readable.fromWeb(Readable.toWeb(stream).pipeThrough(decoding) as never);
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const read of lines) {
      line++;
      const raw = line === 1 && read.startsWith('\uFEFF') ? read.slice(1) : read;
      if (raw.trim() === '') continue;
      if (raw.includes('\0')) throw notText(file, encoding);
      yield { source, line, raw };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw notText(file, encoding);
    throw new InputError(`cannot read '${file}': ${reason(error)}`);
  } finally {
    lines.close();
    text.destroy();
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
