/**
 * hasila — structured casualty facts from Arabic conflict news.
 * @module hasila
 */
export * from './normalize/index.js';
export * from './numbers/index.js';
export { extractDates, type DateMention, type DatePart, type DateReading, type DateWhich, type ExtractDatesOptions } from './dates/index.js';
export { charClass, cliticSplits, tokenize, type CliticSplit, type Token, type TokenKind } from './tokenize/index.js';
export type { Quantity, VagueLabel } from './quantity.js';
export type { Span } from './document.js';
export * from './lexicon/types.js';
export { defineLexicon, LexiconError, type DefineLexiconOptions } from './lexicon/define.js';
export { defaultLexicon, syriaPack } from './lexicons/syria/index.js';
export { coreLexicon } from './lexicons/core/index.js';
export { guessCategory } from './lexicon/category.js';
export { findActors, type ActorMention, type ActorRole, type ActorRule, type FindActorsOptions } from './actors/index.js';
export { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer.js';
export type { Analysis, AnalyzeOptions } from './analyze.js';
export { analyze, extractCasualties, findPlaces } from './root.js';
export * from './casualties/index.js';
export * from './events/index.js';
export * from './places/index.js';
export * from './link/index.js';
