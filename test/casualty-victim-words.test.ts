import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer.js';
import { createAnalyzer as createCoreAnalyzer } from '../src/core.js';
import { defineLexicon, LexiconError } from '../src/lexicon/define.js';
import type { LexiconData } from '../src/lexicon/types.js';
import type { CasualtyMention } from '../src/index.js';
import type { CasualtyCase } from './data/casualty-patterns.js';
import { PACK_VICTIM_CASES, USER_VERB_CASES, USER_VERB_LEXICON, USER_VICTIM_CASES, USER_VICTIM_LEXICON } from './data/casualty-victim-words.js';

const json = (id: string) => JSON.parse(readFileSync(new URL(`../packs/${id}.json`, import.meta.url), 'utf8')) as LexiconData;

function check(c: CasualtyCase, got: CasualtyMention[]): void {
  const shown = JSON.stringify(got.map((m) => [m.kind, m.text, m.count, m.victims]));
  expect(got.length, `mentions of «${c.text}»: ${shown}`).toBe(c.expect.length);
  c.expect.forEach((w, k) => {
    const m = got[k]!;
    expect(m.kind, shown).toBe(w.kind);
    if ('count' in w) expect(m.count, `count of «${m.text}»`).toEqual(w.count);
    if (w.victims) expect(m.victims, `victims of «${m.text}»`).toBe(w.victims);
    if (w.actors) expect(m.actors, `actors of «${m.text}»`).toEqual(w.actors);
  });
}

describe('victim words of packs', () => {
  for (const [id, cases] of Object.entries(PACK_VICTIM_CASES)) {
    // Exactly how the shared scorer reads a country: one lexicon, the pack's JSON.
    const analyzer = createAnalyzer({ lexicons: [defineLexicon(json(id))] });
    describe(id, () => {
      for (const c of cases) it(c.text, () => check(c, analyzer.extractCasualties(c.text)));
    });
  }
});

describe("victim words of a user's lexicon", () => {
  const analyzer = createCoreAnalyzer({ lexicons: [defineLexicon(USER_VICTIM_LEXICON)] });
  for (const c of USER_VICTIM_CASES) it(c.text, () => check(c, analyzer.extractCasualties(c.text)));

  it('without the entry, the demonym counts nobody', () => {
    const plain = createCoreAnalyzer({ lexicons: [defineLexicon({ ...USER_VICTIM_LEXICON, victims: [] })] });
    expect(plain.extractCasualties('وأعلنت القوات الحكومية مقتل 17 حوثيا في هجوم فاشل')).toEqual([]);
  });

  it('a bad role is a clear error naming the entry', () => {
    const bad = { ...USER_VICTIM_LEXICON, victims: [{ ...USER_VICTIM_LEXICON.victims![0]!, role: 'memebr' }] } as unknown as LexiconData;
    expect(() => defineLexicon(bad)).toThrow(LexiconError);
    expect(() => defineLexicon(bad)).toThrow(/victims 'houthi-fighters': 'role' must be one of kinship, rank, nationality, member/u);
  });
});

describe("casualty verbs of a user's lexicon", () => {
  const analyzer = createCoreAnalyzer({ lexicons: [defineLexicon(USER_VERB_LEXICON)] });
  for (const c of USER_VERB_CASES) it(c.text, () => check(c, analyzer.extractCasualties(c.text)));

  it('without the entry, the verb and its object pronoun read nothing', () => {
    const plain = createCoreAnalyzer({ lexicons: [defineLexicon({ ...USER_VERB_LEXICON, casualtyWords: [] })] });
    for (const c of USER_VERB_CASES) expect(plain.extractCasualties(c.text)).toEqual([]);
  });
});
