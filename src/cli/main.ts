#!/usr/bin/env node
/**
 * The `hasila` command line. This file is both the program and, when started by the worker pool, a worker thread.
 * Exit codes: 0 success, 1 unreadable input or lexicon or a failure, 2 a mistake in the command line.
 * @module cli/main
 */
import { parseCommandLine, UsageError } from './args.js';
import { runLink } from './link.js';
import { serveWorker } from './pool.js';
import { run } from './run.js';

declare const __HASILA_VERSION__: string;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'link') {
    return runLink(argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stdinIsTTY: process.stdin.isTTY === true });
  }
  let outcome;
  try {
    outcome = parseCommandLine(argv, {
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      stdinIsTTY: process.stdin.isTTY === true,
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`hasila: ${error.message}\n${error.help === undefined ? "Run 'hasila --help' for usage.\n" : ''}`);
    return 2;
  }
  if (outcome.kind === 'help') {
    process.stdout.write(outcome.text);
    return 0;
  }
  if (outcome.kind === 'version') {
    process.stdout.write(`${__HASILA_VERSION__}\n`);
    return 0;
  }
  return run(outcome.options, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    script: new URL(import.meta.url),
  });
}

if (!serveWorker()) {
  // Ctrl-C: leave the terminal clean (no half-drawn progress bar) and exit as interrupted.
  process.once('SIGINT', () => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    process.exit(130);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`hasila: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
