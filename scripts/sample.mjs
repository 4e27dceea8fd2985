#!/usr/bin/env node
// `npm run sample`: the command line on the bundled sample article — its casualty events, as a table on a
// terminal (JSON Lines when piped). Extra arguments go to the CLI: `npm run sample -- --format json`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = ['dist/cli.js', 'analyze', 'examples/sample-article.txt', ...process.argv.slice(2)];
console.error(`$ hasila ${args.slice(1).join(' ')}`);
const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
