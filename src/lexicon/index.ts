/**
 * The lexicon mechanism, without data: types, validation, compilation to a token trie and matching.
 * Import it from `hasila/lexicon`.
 * @module lexicon
 */
export * from './types.js';
export { defineLexicon, LexiconError, MAX_FORM_WORDS, type DefineLexiconOptions } from './define.js';
export { actorCategory, actorLineage, compileLexicons, placeLineage, type CompiledEntries, type CompiledLexicon, type MatchType } from './compile.js';
export { matchText, type LexMatch } from './match.js';
export { guessCategory } from './category.js';
