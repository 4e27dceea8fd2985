/**
 * How an analyzer's lexicons are chosen and compiled, apart from which packs are the default, so that an entry
 * without pack data (`hasila/core`) and the root (Syria by default) share it.
 * @module make-analyzer
 */
import { findActorsWith } from './actors/find-actors.js';
import type { ActorMention, FindActorsOptions } from './actors/types.js';
import { analyzeWith, extractCasualtiesWith, type Analysis, type AnalyzeOptions } from './analyze.js';
import type { CasualtyMention } from './casualties/types.js';
import { extractDates, type DateMention, type ExtractDatesOptions } from './dates/index.js';
import { compileLexicons, type CompiledLexicon } from './lexicon/compile.js';
import { defineLexicon, isRecord } from './lexicon/define.js';
import type { Lexicon, LexiconData, LexiconJson } from './lexicon/types.js';
import { coreLexicon } from './lexicons/core/index.js';
import { checkOptions, describe } from './normalize/options.js';
import { findPlacesWith } from './places/find-places.js';
import { linkReportsWith, withPublication } from './link/link.js';
import type { Incident, LinkOptions, LinkReport } from './link/types.js';
import type { PlaceMention } from './places/types.js';

/**
 * Options of {@link createAnalyzer}.
 * @example
 * ```ts
 * const options: AnalyzerOptions = { packs: [yemenPack] }; // the Arabic core and the Yemen pack: «التحالف» is the Saudi-led coalition
 * ```
 */
export interface AnalyzerOptions {
  /**
   * Conflict packs to read with, instead of the default ones (Syria for the root `hasila`, none for
   * `hasila/core`): `hasila/packs/<id>` modules or the parsed `hasila/packs/<id>.json`. Validated here.
   */
  readonly packs?: readonly (Lexicon | LexiconData | LexiconJson)[];
  /**
   * Lexicons to add above the core and the packs, lowest priority first: an entry wins over an earlier entry with
   * the same group and id, and a form shared by two entries of one group goes to the later lexicon. Plain JSON
   * data is validated here (see `defineLexicon`); ids of earlier lexicons are valid `isA`/`isIn`/`actor`
   * references. A lexicon that names a `country` is a pack: when `packs` is not given, it replaces the default
   * packs.
   */
  readonly lexicons?: readonly (Lexicon | LexiconData | LexiconJson)[];
  /** Keep the default packs (when `packs` is not given and no lexicon names a country). Default `true`. */
  readonly builtin?: boolean;
  /** Read with the Arabic core (`coreLexicon`) under everything. Default `true`. */
  readonly core?: boolean;
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
  /** The lexicons, in priority order (last wins): the core, the packs, then the given lexicons. */
  readonly lexicons: readonly Lexicon[];
  /** `findActors` with this analyzer's lexicons. */
  findActors(text: string, options?: FindActorsOptions): ActorMention[];
  /** `extractCasualties` with this analyzer's lexicons. */
  extractCasualties(text: string, options?: AnalyzeOptions): CasualtyMention[];
  /** `analyze` with this analyzer's lexicons. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** `extractDates` (dates need no lexicon; here so that one analyzer reads every layer). */
  extractDates(text: string, options?: ExtractDatesOptions): DateMention[];
  /** `findPlaces` with this analyzer's gazetteer. */
  findPlaces(text: string): PlaceMention[];
  /** `linkReports`, reading each report given as text with this analyzer's `analyze` and the report's `publishedAt`. */
  linkReports(reports: readonly LinkReport[], options?: LinkOptions): Incident[];
}

/** The defaults of one entry: its packs, and their compiled matcher when it is cached. @internal */
export interface AnalyzerDefaults {
  readonly packs: readonly Lexicon[];
  readonly compiled?: () => CompiledLexicon;
}

const list = (value: unknown, name: string): readonly (Lexicon | LexiconData)[] => {
  if (!Array.isArray(value)) throw new TypeError(`createAnalyzer: options.${name} must be an array, got ${describe(value)}`);
  // «packs: ['yemen']», as the command line names them: say what is wanted instead of what the validator found.
  value.forEach((item, i) => {
    if (!isRecord(item)) {
      const hint = typeof item === 'string' ? ` (a pack is data to import, e.g. import { yemenPack } from 'hasila/packs/yemen', then ${name}: [yemenPack])` : '';
      throw new TypeError(`createAnalyzer: options.${name}[${i}] must be lexicon data (an object), got ${describe(item)}${hint}`);
    }
  });
  return value as (Lexicon | LexiconData)[];
};
const OPTIONS: readonly string[] = ['packs', 'lexicons', 'builtin', 'core'];
const flag = (value: unknown, name: string): boolean => {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') throw new TypeError(`createAnalyzer: options.${name} must be a boolean, got ${describe(value)}`);
  return value;
};

/**
 * `createAnalyzer` over an entry's default packs. @internal
 * @example
 * ```ts
 * makeAnalyzer({ packs: [] }, { lexicons: [{ id: 'mine', country: 'yemen' }] }).lexicons.map((l) => l.id); // → ['core', 'mine']
 * ```
 */
export function makeAnalyzer(defaults: AnalyzerDefaults, options: AnalyzerOptions = {}): Analyzer {
  if (!isRecord(options)) {
    throw new TypeError(`createAnalyzer: argument 'options' must be an object, got ${describe(options)}`);
  }
  // A misspelt option («lexicon») would otherwise be an analyzer of the defaults, silently.
  checkOptions(options, 'createAnalyzer', OPTIONS);
  const given = list(options.lexicons ?? [], 'lexicons');
  const packs = options.packs === undefined ? undefined : list(options.packs, 'packs');
  const builtin = flag(options.builtin, 'builtin');
  const core = flag(options.core, 'core');

  // A lexicon naming a country is a pack: it stands for the default packs, not beside them.
  const namesCountry = given.some((l) => isRecord(l) && typeof l.country === 'string');
  const useDefaults = packs === undefined && builtin && !namesCountry;

  const lexicons: Lexicon[] = core ? [coreLexicon] : [];
  if (useDefaults) lexicons.push(...defaults.packs);
  for (const data of [...(packs ?? []), ...given]) lexicons.push(defineLexicon(data, { extends: lexicons }));
  const compiled = useDefaults && core && given.length === 0 && defaults.compiled ? defaults.compiled() : compileLexicons(lexicons);

  const analyze = (text: string, opts?: AnalyzeOptions) => analyzeWith(compiled, text, opts);
  return Object.freeze({
    lexicons: Object.freeze(lexicons),
    findActors: (text: string, opts?: FindActorsOptions) => findActorsWith(compiled, text, opts),
    extractCasualties: (text: string, opts?: AnalyzeOptions) => extractCasualtiesWith(compiled, text, opts),
    analyze,
    extractDates,
    findPlaces: (text: string) => findPlacesWith(compiled, text),
    linkReports: (reports: readonly LinkReport[], opts?: LinkOptions) =>
      linkReportsWith(withPublication(analyze), reports, opts),
  });
}
