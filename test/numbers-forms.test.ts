/**
 * The number forms of issue 13 (spoken decimals, stacked scales, rising order, glued and dialect spellings,
 * ordinals, percent words, ranges), read from test/data/numbers-forms.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCasualties } from '../src/index.js';
import { extractNumbers, parseNumber } from '../src/numbers/index.js';
import type { Quantity } from '../src/quantity.js';

interface Whole { text: string; value: number | Quantity; kind: string }
interface Mention { text: string; kind: string; value?: number; min?: number; max?: number; vague?: string; approximate?: boolean; qualifier?: string }
interface Form {
  form: string;
  whole?: Whole[];
  mentions?: { text: string; expect: Mention[] }[];
  negative?: string[];
  /** A sentence with one casualty mention, and the count that mention gets from the number layer. */
  casualties?: { text: string; count: Quantity }[];
}

const data = JSON.parse(readFileSync(new URL('./data/numbers-forms.json', import.meta.url), 'utf8')) as { forms: Form[] };

const FIELDS = ['value', 'min', 'max', 'vague', 'approximate'] as const;

for (const f of data.forms) {
  describe(f.form, () => {
    if (f.whole?.length) {
      it.each(f.whole.map((w) => [w.text, w] as const))('parseNumber(%s)', (text, w) => {
        const got = parseNumber(text);
        if (typeof w.value === 'number') expect(got).toBeCloseTo(w.value, 9);
        else expect(got).toEqual(w.value);
        const found = extractNumbers(text);
        expect(found.map((m) => [m.text, m.kind])).toEqual([[text, w.kind]]);
      });
    }
    if (f.mentions?.length) {
      it.each(f.mentions.map((c) => [c.text, c.expect] as const))('extractNumbers(%s)', (text, expected) => {
        const got = extractNumbers(text).map((m) => {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          const o: Mention = { text: m.text, kind: m.kind };
          for (const k of FIELDS) if (m[k] !== undefined) (o as unknown as Record<string, unknown>)[k] = m[k];
          if (m.qualifier) o.qualifier = m.qualifier.text;
          return o;
        });
        expect(got).toEqual(expected);
      });
    }
    if (f.casualties?.length) {
      it.each(f.casualties.map((c) => [c.text, c.count] as const))('the casualty count of %s', (text, count) => {
        expect(extractCasualties(text).map((m) => m.count)).toEqual([count]);
      });
    }
    if (f.negative?.length) {
      it.each(f.negative)('no number in %s', (text) => {
        expect(extractNumbers(text)).toEqual([]);
      });
    }
  });
}
