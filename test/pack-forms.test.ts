import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer.js';
import { defineLexicon } from '../src/lexicon/define.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { PACK_FORMS } from './data/pack-forms.js';

// Exactly how the shared scorer reads a country: one lexicon, the pack's JSON.
const analyzers = new Map<string, ReturnType<typeof createAnalyzer>>();
const analyzerOf = (pack: string) => {
  if (!analyzers.has(pack)) {
    const json = JSON.parse(readFileSync(new URL(`../packs/${pack}.json`, import.meta.url), 'utf8')) as LexiconData;
    analyzers.set(pack, createAnalyzer({ lexicons: [defineLexicon(json)] }));
  }
  return analyzers.get(pack)!;
};
/** Each form as the subject of a relative clause, and after the genitive «لـ» (fused with «ال» into «لل»). */
const frames = (form: string) => [
  `قتل خمسة مدنيين في هجوم شنته ${form} على قرية.`,
  `أصيب ثلاثة أشخاص بقصف ${form.startsWith('ال') ? `ل${form.slice(1)}` : `ل${form}`} على حي سكني.`,
];

describe('every checklist form of a pack names its actor', () => {
  const cases = Object.entries(PACK_FORMS).flatMap(([pack, actors]) =>
    Object.entries(actors).flatMap(([actor, forms]) => forms.map((form) => [pack, actor, form] as const)),
  );
  it.each(cases)('%s: %s «%s»', (pack, actor, form) => {
    for (const text of frames(form)) {
      const found = analyzerOf(pack).findActors(text).map((m) => m.actor);
      expect(found.length, text).toBeGreaterThan(0);
      expect(new Set(found), text).toEqual(new Set([actor]));
    }
  });
});
