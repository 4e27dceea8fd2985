import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCasualties, type CasualtyMention } from '../src/index.js';
import type { Quantity } from '../src/quantity.js';

// A second, independent set of reports written by a reviewer who did not read the extractor (test/data): 102 texts
// with 138 annotated mentions in 13 pattern families, and 38 texts that state no casualty. Scored like the shared
// corpus: a prediction matches an expected mention when their spans overlap and the kinds agree.
interface Expected {
  kind: string;
  evidence: string;
  count: Quantity | null;
  victims: string;
  actors: string[];
  cause: string | null;
}
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
const cases = read<{ id: string; text: string; expect: Expected[] }[]>('casualty-cases.json');
const negatives = read<{ id: string; text: string; why: string }[]>('not-casualties.json');

const FLOORS = { f1: 0.95, count: 0.95, victims: 0.9, actors: 0.88, cause: 0.95 };

function countAgrees(want: Quantity | null, got: Quantity | null): boolean {
  if (want === null || want.vague === 'unknown') return got === null || got.vague === 'unknown';
  if (got === null) return false;
  if (want.vague !== undefined) return got.vague === want.vague;
  return got.value === want.value && got.min === want.min && got.max === want.max && !got.approximate === !want.approximate;
}

describe('held-out casualty reports', () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const right = { count: 0, victims: 0, actors: 0, cause: 0 };
  const misses: string[] = [];
  for (const c of cases) {
    const got: CasualtyMention[] = extractCasualties(c.text);
    const used = new Set<number>();
    for (const w of c.expect) {
      const at = c.text.indexOf(w.evidence);
      const i = got.findIndex((m, k) => !used.has(k) && m.kind === w.kind && m.start < at + w.evidence.length && at < m.end);
      if (i < 0) {
        fn++;
        misses.push(`${c.id}: missed ${w.kind} «${w.evidence}»`);
        continue;
      }
      used.add(i);
      tp++;
      const m = got[i]!;
      if (countAgrees(w.count, m.count)) right.count++;
      if (m.victims === w.victims) right.victims++;
      if (w.actors.length ? m.actors[0] === w.actors[0] : m.actors.length === 0) right.actors++;
      if (m.cause === w.cause) right.cause++;
    }
    fp += got.length - used.size;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const scores = {
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    count: right.count / tp,
    victims: right.victims / tp,
    actors: right.actors / tp,
    cause: right.cause / tp,
  };

  it(`scores at least ${JSON.stringify(FLOORS)}`, () => {
    console.log(`held-out: ${Object.entries(scores).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(' ')} (${tp + fn} expected, ${tp + fp} predicted)`);
    for (const [name, floor] of Object.entries(FLOORS)) {
      expect(scores[name as keyof typeof scores], `${name}; misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual(floor);
    }
  });

  for (const n of negatives) {
    it(`states no casualty: ${n.id} (${n.why})`, () => expect(extractCasualties(n.text).map((m) => m.text)).toEqual([]));
  }
});
