/**
 * Writing output records to stdout with backpressure (the reader waits while stdout's buffer is full), JSON array
 * framing for `--format json`, and a quiet stop when the reader goes away (`hasila … | head`).
 * @module cli/output
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Format } from './args.js';

/** A sink for formatted records. */
export interface Output {
  /** Writes one formatted record; resolves when stdout can take more. */
  write(record: string): Promise<void>;
  /** Closes the JSON array (if any) and waits until everything is flushed. */
  end(): Promise<void>;
  /** True once stdout is gone (its reader went away, or it failed); there is no point in going on. */
  readonly closed: boolean;
  /** Why stdout failed, other than its reader going away. */
  readonly failure: Error | undefined;
}

/** An output on `stream` in `format`; `beforeWrite` runs before each write (to erase a progress bar). */
export function createOutput(stream: Writable, format: Format, beforeWrite: () => void = () => undefined): Output {
  let closed = false;
  let count = 0;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') failure ??= error;
    closed = true;
  });
  const put = async (text: string): Promise<void> => {
    if (closed || text === '') return;
    beforeWrite();
    let ready: boolean;
    try {
      ready = stream.write(text);
    } catch (error) {
      // A pipe whose reader has gone can fail synchronously, too.
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure ??= error as Error;
      closed = true;
      return;
    }
    if (!ready) await drained(stream);
  };
  return {
    get closed() {
      return closed;
    },
    get failure() {
      return failure;
    },
    async write(record) {
      const prefix = format === 'json' ? (count === 0 ? '[\n' : ',\n') : '';
      count++;
      await put(prefix + record);
    },
    async end() {
      if (format === 'json') await put(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/**
 * Resolves on 'drain', or on 'close' or 'error' (a closed pipe never drains; the error itself is recorded by the
 * stream's own listener), without leaving listeners behind.
 */
async function drained(stream: Writable): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race([once(stream, 'drain', { signal: done.signal }), once(stream, 'close', { signal: done.signal })]);
  } catch {
    // 'error': see above.
  } finally {
    done.abort();
  }
}
