import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorsInDoc } from '../src/actors/find-actors.js';
import { builtinCompiled } from '../src/builtin.js';
import { causeFor, nonFactFlags, sourceFor, standsAlone } from '../src/casualties/attach.js';
import { buildContext, type ActorRef, type Context } from '../src/casualties/context.js';
import { findCandidates } from '../src/casualties/phrases.js';
import { readNameTitles } from '../src/casualties/titles.js';
import { CUE } from '../src/casualties/tokens.js';
import { prepare } from '../src/document.js';
import { matchLexicon } from '../src/lexicon/match.js';
import { ENTRY_TYPES } from '../src/lexicon/types.js';
import { numbersInDoc } from '../src/numbers/index.js';
import { readAllWords } from '../src/tokenize/words.js';
import { families, notCasualties } from './data/casualty-patterns.js';

// Stage 1's cue bits (`Context.cues`) let the patterns' whole-text scans and the attachers' clause and sentence scans
// skip the tokens where their first question cannot hold (each scan still asks it where the bit is set). They must
// skip only those: on every casualty example, a context with these bits set on every token (nothing skipped) reads
// the same candidates, non-fact flags, standing-alone answers, causes and sources. A scan that starts asking about a word its bit
// does not cover fails here. (STILL_OR_FATE, RISE and BODY are the scans' own tests, not pre-filters: left as read.)
const FILTERS =
  CUE.KILLING | CUE.TOLL | CUE.STATE | CUE.SUBJECTED | CUE.LOSS | CUE.ALONE | CUE.SOURCE | CUE.IDIOM | CUE.CLASH | CUE.NON_FACT | CUE.HABIT |
  CUE.AMONG | CUE.ARRIVAL | CUE.AS_MANY | CUE.PENALTY | CUE.MASSACRE | CUE.TITLE;
const cases = JSON.parse(readFileSync(new URL('./data/casualty-cases.json', import.meta.url), 'utf8')) as { text: string }[];
const texts = [...Object.values(families).flat(), ...notCasualties, ...cases].map((c) => c.text);

function contextOf(text: string): Context {
  const compiled = builtinCompiled();
  const doc = prepare(text, compiled.memo.words);
  readAllWords(doc);
  const matches = matchLexicon(compiled, doc, [...ENTRY_TYPES, 'actorAdjectives']);
  const numbers = numbersInDoc(doc);
  const actors = actorsInDoc(compiled, doc, undefined, matches).filter((a): a is typeof a & ActorRef => a.actor !== null);
  return buildContext(doc, numbers, matches, actors);
}

describe('stage-1 cue bits', () => {
  it('are read from enough examples to mean something', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it('skip only tokens where no scan would find anything', () => {
    let skipped = 0;
    let cued = 0;
    for (const text of texts) {
      const ctx = contextOf(text);
      // Its own context: the titles add victim nouns to it, and facts kept by one context are not read by the other.
      const other = contextOf(text);
      const all: Context = { ...other, cues: other.cues.map((b) => b | FILTERS) };
      readNameTitles(ctx);
      readNameTitles(all);
      for (let i = 0; i < ctx.n; i++) if ((ctx.cues[i]! & FILTERS) === 0) skipped++;
      else cued++;
      const found = findCandidates(ctx);
      expect(JSON.stringify(found), text).toBe(JSON.stringify(findCandidates(all)));
      for (const c of found) {
        expect(nonFactFlags(ctx, c), text).toEqual(nonFactFlags(all, c));
        const alone = standsAlone(ctx, c);
        expect(alone, text).toBe(standsAlone(all, c));
        expect(causeFor(ctx, c, alone !== null), text).toEqual(causeFor(all, c, alone !== null));
        expect(sourceFor(ctx, c), text).toEqual(sourceFor(all, c));
      }
    }
    // Both kinds of token occur, so the comparison tests the skipping.
    expect(skipped).toBeGreaterThan(cued);
    expect(cued).toBeGreaterThan(100);
  });
});
