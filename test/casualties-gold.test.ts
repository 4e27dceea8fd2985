import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutShared } from './helpers/shared.js';

// The shared gold set (../shared/corpus: five real articles, 57 casualty mentions) and its scorer. The scorer imports
// a build, so the current sources are bundled into a private temporary directory first.
const SCORER = fileURLToPath(new URL('../../shared/corpus/score.mjs', import.meta.url));
const present = existsSync(SCORER);
const FLOORS = { F1: 0.9, count: 0.9, victims: 0.85, actor: 0.85 };

describe.skipIf(!present)('../shared/corpus gold casualties', () => {
  const dir = present ? mkdtempSync(join(tmpdir(), 'hasila-gold-')) : '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`scores at least ${JSON.stringify(FLOORS)}`, async () => {
    const lib = join(dir, 'index.js');
    await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: lib,
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [SCORER, '--lib', lib], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const last = run.stdout.trim().split('\n').pop() ?? '';
    console.log(last);
    const score = (name: string) => Number(new RegExp(`\\b${name}=([\\d.]+)`, 'u').exec(last)?.[1]);
    for (const [name, floor] of Object.entries(FLOORS)) expect(score(name), `${name} in «${last}»`).toBeGreaterThanOrEqual(floor);
  });
});

if (!present) {
  describe('../shared/corpus gold casualties', () => {
    it.skip(`skipped: ${withoutShared(SCORER)}`, () => {});
  });
}
