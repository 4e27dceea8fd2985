/**
 * Analyzers are immutable and safe to share: frozen (nothing can be assigned or added), the same results from one
 * analyzer shared by many interleaved async tasks as from calls one after another, and the same results in worker
 * threads (each building its analyzer from the same lexicon data, which is what crosses a thread boundary) as in
 * the main thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as hasila from '../src/index.js';

const { createAnalyzer } = hasila as unknown as {
  createAnalyzer?: (o?: { lexicons?: unknown[]; builtin?: boolean }) => Record<string, (...a: unknown[]) => unknown>;
};

// A lexicon for another conflict, written for this test, shared by every thread as plain data.
const YEMEN = {
  id: 'yemen-test',
  actors: [
    { id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي', 'أنصار الله'] },
    { id: 'saudi-coalition', labels: { ar: 'التحالف بقيادة السعودية', en: 'Saudi-led coalition' }, forms: ['التحالف بقيادة السعودية', 'طيران التحالف العربي'] },
  ],
};

// Texts written for this test: Syrian and Yemeni reports, a hostile one, and an empty one.
const TEXTS = [
  'قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات نفذتها طائرات قوات النظام على مدينة الرقة.',
  'قُتل ثلاثة عشر مدنياً، بينهم أربعة أطفال، بقصف للطيران الروسي على ريف إدلب، بحسب الدفاع المدني.',
  'قتل 7 أشخاص بغارة لطيران التحالف العربي على صعدة، فيما قصفت جماعة الحوثي مدينة مأرب وقتلت امرأتين.',
  'أعلن تنظيم الدولة عبر وكالة أعماق مقتل 20 عنصرا من قسد في دير الزور.',
  '',
  'و'.repeat(2000) + ' 5 '.repeat(500),
];

const METHODS = ['findActors', 'extractCasualties', 'analyze'] as const;

describe.skipIf(!createAnalyzer)('analyzers are immutable', () => {
  it('is frozen: no assignment, addition or deletion takes effect', () => {
    const analyzer = createAnalyzer!({ lexicons: [YEMEN] });
    expect(Object.isFrozen(analyzer)).toBe(true);
    const before = analyzer.findActors!(TEXTS[2]);
    expect(() => {
      (analyzer as Record<string, unknown>).findActors = () => [];
    }).toThrow(TypeError);
    expect(() => {
      (analyzer as Record<string, unknown>).extra = 1;
    }).toThrow(TypeError);
    expect(() => delete (analyzer as Record<string, unknown>).analyze).toThrow(TypeError);
    expect(analyzer.findActors!(TEXTS[2])).toEqual(before);
  });

  it('keeps its lexicons frozen, deeply', () => {
    const analyzer = createAnalyzer!({ lexicons: [YEMEN] }) as unknown as { lexicons: unknown };
    const unfrozen: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v === null || typeof v !== 'object') return;
      if (!Object.isFrozen(v)) unfrozen.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(analyzer.lexicons, 'lexicons');
    expect(unfrozen.slice(0, 5)).toEqual([]);
  });

  it('is not changed by later changes to the data it was made from', () => {
    const data = structuredClone(YEMEN);
    const analyzer = createAnalyzer!({ lexicons: [data] });
    const before = analyzer.findActors!(TEXTS[2]);
    data.actors[0]!.forms.push('قتل');
    data.actors[0]!.id = 'changed';
    expect(analyzer.findActors!(TEXTS[2])).toEqual(before);
  });
});

describe.skipIf(!createAnalyzer)('one analyzer shared by interleaved async tasks', () => {
  it('gives the results of calls made one after another', async () => {
    const analyzer = createAnalyzer!({ lexicons: [YEMEN] });
    const expected = TEXTS.map((t) => METHODS.map((m) => JSON.stringify(analyzer[m]!(t))));
    // 64 tasks, each yielding to the others between calls, in a shuffled order.
    const tasks = Array.from({ length: 64 }, async (_, k) => {
      const results: string[][] = [];
      for (let j = 0; j < TEXTS.length; j++) {
        const i = (j * 7 + k) % TEXTS.length;
        await new Promise((r) => setTimeout(r, (k * 13 + j) % 3));
        results[i] = [];
        for (const m of METHODS) {
          results[i]![METHODS.indexOf(m)] = JSON.stringify(analyzer[m]!(TEXTS[i]!));
          await Promise.resolve();
        }
      }
      return results;
    });
    for (const results of await Promise.all(tasks)) expect(results).toEqual(expected);
  });

  it('does not disturb the root functions or another analyzer', async () => {
    const yemen = createAnalyzer!({ lexicons: [YEMEN] });
    const plain = createAnalyzer!();
    const root = hasila as unknown as Record<string, (t: string) => unknown>;
    const expectedRoot = TEXTS.map((t) => JSON.stringify(root.findActors!(t)));
    const expectedPlain = TEXTS.map((t) => JSON.stringify(plain.findActors!(t)));
    await Promise.all(TEXTS.map(async (t) => {
      await Promise.resolve();
      yemen.analyze!(t);
    }));
    expect(TEXTS.map((t) => JSON.stringify(root.findActors!(t)))).toEqual(expectedRoot);
    expect(TEXTS.map((t) => JSON.stringify(plain.findActors!(t)))).toEqual(expectedPlain);
    // The Yemeni actors are this analyzer's alone.
    expect(JSON.stringify(plain.findActors!(TEXTS[2]!))).not.toContain('houthis');
    expect(JSON.stringify(yemen.findActors!(TEXTS[2]!))).toContain('houthis');
  });
});

describe.skipIf(!createAnalyzer)('worker threads', () => {
  // Workers run a bundle of src (the tests themselves run on the TypeScript sources).
  let dir = '';
  let bundle = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hasila-concurrency-'));
    bundle = join(dir, 'lib.mjs');
    await build({ entryPoints: [join(import.meta.dirname, '../src/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error' });
  }, 120_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const WORKER = `
    import { parentPort, workerData } from 'node:worker_threads';
    const lib = await import(workerData.bundle);
    const analyzer = lib.createAnalyzer({ lexicons: [workerData.lexicon] });
    const out = [];
    for (let round = 0; round < 3; round++) {
      out.push(workerData.texts.map((t) => workerData.methods.map((m) => JSON.stringify(analyzer[m](t)))));
    }
    parentPort.postMessage(out);
  `;

  it('four workers, each with its own analyzer from the same data, agree with the main thread', async () => {
    const analyzer = createAnalyzer!({ lexicons: [YEMEN] });
    const expected = TEXTS.map((t) => METHODS.map((m) => JSON.stringify(analyzer[m]!(t))));
    const run = () =>
      new Promise<string[][][]>((resolve, reject) => {
        const w = new Worker(WORKER, {
          eval: true,
          workerData: { bundle: pathToFileURL(bundle).href, lexicon: YEMEN, texts: TEXTS, methods: METHODS },
        });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const rounds = await Promise.all([run(), run(), run(), run()]);
    for (const worker of rounds) for (const round of worker) expect(round).toEqual(expected);
  }, 120_000);
});
