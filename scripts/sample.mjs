#!/usr/bin/env node
// `npm run sample`: the command line on the bundled sample article — its events, casualty figures and summary as
// a table (colored on a terminal). Extra arguments go to the CLI: `npm run sample -- --format json`. The build before
// it is silent (`tsup --silent`), so that the result is the first thing a newcomer sees.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const extra = process.argv.slice(2);
const format = extra.some((arg) => arg === '--format' || arg.startsWith('--format=')) ? [] : ['--format', 'table'];
const args = ['analyze', ...format, 'examples/sample-article.txt', ...extra];
console.error(`$ hasila ${args.join(' ')}`);
const { status } = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
