import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutShared } from './helpers/shared.js';

// The shared scorer of 2,358 cases from Duckling, Recognizers-Text, PyArabic and num2words (../shared/numbers).
// It imports <dir>/dist/index.js, so the current sources are bundled into a private temporary directory first:
// the shared dist/ may be rebuilt by others at any time.
const RUNNER = fileURLToPath(new URL('../../shared/numbers/run.mjs', import.meta.url));
const present = existsSync(RUNNER);
const MAIN_SCORE_FLOOR = 98;

describe.skipIf(!present)('../shared/numbers scorer', () => {
  const dir = present ? mkdtempSync(join(tmpdir(), 'hasila-numbers-')) : '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`keeps the main score at or above ${MAIN_SCORE_FLOOR}%`, async () => {
    await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: join(dir, 'dist', 'index.js'),
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [RUNNER, dir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const last = run.stdout.trim().split('\n').pop() ?? '';
    const m = /^numbers: (\d+)\/(\d+) passed \(([\d.]+)%\)$/u.exec(last);
    expect(m, run.stdout).not.toBeNull();
    console.log(last);
    expect(Number(m![3])).toBeGreaterThanOrEqual(MAIN_SCORE_FLOOR);
  });
});

if (!present) {
  describe('../shared/numbers scorer', () => {
    it.skip(`skipped: ${withoutShared(RUNNER)}`, () => {});
  });
}
