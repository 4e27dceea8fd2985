#!/usr/bin/env node
// Where the bytes of a browser bundle are. Bundles an entry as test/size.test.ts does (esbuild, browser, minified,
// UTF-8) and lists, per source module, its minified bytes and its gzip share: how many gzip bytes the bundle loses when
// that module's code is cut out of it (found through the source map). Shares overlap a little (gzip reuses text across
// modules), so they add up to about the total, not exactly.
//   node scripts/size-report.mjs [core|root|analyze|numbers|normalize|dates] [--dist] [--top N] [--in src/dir/ | --dirs]
// --in lists the top-level declarations of the modules under that path instead of the modules; --dirs the layers
// (directories of src/, each lexicon apart).
// --dist bundles the built dist/ (what users get, chunks instead of modules); the default bundles src/ directly.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const which = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top' && args[i - 1] !== '--in') ?? 'core';
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 40;
const byDir = args.includes('--dirs');
const fromDist = args.includes('--dist');
const within = args.includes('--in') ? args[args.indexOf('--in') + 1] : undefined;
/** Each bundle's entry: built file in dist/, source in src/. */
const ENTRIES = {
  core: ['core.js', 'core.ts'],
  root: ['index.js', 'index.ts'],
  numbers: ['numbers.js', 'numbers/index.ts'],
  normalize: ['normalize.js', 'normalize/index.ts'],
  dates: ['dates.js', 'dates/index.ts'],
};
if (which !== 'analyze' && !(which in ENTRIES)) {
  throw new Error(`size-report: unknown bundle ${which} (one of ${[...Object.keys(ENTRIES), 'analyze'].join(', ')})`);
}
const file = (name) => JSON.stringify(fromDist ? join(ROOT, 'dist', ENTRIES[name][0]) : join(ROOT, 'src', ENTRIES[name][1]));
// `analyze` of the root alone, as an application that reads with the default packs bundles it; otherwise every export.
const source = which === 'analyze' ? `import { analyze } from ${file('root')}; console.log(analyze);` : `export * from ${file(which)};`;

const result = await build({
  stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: '<stdin>' }, bundle: true, minify: true, format: 'esm',
  platform: 'browser', target: 'es2022', charset: 'utf8', write: false, logLevel: 'silent', sourcemap: 'external', outfile: 'out.js',
});
const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
const gz = (s) => gzipSync(s, { level: 9 }).length;
const total = gz(code);

// Decode the mappings into [line, column, source] segments, then give each output character the source of the segment
// it falls in.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const owner = new Int32Array(code.length).fill(-1);
const ownerLine = new Int32Array(code.length).fill(-1);
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
let src = 0;
let srcLine = 0;
map.mappings.split(';').forEach((line, l) => {
  let col = 0;
  const segs = [];
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const fields = [];
    for (let i = 0, value = 0, shift = 0; i < seg.length; i++) {
      const d = B64.indexOf(seg[i]);
      value += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = shift = 0;
      }
    }
    col += fields[0];
    if (fields.length > 1) {
      src += fields[1];
      srcLine += fields[2];
    }
    segs.push([col, fields.length > 1 ? src : -1, srcLine]); // the source column and name are not needed
  }
  // Source-map columns count UTF-16 code units, as JS strings do.
  const base = lineStarts[l] ?? code.length;
  const end = lineStarts[l + 1] ?? code.length;
  segs.forEach(([c, s, line], k) => {
    const to = Math.min(end, base + (segs[k + 1]?.[0] ?? end - base));
    owner.fill(s, base + c, to);
    ownerLine.fill(line, base + c, to);
  });
});

// Units: whole modules; with --in the top-level declarations (a line that starts one, up to the next) of the modules
// under a path; with --dirs the directories of src/.
const units = new Int32Array(code.length).fill(-1);
const names = [];
if (within) {
  const { readFileSync } = await import('node:fs');
  const byKey = new Map();
  map.sources.forEach((name, s) => {
    const path = relative(ROOT, resolve(name));
    if (!path.startsWith(within)) return;
    const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
    let current = `${path}:(head)`;
    const declOf = lines.map((text) => {
      const m = /^(?:export )?(?:async )?(?:function\*? |const |let |var |class |interface |type )([\w$]+)/.exec(text);
      if (m) current = `${path}:${m[1]}`;
      return current;
    });
    for (let i = 0; i < code.length; i++) {
      if (owner[i] !== s) continue;
      const key = declOf[ownerLine[i]] ?? `${path}:?`;
      if (!byKey.has(key)) byKey.set(key, names.push(key) - 1);
      units[i] = byKey.get(key);
    }
  });
} else if (byDir) {
  const byKey = new Map();
  const dirOf = map.sources.map((name) => {
    const parts = relative(ROOT, resolve(name)).split('/');
    const key =
      parts[0] !== 'src' || parts.length === 2 ? '(entry modules)' : parts[1] === 'lexicons' && parts.length > 3 ? `src/lexicons/${parts[2]}` : `src/${parts[1]}`;
    if (!byKey.has(key)) byKey.set(key, names.push(key) - 1);
    return byKey.get(key);
  });
  for (let i = 0; i < code.length; i++) units[i] = owner[i] < 0 ? -1 : dirOf[owner[i]];
} else {
  map.sources.forEach((name) => names.push(relative(ROOT, resolve(name))));
  units.set(owner);
}
const rows = names.map((name, s) => {
  let kept = '';
  let bytes = 0;
  for (let i = 0; i < code.length; i++) if (units[i] === s) bytes += Buffer.byteLength(code[i]); else kept += code[i];
  return { name, bytes, share: bytes ? total - gz(kept) : 0 };
}).filter((r) => r.bytes > 0).sort((a, b) => b.share - a.share);
const KB = (n) => (n / 1024).toFixed(2).padStart(6);
console.log(`${which}${fromDist ? ' (dist)' : ''}: ${KB(total)} KB min+gzip, ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB min`);
console.log(`  gzip KB   min KB  ${within ? 'declaration' : byDir ? 'layer' : 'module'}`);
for (const r of rows.slice(0, top)) console.log(`  ${KB(r.share)}   ${KB(r.bytes)}  ${r.name}`);
