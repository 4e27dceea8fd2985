import { describe, expect, it } from 'vitest';
import * as grammar from '../src/casualties/grammar.js';
import { normalize } from '../src/index.js';

// The casualty grammar is written in search-normalized form, because it is compared with normalized tokens: a word
// written with a hamza, a ة or a ى there would never match. The two cause lists name lexicon forms as the lexicon
// writes them (they are compared with `LexMatch.form`), so they are left out.
const AS_WRITTEN = new Set(['GENERIC_CAUSES', 'PLATFORM_CAUSES']);

describe('casualty grammar words', () => {
  const words = Object.entries(grammar).filter(([table]) => !AS_WRITTEN.has(table)).flatMap(([table, value]) =>
    (value as unknown[]).flat(2).flatMap((entry) => {
      const w = typeof entry === 'string' ? entry : (entry as { phrase?: string[] }).phrase ?? [];
      return [w].flat().map((word) => [table, word] as const);
    }),
  );
  it('are read from every table', () => expect(words.length).toBeGreaterThan(300));
  for (const [table, word] of words) {
    it(`${table}: «${word}» is in search-normalized form`, () => expect(normalize(word)).toBe(word));
  }
});
