/**
 * Every casualty case of casualty-patterns.ts reads the same (kind, count, victims) in each spelling of
 * test/data/surface-variants.ts: spacing, hamza and ta marbuta, digits, commas.
 */
import { describe, expect, it } from 'vitest';
import { extractCasualties } from '../src/index.js';
import { families } from './data/casualty-patterns.js';
import { surfaceVariants } from './data/surface-variants.js';

const reading = (text: string): string[] =>
  extractCasualties(text).map((m) => `${m.kind} ${JSON.stringify(m.count)} ${m.victims}`);
const cases = Object.values(families)
  .flat()
  .filter((c) => !c.options);
const base = new Map(cases.map((c) => [c.text, reading(c.text)]));

describe('a casualty reading does not depend on the spelling of the page', () => {
  for (const v of surfaceVariants) {
    it(`${v.name} (${v.why})`, () => {
      const changed = cases
        .map((c) => ({ text: c.text, variant: v.rewrite(c.text) }))
        .filter((c) => c.variant !== c.text)
        .map((c) => ({ ...c, got: reading(c.variant) }))
        .filter((c) => c.got.join('|') !== base.get(c.text)!.join('|'));
      expect(changed.map((c) => `«${c.text}»: ${base.get(c.text)!.join(', ')} → ${c.got.join(', ')}`)).toEqual([]);
    });
  }
});
