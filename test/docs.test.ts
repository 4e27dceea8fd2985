/**
 * The API reference builds (`npm run docs`: typedoc with warnings as errors and undocumented exports reported), and
 * every export of every public entry carries TSDoc with an `@example` written in Arabic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTables } from '../scripts/normalization-tables.js';
// @ts-expect-error -- a plain ES module script without types
import { EXAMPLE_DOCS, renderExamples } from '../scripts/readme-examples.mjs';
import { DIST } from './helpers/dist.js';

const ROOT = resolve(import.meta.dirname, '..');

interface Reflection {
  name: string;
  kind: number;
  comment?: { blockTags?: { tag: string; content: { text: string }[] }[] };
  signatures?: Reflection[];
  children?: Reflection[];
}
const MODULE = 2;
const REFERENCE = 4194304; // a re-export of something documented elsewhere

let scratch = '';
let output = '';
let status: number | null = null;
let project: Reflection = { name: '', kind: 0 };

describe('API reference', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'hasila-docs-'));
    const r = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'typedoc'),
      // One run for both tests: warnings are listed (and fail the first test) instead of stopping the build.
      ['--out', join(scratch, 'html'), '--json', join(scratch, 'api.json'), '--logLevel', 'Warn', '--treatWarningsAsErrors', 'false'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    output = r.stdout + r.stderr;
    status = r.status;
    project = JSON.parse(readFileSync(join(scratch, 'api.json'), 'utf8')) as Reflection;
  });
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('typedoc builds with no warning (every export and member documented)', () => {
    const warnings = output.split('\n').filter((l) => /\[(warning|error)\]/.test(l) && !/Found \d+ errors/.test(l));
    expect(warnings).toEqual([]);
    expect(status, output).toBe(0);
    expect(project.children?.length).toBeGreaterThan(0);
  });

  it('every export has an @example in Arabic', () => {
    const missing: string[] = [];
    const visit = (r: Reflection, module: string) => {
      for (const c of r.children ?? []) {
        if (c.kind === MODULE) visit(c, c.name);
        else if (c.kind !== REFERENCE) {
          const tags = (c.comment ?? c.signatures?.[0]?.comment)?.blockTags ?? [];
          const example = tags.find((t) => t.tag === '@example');
          if (!example || !/[\u0600-\u06ff]/u.test(example.content.map((p) => p.text).join(''))) missing.push(`${module}: ${c.name}`);
        }
      }
    };
    visit(project, project.name);
    expect(missing).toEqual([]);
  });
});

describe('guides', () => {
  it('the playground script type-checks against the library (with the DOM library)', () => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', 'docs/playground'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('docs/normalization.md shows the current test cases (npm run docs:normalization)', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'normalization.md'), 'utf8');
    expect(guide).toBe(withTables(guide));
  });

  it.skipIf(!existsSync(join(DIST, 'index.js'))).each((EXAMPLE_DOCS as string[]).map((d) => [d]))(
    '%s: examples show what the build returns (npm run docs:readme)',
    async (doc) => {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      expect(await (renderExamples as (r: string, d: string) => Promise<string>)(text, DIST)).toBe(text);
    },
  );
});
