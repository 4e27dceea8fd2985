/**
 * What each command computes for one article: a pure function of the text, built once per thread. The lexicon
 * layers run on an analyzer made from the `--lexicon` files (validated already on the main thread).
 * @module cli/commands
 */
import { createAnalyzer, extractNumbers, normalize } from '../index.js';
import type { LexiconData } from '../lexicon/index.js';
import type { TaskSetup } from './task.js';

/** The command's result for one text (and its publication day, for `analyze`), as the fields of an output record. */
export type Compute = (text: string, published?: string) => Record<string, unknown>;

/** The computation of `setup.command`, with its analyzer built once. */
export function compute(setup: TaskSetup): Compute {
  switch (setup.command) {
    case 'normalize': {
      const options = { preset: setup.preset };
      return (text) => ({ text: normalize(text, options) });
    }
    case 'numbers':
      return (text) => ({ numbers: extractNumbers(text) });
    default: {
      const analyzer = createAnalyzer({ lexicons: setup.lexicons as LexiconData[] });
      const facts = setup.nonFacts ? { includeNonFacts: true } : {};
      switch (setup.command) {
        case 'actors':
          return (text) => ({ actors: analyzer.findActors(text) });
        case 'casualties':
          return (text) => ({ casualties: analyzer.extractCasualties(text, facts) });
        case 'analyze':
          return (text, published) => ({ ...analyzer.analyze(text, published === undefined ? facts : { ...facts, publishedAt: published }) });
      }
    }
  }
}
