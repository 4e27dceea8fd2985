/**
 * The package as users get it: stages package.json, the docs and a copy of the build (`dist/`, which scripts/test.mjs
 * builds before the tests run, or `HASILA_DIST`), packs it, installs the tarball into a scratch folder, and imports/requires every entry of the exports map by its public name. Then
 * publint and @arethetypeswrong/cli check the package metadata and typings. New sub-entries are covered as soon as
 * they appear in package.json; a smoke call per entry checks that they work, not only that they load.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from './helpers/dist.js';
import { PACK_IDS } from '../src/packs/ids.js';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, Record<string, string> | string>>;
  bin?: string | Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
  files?: string[];
  typesVersions?: Record<string, Record<string, string[]>>;
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
  './dates': `m.extractDates('قتل 5 مدنيين أمس الأحد', { publishedAt: '2017-07-24' }).map((d) => [d.text, d.from, d.to])`,
  './lexicon': `(() => {
    const lex = m.defineLexicon({ id: 'mine', places: [{ id: 'kafr-sin', labels: { ar: 'كفر سين', en: 'Kafr Sin' }, forms: ['كفر سين'], type: 'town' }] });
    return [lex.id, typeof m.compileLexicons([lex])];
  })()`,
  './lexicons/syria': `[m.defaultLexicon.id, m.actors.find((a) => a.id === 'russia').labels.ar]`,
  './core': `m.createAnalyzer({ lexicons: [{ id: 'y', country: 'yemen', actors: [{ id: 'h', labels: { ar: 'الحوثي', en: 'h' }, forms: ['جماعة الحوثي'] }] }] })
    .extractCasualties('قتل 3 مدنيين بقصف لجماعة الحوثي').map((c) => c.actors)`,
  ...Object.fromEntries(PACK_IDS.map((id) => [`./packs/${id}`, `[m.${id}Pack.id, m.${id}Pack.country]`])),
  './link': `m.linkReports([
    { id: 'a', text: 'قتل 5 مدنيين في غارة على بلدة كفرنبل', publishedAt: '2019-05-14' },
    { id: 'b', text: 'مقتل 5 مدنيين بقصف على كفرنبل', publishedAt: '2019-05-14' },
  ]).map((i) => [i.reports, i.governorate])`,
};
const EXPECTED_SMOKE: Readonly<Record<string, unknown>> = {
  '.': ['في ادلب', 23, [['killed', { value: 23 }, 'قُتل 23 مدنياً']]],
  './normalize': ['قتل 3 مدنيين في ادلب', { start: 7, end: 13 }],
  './numbers': [23, [['٤٠', 40]]],
  './dates': [['أمس الأحد', '2017-07-23', '2017-07-23']],
  './lexicon': ['mine', 'object'],
  './lexicons/syria': ['syria', 'روسيا'],
  './core': [['h']],
  ...Object.fromEntries(PACK_IDS.map((id) => [`./packs/${id}`, [id, id]])),
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

/** The paths the `files` field of package.json names (a `*` in the last segment is expanded), except the build. */
function filesListed(): string[] {
  return (pkg.files ?? []).filter((f) => f !== 'dist').flatMap((pattern) => {
    const star = pattern.lastIndexOf('*');
    if (star < 0) return [pattern];
    const dir = dirname(pattern);
    const [before, after] = basename(pattern).split('*') as [string, string];
    return readdirSync(join(ROOT, dir)).filter((f) => f.startsWith(before) && f.endsWith(after)).map((f) => join(dir, f));
  });
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/gu, '-');

const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

