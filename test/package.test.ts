/**
 * The package as users get it: stages package.json, the docs and a copy of the build (`dist/`, which scripts/test.mjs
 * builds before the tests run, or `HASILA_DIST`), packs it, installs the tarball into a scratch folder, and imports/requires every entry of the exports map by its public name. Then
 * publint and @arethetypeswrong/cli check the package metadata and typings. New sub-entries are covered as soon as
 * they appear in package.json; a smoke call per entry checks that they work, not only that they load.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from './helpers/dist.js';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, Record<string, string> | string>>;
  bin?: string | Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
};
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Library entries of the exports map: subpath → { import, require } with their types and code files. */
const entries = Object.entries(pkg.exports).filter(
  (e): e is [string, Record<string, Record<string, string>>] => typeof e[1] === 'object',
);
const specifier = (subpath: string) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

/** Every file the package metadata names. */
function namedFiles(): string[] {
  const files = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') files.add(v.replace(/^\.\//, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(pkg.exports);
  visit(pkg.bin);
  visit([pkg.main, pkg.module, pkg.types].filter(Boolean));
  return [...files].sort();
}

/**
 * One call per entry that must work the same from ESM and CJS: an expression over the module `m`. Entries without
 * one still have to load with the same export names in both formats.
 */
const SMOKE: Readonly<Record<string, string>> = {
  '.': `[m.normalize('فى إدلب'), m.parseNumber('ثلاثة وعشرون'),
    m.analyze('قُتل 23 مدنياً فى إدلب').casualties.map((c) => [c.kind, c.count, c.text])]`,
  './normalize': `[m.normalize('قُتل 3 مدنيين فى إدلب'), m.toOriginalSpan(m.normalizeWithOffsets('قُتِلَ مدنياً'), 4, 9)]`,
  './numbers': `[m.parseNumber('ثلاثة وعشرون'), m.extractNumbers('أكثر من ٤٠ جريحاً').map((n) => [n.text, n.min])]`,
  './lexicon': `(() => {
    const lex = m.defineLexicon({ id: 'mine', places: [{ id: 'kafr-sin', labels: { ar: 'كفر سين', en: 'Kafr Sin' }, forms: ['كفر سين'], type: 'town' }] });
    return [lex.id, typeof m.compileLexicons([lex])];
  })()`,
  './lexicons/syria': `[m.defaultLexicon.id, m.actors.find((a) => a.id === 'russia').labels.ar]`,
  './link': `m.linkReports([
    { id: 'a', text: 'قتل 5 مدنيين في غارة على بلدة كفرنبل', publishedAt: '2019-05-14' },
    { id: 'b', text: 'مقتل 5 مدنيين بقصف على كفرنبل', publishedAt: '2019-05-14' },
  ]).map((i) => [i.reports, i.governorate])`,
};
const EXPECTED_SMOKE: Readonly<Record<string, unknown>> = {
  '.': ['في ادلب', 23, [['killed', { value: 23 }, 'قُتل 23 مدنياً']]],
  './normalize': ['قتل 3 مدنيين في ادلب', { start: 7, end: 13 }],
  './numbers': [23, [['٤٠', 40]]],
  './lexicon': ['mine', 'object'],
  './lexicons/syria': ['syria', 'روسيا'],
  './link': [[['a', 'b'], 'idlib']],
};

interface Loaded {
  keys: string[];
  types: Record<string, string>;
  smoke?: unknown;
  error?: string;
}

