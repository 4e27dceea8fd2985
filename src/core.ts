/**
 * hasila for custom lexicons: the whole library with the Arabic core and no conflict pack. `createAnalyzer`
 * here reads with the core and the packs or lexicons you give it; nothing Syrian (or of any other pack) is in
 * this entry's bundle.
 * @module hasila/core
 */
export * from './normalize/index.js';
export * from './numbers/index.js';
export { extractDates, type DateMention, type DatePart, type DateReading, type DateWhich, type ExtractDatesOptions } from './dates/index.js';
export { charClass, cliticSplits, tokenize, type CliticSplit, type Token, type TokenKind } from './tokenize/index.js';
export type { Quantity, VagueLabel } from './quantity.js';
export type { Span } from './document.js';
export * from './lexicon/types.js';
export { defineLexicon, LexiconError, type DefineLexiconOptions } from './lexicon/define.js';
export { coreLexicon } from './lexicons/core/index.js';
export { guessCategory } from './lexicon/category.js';
export type { ActorMention, ActorRole, ActorRule, FindActorsOptions } from './actors/index.js';
export type { Analysis, AnalyzeOptions } from './analyze.js';
export type { Analyzer, AnalyzerOptions } from './make-analyzer.js';
export * from './casualties/index.js';
export * from './events/index.js';
export * from './places/index.js';
export type { CountRange, DayRange, Incident, IncidentEvent, IncidentFigure, LinkOptions, LinkReport, ReportFigure } from './link/types.js';
import { makeAnalyzer, type Analyzer, type AnalyzerOptions } from './make-analyzer.js';

/**
 * Creates an analyzer over the Arabic core, `options.packs` and `options.lexicons` (no default pack here).
 *
 * @param options - packs and lexicons to read with
 * @returns a frozen analyzer
 * @throws LexiconError when a lexicon is invalid; TypeError when options are malformed
 * @example
 * ```ts
 * const mine = createAnalyzer({ lexicons: [{
 *   id: 'mine', country: 'yemen',
 *   actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي'] }],
 * }] });
 * mine.extractCasualties('قتل 3 مدنيين بقصف لجماعة الحوثي')[0]?.actor; // → 'houthis'
 * ```
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return makeAnalyzer({ packs: [] }, options);
}
