/**
 * A progress bar on stderr for long runs: bytes read against the inputs' total size (when known), articles done,
 * and throughput. Drawn at most ten times a second and only after the first half second, so short runs stay quiet.
 * @module cli/progress
 */
import type { WriteStream } from 'node:tty';

/** Counts progress and draws it; {@link Progress.clear} before writing to the same terminal. */
export interface Progress {
  addBytes(bytes: number): void;
  addArticles(count: number): void;
  /** Erases the bar (it is redrawn on the next tick). */
  clear(): void;
  /** Erases the bar for good. */
  stop(): void;
}

/** A progress bar that draws nothing. */
export const silentProgress: Progress = { addBytes() {}, addArticles() {}, clear() {}, stop() {} };

/** A progress bar on `stream` (a terminal) for inputs of `total` bytes (0 when unknown, as for stdin). */
export function terminalProgress(stream: WriteStream, total: number): Progress {
  const started = Date.now();
  let bytes = 0;
  let articles = 0;
  let shown = false;
  const draw = (): void => {
    if (Date.now() - started < 500) return;
    const seconds = (Date.now() - started) / 1000;
    const rate = `${mb(bytes / seconds)}/s`;
    const count = `${articles.toLocaleString('en')} articles`;
    let line: string;
    if (total > 0) {
      const ratio = Math.min(1, bytes / total);
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 60));
      const filled = Math.round(ratio * width);
      line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(ratio * 100).toFixed(1).padStart(5)}%  ${mb(bytes)} / ${mb(total)}  ${count}  ${rate}`;
    } else {
      line = `${mb(bytes)} read  ${count}  ${rate}`;
    }
    stream.write(`\r\x1b[2K${line}`);
    shown = true;
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    addBytes: (n) => void (bytes += n),
    addArticles: (n) => void (articles += n),
    clear,
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}

function mb(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