const built = existsSync(join(DIST, 'index.js'));
/** The package as installed from the tarball. */
const installed = () => join(scratch, 'node_modules', pkg.name);
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
    for (const file of ['package.json', 'LICENSE', ...filesListed()]) {
      if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(staged, file), { recursive: true });
    }
    cpSync(DIST, join(staged, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'packs'), join(staged, 'packs'), { recursive: true });
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
    // A pattern (`packs/*.json`) must match at least one packed file.
    const matches = (pattern: string) => new RegExp(`^${pattern.replace(/\./gu, '\\.').replace('*', '[^/]+')}$`, 'u');
    const missing = namedFiles().filter((f) => (f.includes('*') ? !packed.some((p) => matches(f).test(p)) : !packed.includes(f)));
    expect(missing).toEqual([]);
  });

  it('the tarball holds no sources, tests or secrets', () => {
    const stray = packed.filter((f) => !/^(dist\/|docs\/[^/]+\.md$|docs\/playground\/screenshot\.png$|examples\/|packs\/[a-z]+\.json$|README\.md$|CHANGELOG\.md$|LICENSE|package\.json$)/.test(f));
    expect(stray).toEqual([]);
  });

  it('its source maps embed no sources (they name them only)', () => {
    const maps = packed.filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sourcesContent } = JSON.parse(readFileSync(join(installed(), map), 'utf8')) as { sourcesContent?: unknown[] };
      expect((sourcesContent ?? []).filter((c) => c !== null), map).toEqual([]);
    }
  });

  it('the command line imports the library build beside it instead of bundling a second copy', () => {
    const cli = readFileSync(join(installed(), 'dist/cli.js'), 'utf8');
    expect(cli).toMatch(/^import \{[^}]*\bcreateAnalyzer\b[^}]*\} from "\.\/index\.js";$/mu);
    // The library's largest parts (the casualty grammar, the lexicons) are not in it.
    expect(cli).not.toMatch(/function extractCasualties|defineLexicon\(\{/u);
    // A bundled copy of the library made it about 300 KB; the entries themselves are now small re-exports of shared
    // chunks, so the bound is absolute.
    expect(statSync(join(installed(), 'dist/cli.js')).size).toBeLessThan(80_000);
  });

  it('the sample article its help names is in the package, and the installed command reads it', () => {
    const help = run(process.execPath, [join(installed(), 'dist/cli.js'), '--help'], scratch).stdout;
    const sample = /\b(examples\/[\w.-]+)/u.exec(help)?.[1];
    expect(sample).toBeDefined();
    expect(packed).toContain(sample);
    const r = run(process.execPath, [join(installed(), 'dist/cli.js'), 'casualties', '--format', 'jsonl', join(installed(), sample!)], scratch);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { casualties: unknown[] }).casualties.length).toBeGreaterThan(3);
  });

  it('the README and the guides link only to files the package holds, and to headings that exist', () => {
    const documents = packed.filter((f) => f.endsWith('.md'));
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'docs/casualties.md', 'docs/numbers.md']));
    const broken: string[] = [];
    for (const doc of documents) {
      const text = readFileSync(join(installed(), doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/gu)) {
        if (/^[a-z]+:/iu.test(target!)) continue;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const file = path === '' ? doc : posix.normalize(posix.join(posix.dirname(doc), path));
        if (!packed.includes(file)) broken.push(`${doc}: ${target} (not in the package)`);
        else if (anchor !== undefined) {
          const headings = readFileSync(join(installed(), file), 'utf8').match(/^#+ .+$/gmu) ?? [];
          if (!headings.some((h) => anchorOf(h.replace(/^#+ /u, '')) === anchor)) broken.push(`${doc}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
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

  it('hasila/packs/<id>.json loads by name and reads its country', () => {
    const script = `
      import { createAnalyzer } from 'hasila';
      import yemen from 'hasila/packs/yemen.json' with { type: 'json' };
      console.log(JSON.stringify(createAnalyzer({ lexicons: [yemen] }).findActors('غارات التحالف بقيادة السعودية').map((a) => a.actor)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
    expect(r.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/gu, '')).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['saudi-coalition']);
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

  it('typesVersions maps every sub-entry to the types its import condition names', () => {
    const versions = (pkg.typesVersions?.['*'] ?? {}) as Record<string, string[]>;
    const expected = Object.fromEntries(entries.filter(([sub]) => sub !== '.').map(([sub, c]) => [sub.slice(2), [c.import!.types!]]));
    expect(versions).toEqual(expected);
  });

  it('a TypeScript project on the legacy `moduleResolution: "node"` type-checks every entry from the tarball', () => {
    const project = join(scratch, 'ts-node10');
    mkdirSync(project);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'commonjs', moduleResolution: 'node', strict: true, noEmit: true, types: [], ignoreDeprecations: '6.0' },
      files: ['main.ts'],
    }));
    // Each entry by its public name, used with a type the entry declares, plus a mistake tsc must catch (so that an
    // entry resolving to `any` cannot pass).
    writeFileSync(join(project, 'main.ts'), [
      ...entries.map(([sub], i) => `import * as e${i} from '${specifier(sub)}';`),
      `import type { Quantity } from '${pkg.name}';`,
      `import { parseNumber } from '${pkg.name}/numbers';`,
      `const n = parseNumber('ثلاثة');`,
      `const q: Quantity = { value: typeof n === 'number' ? n : 0 };`,
      `export const loaded = [${entries.map((_, i) => `e${i}`).join(', ')}, q];`,
      `export const wrong: string = parseNumber('ثلاثة');`,
    ].join('\n'));
    const r = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], project);
    const errors = r.stdout.split('\n').filter((l) => l.includes('error TS'));
    expect(errors, r.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/main\.ts\(\d+,\d+\): error TS2322: Type '.*' is not assignable to type 'string'/u);
  });

  // The README's example: a JSON import types its strings as `string`, where lexicon data names the allowed values.
  it('a TypeScript project (bundler resolution) type-checks a pack imported as JSON, as the README shows it', () => {
    const project = join(scratch, 'ts-json-pack');
    mkdirSync(project);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true, strict: true, noEmit: true, types: [] },
      files: ['main.ts'],
    }));
    writeFileSync(join(project, 'main.ts'), [
      `import { createAnalyzer, defineLexicon } from '${pkg.name}';`,
      `import { createAnalyzer as coreAnalyzer } from '${pkg.name}/core';`,
      `import sudan from '${pkg.name}/packs/sudan.json' with { type: 'json' };`,
      `import yemen from '${pkg.name}/packs/yemen.json' with { type: 'json' };`,
      `export const a = coreAnalyzer({ packs: [sudan] });`,
      `export const b = createAnalyzer({ lexicons: [defineLexicon(yemen)] });`,
      `export const wrong = createAnalyzer({ packs: ['yemen'] });`,
    ].join('\n'));
    const r = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], project);
    const errors = r.stdout.split('\n').filter((l) => l.includes('error TS'));
    expect(errors, r.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/main\.ts\(7,/u);
  });

  it('publint finds nothing to report', () => {
    const r = run(bin('publint'), ['run', staged, '--strict', '--pack', 'npm'], staged);
    expect(r.stdout + r.stderr).not.toMatch(/error|warning|suggestion/i);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  // Every resolution, node10 included: `moduleResolution: "node"` predates the exports map and finds the sub-entries
  // through `typesVersions` only.
  it('@arethetypeswrong/cli finds no problem in any entry', () => {
    const r = run(bin('attw'), ['--pack', staged, '--format', 'json'], staged);
    const report = JSON.parse(r.stdout) as {
      analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> };
    };
    expect(report.analysis.problems).toEqual([]);
    const checked = Object.keys(report.analysis.entrypoints).sort();
    expect(checked).toEqual(entries.map(([sub]) => sub).concat('./package.json', './packs/*.json').sort());
    expect(r.status, r.stderr).toBe(0);
  });
});

if (!built) {
  describe('the packed package', () => {
    it.skip('needs a build: run `npm test` (it builds first) or `npm run build`', () => {});
  });
}
