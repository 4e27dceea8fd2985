/**
 * `createAnalyzer`: an immutable set of lexicons — the Arabic core, conflict packs (Syria by default) and the
 * caller's own — with every text function bound to it.
 * @module analyzer
 */
import { builtinCompiled, DEFAULT_PACKS } from './builtin.js';
import { makeAnalyzer, type Analyzer, type AnalyzerOptions } from './make-analyzer.js';

export type { Analyzer, AnalyzerOptions } from './make-analyzer.js';

/**
 * Creates an analyzer over the Arabic core, the conflict packs (the Syria pack unless `options.packs` names
 * others or a given lexicon names a `country`) and `options.lexicons`. Analyzers share no state: two with
 * different lexicons coexist in one process, and nothing a caller does to its data afterwards changes one. The
 * compiled matcher is held in the analyzer's closures, out of callers' reach.
 *
 * @param options - packs, lexicons to add, and whether to keep the default pack and the core
 * @returns a frozen analyzer
 * @throws LexiconError when a lexicon is invalid; TypeError when options are malformed
 * @example
 * ```ts
 * const yemen = createAnalyzer({ lexicons: [{
 *   id: 'yemen',
 *   actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي', 'أنصار الله'] }],
 * }] });
 * yemen.findActors('قصفت جماعة الحوثي مدينة مأرب')[0]?.actor; // → 'houthis'
 * ```
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return makeAnalyzer({ packs: DEFAULT_PACKS, compiled: builtinCompiled }, options);
}
