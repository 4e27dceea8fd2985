import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractNumbers, type NumberMention } from '../src/numbers/index.js';
import { withoutShared } from './helpers/shared.js';

// The development gold set lives outside the repository (../shared/corpus); it is never copied in.
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const GOLD = `${CORPUS}seeds-gold.jsonl`;
const present = existsSync(GOLD);

interface GoldNumber {
  text: string;
  start: number;
  value: number | null;
  vague?: string;
  ordinal?: boolean;
  percent?: boolean;
  quantifier?: boolean;
  name?: boolean;
}

/** The figure a mention gives: its value, or the bound a qualifier made of it; none for a vague quantity. */
const figure = (m: NumberMention) => (m.vague ? null : (m.value ?? m.min ?? m.max ?? null));
const kindOf = (n: GoldNumber) =>
  n.ordinal ? 'ordinal' : n.percent ? 'percent' : n.quantifier ? 'quantifier' : n.value === null ? 'vague' : 'cardinal';

describe.skipIf(!present)('gold numbers of ../shared/corpus/seeds-gold.jsonl', () => {
  const articles = present
    ? readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; file: string; numbers: GoldNumber[] })
    : [];
  for (const a of articles) {
    it(`${a.id}: every gold number is found with its span, value and kind`, () => {
      const text = readFileSync(`${CORPUS}${a.file}`, 'utf8');
      const found = extractNumbers(text);
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
      const got = a.numbers.map((n) => {
        const m = found.find((x) => x.start === n.start);
        return m && { text: m.text, value: figure(m), vague: m.vague, kind: m.kind, name: !!m.name };
      });
      const want = a.numbers.map((n) => ({
        text: n.text, value: n.value, vague: n.value === null ? n.vague : undefined, kind: kindOf(n), name: !!n.name,
      }));
      expect(got).toEqual(want);
    });
  }
});

if (!present) {
  describe('gold numbers', () => {
    it.skip(`skipped: ${withoutShared(GOLD)}`, () => {});
  });
}
