#!/usr/bin/env node
// Writes the example tables of docs/normalization.md from the test data (see scripts/normalization-tables.ts).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { outputFiles } = await build({
  entryPoints: [here('normalization-tables.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { withTables } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const guide = here('../docs/normalization.md');
writeFileSync(guide, withTables(readFileSync(guide, 'utf8')));
console.log(`written: ${guide}`);
