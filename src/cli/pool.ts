/**
 * Processing batches of items on the main thread or on a pool of worker threads. Both give one promise per batch,
 * in submission order, so that the caller writes results in input order whatever finishes first.
 * @module cli/pool
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { Item } from './inputs.js';
import { createTask, type Outcome, type TaskSetup } from './task.js';

/** Runs batches of items. */
export interface Processor {
  /** The outcomes of `batch`, in its order. */
  submit(batch: Item[]): Promise<Outcome[]>;
  /** How many batches may be in flight before the reader should wait. */
  readonly capacity: number;
  /** Stops the threads. */
  close(): Promise<void>;
}

/** Processing on the calling thread. */
export function inlineProcessor(setup: TaskSetup): Processor {
  const task = createTask(setup);
  return {
    capacity: 1,
    submit: async (batch) => batch.map(task),
    close: async () => undefined,
  };
}

const MARK = 'hasila-cli-worker';

interface Request {
  id: number;
  items: Item[];
}
interface Reply {
  id: number;
  outcomes: Outcome[];
}

/**
 * Processing on up to `size` worker threads running `script` (this CLI's own file, which calls
 * {@link serveWorker}). A thread is started when a batch first needs it, so a single article starts only one.
 */
export function workerPool(size: number, script: URL, setup: TaskSetup): Processor {
  const pending = new Map<number, { resolve: (o: Outcome[]) => void; reject: (e: Error) => void }>();
  const load = new Array<number>(size).fill(0);
  const workers: Worker[] = [];
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const job of pending.values()) job.reject(failure);
    pending.clear();
  };
  const start = (index: number): Worker => {
    const worker = new Worker(script, { workerData: { [MARK]: true, setup } });
    worker.on('message', ({ id, outcomes }: Reply) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      load[index]!--;
      job.resolve(outcomes);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`worker thread stopped (exit code ${code})`));
    });
    return (workers[index] = worker);
  };
  let nextId = 0;
  return {
    // Two batches per worker keep every worker busy while the main thread reads and writes.
    capacity: size * 2,
    submit(items) {
      if (failure) return Promise.reject(failure);
      const index = load.indexOf(Math.min(...load));
      const id = nextId++;
      load[index]!++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        (workers[index] ?? start(index)).postMessage({ id, items } satisfies Request);
      });
    },
    async close() {
      pending.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** In a worker thread started by {@link workerPool}: serve batches until terminated. @returns false elsewhere */
export function serveWorker(): boolean {
  const data = workerData as Record<string, unknown> | null;
  if (!parentPort || !data || data[MARK] !== true) return false;
  const task = createTask(data.setup as TaskSetup);
  const port = parentPort;
  port.on('message', ({ id, items }: Request) => {
    port.postMessage({ id, outcomes: items.map(task) } satisfies Reply);
  });
  return true;
}
