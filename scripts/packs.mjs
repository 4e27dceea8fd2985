#!/usr/bin/env node
// Writes packs/<id>.json from the typed pack data in src/lexicons/<id>/ (run after changing a pack:
// `node scripts/packs.mjs`; test/packs.test.ts fails while a committed file is stale). The TypeScript source is
// bundled in memory with esbuild, so no build is needed.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packJson } from './pack-json.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [join(root, 'src/cli/packs.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const { PACKS } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
mkdirSync(join(root, 'packs'), { recursive: true });
for (const [id, pack] of Object.entries(PACKS)) {
  writeFileSync(join(root, 'packs', `${id}.json`), packJson(pack));
  console.log(`packs/${id}.json`);
}
