// One analyzer called 10,000 times must not keep what it read: the only state it holds across calls is the bounded
// memo of word readings. Heap is measured after a full collection, in a child process (--expose-gc), so vitest's
// own allocations do not count. The bound is generous: this catches a leak (a cache keyed by text, per-call data
// kept alive), not a byte more or less.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';
let bundle = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hasila-memory-'));
  bundle = join(dir, 'lib.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../src/index.ts')],
    bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error',
  });
}, 120_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

// Sentences in the shapes of conflict reports, varied by number, place and a made-up name per call, so that each
// call reads a new string and some words the analyzer has not seen.
const SCRIPT = `
  const lib = await import(process.argv[1]);
  const analyzer = lib.createAnalyzer();
  const places = ['إدلب', 'حلب', 'درعا', 'دوما', 'الرقة', 'حماة', 'أريحا', 'سراقب'];
  const causes = ['بغارة جوية', 'بقصف مدفعي', 'بانفجار عبوة ناسفة', 'برصاص قناص'];
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const name = (n) => { let s = ''; do { s += letters[n % letters.length]; n = Math.floor(n / letters.length); } while (n); return s; };
  const text = (i) =>
    'قتل ' + (i % 97 + 2) + ' مدنيين ' + causes[i % causes.length] + ' على مدينة ' + places[i % places.length] +
    ' وأصيب ' + (i % 13 + 3) + ' آخرون، بينهم الشاب ' + name(i) + '. وقال الدفاع المدني إن قوات النظام قصفت ' +
    'المنطقة بعد اشتباكات مع فصائل المعارضة، في حين نفت روسيا مشاركة طائراتها.';
  const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
  let sink = 0;
  const call = (i) => { sink += analyzer.analyze(text(i)).casualties.length; };
  for (let i = 0; i < 1000; i++) call(i);
  const warm = heap();
  for (let i = 1000; i < 11000; i++) call(i);
  console.log(JSON.stringify({ warm, after: heap(), sink }));
`;

describe('memory', () => {
  it('10,000 calls of one analyzer do not grow the heap', { timeout: 300_000 }, () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', SCRIPT, pathToFileURL(bundle).href], {
      encoding: 'utf8', timeout: 280_000,
    });
    expect(r.stderr).toBe('');
    const { warm, after, sink } = JSON.parse(r.stdout) as { warm: number; after: number; sink: number };
    expect(sink).toBeGreaterThan(10_000); // the calls read casualties, so the loop did real work
    // 10,000 new names add at most that many entries to each memo (the word memo keeps a word's splits, stems and
    // answers: ~5 MB in all, measured); a leak of the analyses themselves would add tens of megabytes.
    expect(after - warm).toBeLessThan(8 * 1024 * 1024);
  });
});