/** Loads every entry by name from `cwd` in a fresh Node, as ESM (`import`) or CJS (`require`). */
function loadAll(cwd: string, format: 'import' | 'require'): Record<string, Loaded> {
  const script = `
    const entries = ${JSON.stringify(entries.map(([sub]) => [sub, specifier(sub), SMOKE[sub] ?? null]))};
    const out = {};
    for (const [sub, spec, smoke] of entries) {
      try {
        const m = ${format === 'import' ? 'await import(spec)' : 'require(spec)'};
        const keys = Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort();
        const types = Object.fromEntries(keys.map((k) => [k, typeof m[k]]));
        out[sub] = { keys, types, smoke: smoke === null ? undefined : eval(smoke) };
      } catch (e) {
        out[sub] = { keys: [], types: {}, error: String(e && e.stack || e) };
      }
    }
    console.log(JSON.stringify(out));`;
  const args = format === 'import' ? ['--input-type=module', '-e', script] : ['--input-type=commonjs', '-e', `(async () => {${script}})()`];
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node (${format}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, Loaded>;
}

const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

const built = existsSync(join(DIST, 'index.js'));
let scratch = '';
let staged = '';
let packed: string[] = [];
let esm: Record<string, Loaded> = {};
let cjs: Record<string, Loaded> = {};

describe.skipIf(!built)('the packed package', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'hasila-pack-'));
    // A snapshot of the package folder, so that a concurrent rebuild of dist/ cannot change it mid-test.
    staged = join(scratch, 'staged');
    mkdirSync(staged);
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(staged, file));
    }
    cpSync(DIST, join(staged, 'dist'), { recursive: true });
    const r = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], staged);
    if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
    const info = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
    packed = info[0]!.files.map((f) => f.path);
    // Install the tarball the way npm would: its `package/` folder becomes node_modules/<name>.
    mkdirSync(join(scratch, 'node_modules'));
    const x = run('tar', ['-xzf', join(scratch, info[0]!.filename), '-C', scratch], scratch);
    if (x.status !== 0) throw new Error(`tar failed: ${x.stderr}`);
    renameSync(join(scratch, 'package'), join(scratch, 'node_modules', pkg.name));
    esm = loadAll(scratch, 'import');
    cjs = loadAll(scratch, 'require');
  });
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('the tarball holds every file the package metadata names', () => {
    const missing = namedFiles().filter((f) => !packed.includes(f));
    expect(missing).toEqual([]);
  });

  it('the tarball holds no sources, tests or secrets', () => {
    const stray = packed.filter((f) => !/^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE|package\.json$)/.test(f));
    expect(stray).toEqual([]);
  });

  it('npm pack --dry-run lists the same files', () => {
    const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], staged);
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files.sort()).toEqual([...packed].sort());
  });

  it('every entry has types first in each condition', () => {
    for (const [sub, conditions] of entries) {
      for (const [cond, target] of Object.entries(conditions)) {
        expect(Object.keys(target)[0], `${sub} ${cond}`).toBe('types');
        expect(target.types, `${sub} ${cond}`).toMatch(cond === 'require' ? /\.d\.cts$/ : /\.d\.ts$/);
      }
    }
  });

  describe.each(entries.map(([sub]) => [sub]))('%s', (sub) => {
    it('imports as ESM and works', () => {
      const m = esm[sub]!;
      expect(m.error).toBeUndefined();
      expect(m.keys.length).toBeGreaterThan(0);
      if (sub in EXPECTED_SMOKE) expect(m.smoke).toEqual(EXPECTED_SMOKE[sub]);
    });

    it('requires as CJS and works the same', () => {
      const m = cjs[sub]!;
      expect(m.error).toBeUndefined();
      expect(m.types).toEqual(esm[sub]!.types);
      if (sub in EXPECTED_SMOKE) expect(m.smoke).toEqual(EXPECTED_SMOKE[sub]);
    });
  });

  it('every library entry has a smoke call', () => {
    expect(entries.map(([sub]) => sub).filter((sub) => !(sub in SMOKE))).toEqual([]);
  });

  it('bin scripts are in the tarball and start with a shebang', () => {
    const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
    for (const file of bins) {
      const installed = join(scratch, 'node_modules', pkg.name, file);
      expect(existsSync(installed), file).toBe(true);
      expect(readFileSync(installed, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    }
  });

  it('publint finds nothing to report', () => {
    const r = run(bin('publint'), ['run', staged, '--strict', '--pack', 'npm'], staged);
    expect(r.stdout + r.stderr).not.toMatch(/error|warning|suggestion/i);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  // Profile node16: TypeScript 6 deprecates `moduleResolution: node10` (it predates the exports map, so it cannot see
  // sub-entries at all); node16/nodenext from ESM and CJS, and bundler, are all checked.
  it('@arethetypeswrong/cli finds no problem in any entry', () => {
    const r = run(bin('attw'), ['--pack', staged, '--profile', 'node16', '--format', 'json'], staged);
    const report = JSON.parse(r.stdout) as {
      analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> };
    };
    // The JSON lists every resolution's problems; the profile only decides which count.
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    const checked = Object.keys(report.analysis.entrypoints).sort();
    expect(checked).toEqual(entries.map(([sub]) => sub).concat('./package.json').sort());
    expect(r.status, r.stderr).toBe(0);
  });
});

if (!built) {
  describe('the packed package', () => {
    it.skip('needs a build: run `npm test` (it builds first) or `npm run build`', () => {});
  });
}
