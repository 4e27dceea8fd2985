/**
 * `createAnalyzer`: an immutable set of lexicons with every text function bound to it.
 * @module analyzer
 */
import { findActorsWith } from './actors/find-actors.js';
import { analyzeWith, extractCasualtiesWith, type Analysis, type AnalyzeOptions } from './analyze.js';
import type { CasualtyMention } from './casualties/types.js';
import type { ActorMention, FindActorsOptions } from './actors/types.js';
import { builtinCompiled } from './builtin.js';
import { compileLexicons } from './lexicon/compile.js';
import { defineLexicon, isRecord } from './lexicon/define.js';
import type { Lexicon, LexiconData } from './lexicon/types.js';
import { defaultLexicon } from './lexicons/syria/index.js';
import { describe } from './normalize/options.js';
import { findPlacesWith } from './places/find-places.js';
import type { PlaceMention } from './places/types.js';

/**
 * Options of {@link createAnalyzer}.
 * @example
 * ```ts
 * const options: AnalyzerOptions = { lexicons: [yemenJson], builtin: false }; // «جماعة الحوثي» only
 * ```
 */
export interface AnalyzerOptions {
  /**
   * Lexicons to add, lowest priority first: an entry wins over a built-in (or earlier) entry with the same group
   * and id, and a form shared by two entries of one group goes to the later lexicon. Plain JSON data is
   * validated here (see `defineLexicon`); ids of earlier lexicons are valid `isA`/`isIn`/`actor` references.
   */
  readonly lexicons?: readonly (Lexicon | LexiconData)[];
  /** Include the built-in lexicon (`defaultLexicon`) under the given ones. Default `true`. */
  readonly builtin?: boolean;
}

/**
 * An analyzer: the library's text functions bound to one set of lexicons. Frozen.
 * @example
 * ```ts
 * const analyzer: Analyzer = createAnalyzer();
 * analyzer.findActors('قوات النظام')[0]?.actor; // → 'syrian-government'
 * ```
 */
export interface Analyzer {
  /** The lexicons, in priority order (last wins), the built-in first unless left out. */
  readonly lexicons: readonly Lexicon[];
  /** `findActors` with this analyzer's lexicons. */
  findActors(text: string, options?: FindActorsOptions): ActorMention[];
  /** `extractCasualties` with this analyzer's lexicons. */
  extractCasualties(text: string, options?: AnalyzeOptions): CasualtyMention[];
  /** `analyze` with this analyzer's lexicons. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** `findPlaces` with this analyzer's gazetteer. */
  findPlaces(text: string): PlaceMention[];
}

/**
 * Creates an analyzer over the built-in lexicon plus `options.lexicons`. Analyzers share no state: two with
 * different lexicons coexist in one process, and nothing a caller does to its data afterwards changes one. The
 * compiled matcher is held in the analyzer's closures, out of callers' reach.
 *
 * @param options - lexicons to add, and whether to keep the built-in one
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
  if (!isRecord(options)) {
    throw new TypeError(`createAnalyzer: argument 'options' must be an object, got ${describe(options)}`);
  }
  const given: unknown = options.lexicons ?? [];
  if (!Array.isArray(given)) throw new TypeError(`createAnalyzer: options.lexicons must be an array, got ${describe(given)}`);
  const builtin = options.builtin ?? true;
  if (typeof builtin !== 'boolean') throw new TypeError(`createAnalyzer: options.builtin must be a boolean, got ${describe(builtin)}`);

  const lexicons: Lexicon[] = builtin ? [defaultLexicon] : [];
  for (const data of given as (Lexicon | LexiconData)[]) lexicons.push(defineLexicon(data, { extends: lexicons }));
  const compiled = builtin && lexicons.length === 1 ? builtinCompiled() : compileLexicons(lexicons);

  return Object.freeze({
    lexicons: Object.freeze(lexicons),
    findActors: (text: string, opts?: FindActorsOptions) => findActorsWith(compiled, text, opts),
    extractCasualties: (text: string, opts?: AnalyzeOptions) => extractCasualtiesWith(compiled, text, opts),
    analyze: (text: string, opts?: AnalyzeOptions) => analyzeWith(compiled, text, opts),
    findPlaces: (text: string) => findPlacesWith(compiled, text),
  });
}
