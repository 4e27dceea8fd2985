/**
 * The coverage grid (test/data/casualty-grid.ts): casualty statements composed from slots, measured per slot value —
 * the share of cases where `extractCasualties` returns a mention of the right kind, and of the right kind and count.
 * It shows gaps by shape, not by sentence. `GRID_REPORT=1 npx vitest run test/casualty-grid.test.ts` prints the table,
 * worst first; `GRID_MISSES=<slot value>` prints the cases of that value that are missed (`*`: all of them).
 */
import { describe, expect, it } from 'vitest';
import { extractCasualties, type CasualtyMention } from '../src/index.js';
import { gridCases, type GridCase } from './data/casualty-grid.js';

interface Result { kind: boolean; count: boolean; victims: boolean | null; extra: number }

function countMatches(m: CasualtyMention, want: GridCase['count']): boolean {
  if (!want) return true;
  const got = m.count;
  if (!got) return false;
  if ('vague' in want && want.vague === true) return Boolean(got.vague);
  return JSON.stringify(got) === JSON.stringify(want);
}

function judge(c: GridCase): Result {
  const got = extractCasualties(c.text, c.nonFact ? { includeNonFacts: true } : undefined);
  const fits = got.filter((m) => m.kind === c.kind && (!c.nonFact || m.hypothetical));
  const counted = fits.filter((m) => countMatches(m, c.count));
  const victims = c.victims ? counted.some((m) => m.victims === c.victims) : null;
  return { kind: fits.length > 0, count: counted.length > 0, victims: counted.length ? victims : c.victims ? false : null, extra: got.filter((m) => m.kind !== c.kind).length };
}

interface Row { family: string; value: string; n: number; kind: number; count: number; victims: number; vn: number; extra: number }

function measure(cases: GridCase[], results: Result[]): Row[] {
  const rows = new Map<string, Row>();
  cases.forEach((c, i) => {
    const r = results[i]!;
    for (const [family, value] of Object.entries(c.slots)) {
      const key = `${family}\u0000${value}`;
      const row = rows.get(key) ?? { family, value, n: 0, kind: 0, count: 0, victims: 0, vn: 0, extra: 0 };
      row.n++;
      row.kind += +r.kind;
      row.count += +r.count;
      if (r.victims !== null) { row.vn++; row.victims += +r.victims; }
      row.extra += r.extra;
      rows.set(key, row);
    }
  });
  return [...rows.values()];
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(0).padStart(4) : '   -');

/** Per family: the mean over its values of the share read right (kind and count), and the worst value's share. */
function familyScores(rows: Row[]): Record<string, { all: number; worst: number; worstValue: string }> {
  const out: Record<string, { worst: number; worstValue: string; values: number; sum: number }> = {};
  for (const r of rows) {
    const f = (out[r.family] ??= { worst: 1, worstValue: '', values: 0, sum: 0 });
    f.values++;
    f.sum += r.count / r.n;
    if (r.count / r.n < f.worst) { f.worst = r.count / r.n; f.worstValue = r.value; }
  }
  return Object.fromEntries(Object.entries(out).map(([k, f]) => [k, { all: f.sum / f.values, worst: f.worst, worstValue: f.worstValue }]));
}

/**
 * Coverage reached (kind and count right), per family: the mean of its values' shares and the floor under its worst
 * value. Raise these when the reader improves; the test fails if coverage drops below them.
 */
const FLOORS: Record<string, { all: number; worst: number }> = {
  // Reached in session 11 (issue 15), a little under the measured shares; main before it read 78.1% of the cases right.
  // Session 12 added frames, verb adjuncts and hospital arrivals (3,950 cases); before its fixes: 89.7%, after: 94.0%.
  overall: { all: 0.935, worst: 0 },
  predicate: { all: 0.95, worst: 0.69 },
  form: { all: 0.92, worst: 0.08 },
  victim: { all: 0.955, worst: 0.75 },
  number: { all: 0.935, worst: 0.71 },
  group: { all: 0.93, worst: 0.75 },
  order: { all: 0.895, worst: 0.52 },
  adjunct: { all: 0.94, worst: 0.8 },
  clitic: { all: 0.92, worst: 0.82 },
  frame: { all: 0.98, worst: 0.94 },
};

describe('casualty coverage grid', () => {
  const cases = gridCases();
  const results = cases.map(judge);
  const rows = measure(cases, results);

  if (process.env.GRID_REPORT) {
    const lines = [...rows].sort((a, b) => a.count / a.n - b.count / b.n || a.kind / a.n - b.kind / b.n)
      .map((r) => `${pct(r.kind, r.n)} ${pct(r.count, r.n)} ${pct(r.victims, r.vn)} ${String(r.n).padStart(5)} ${String(r.extra).padStart(4)}  ${r.family.padEnd(10)} ${r.value}`);
    const all = results.filter((r) => r.count).length / results.length;
    const kindAll = results.filter((r) => r.kind).length / results.length;
    console.log(`grid: ${cases.length} cases, kind ${(100 * kindAll).toFixed(1)}%, kind+count ${(100 * all).toFixed(1)}%\n`
      + ' kind count vict     n  xtra family     value\n' + lines.join('\n') + '\n'
      + Object.entries(familyScores(rows)).map(([f, s]) => `${f.padEnd(10)} mean ${(100 * s.all).toFixed(1)}%  worst ${(100 * s.worst).toFixed(0)}% (${s.worstValue})`).join('\n'));
  }
  if (process.env.GRID_MISSES) {
    const want = process.env.GRID_MISSES;
    const misses = cases.filter((c, i) => !results[i]!.count && (want === '*' || Object.values(c.slots).includes(want))).slice(0, want === '*' ? undefined : 40);
    console.log(misses.map((c) => {
      const got = extractCasualties(c.text, { includeNonFacts: true }).map((m) => `${m.kind} ${JSON.stringify(m.count)} «${m.text}»`).join(' | ');
      return `${c.text}\n    [${Object.values(c.slots).join(' / ')}] want ${c.kind} ${JSON.stringify(c.count)}  got ${got || '—'}`;
    }).join('\n'));
  }

  it('is a few thousand cases, every one a sentence of its own', () => {
    expect(cases.length).toBeGreaterThan(2000);
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
  });

  it('keeps the coverage reached, per family', () => {
    const scores = familyScores(rows);
    const overall = results.filter((r) => r.count).length / results.length;
    expect(overall).toBeGreaterThanOrEqual(FLOORS.overall!.all);
    for (const [family, floor] of Object.entries(FLOORS)) {
      if (family === 'overall') continue;
      expect(scores[family]!.all, `${family}: mean share of its values read right`).toBeGreaterThanOrEqual(floor.all);
      expect(scores[family]!.worst, `${family}: its worst value (${scores[family]!.worstValue})`).toBeGreaterThanOrEqual(floor.worst);
    }
  });
});
