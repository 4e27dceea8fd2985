/**
 * The whole pipeline on a compiled lexicon: prepare once, then numbers, lexicon matches, actors, casualties,
 * events and the summary. Every analyzer's `extractCasualties` and `analyze` call these.
 * @module analyze
 */
import { actorsInDoc, checkFlagOptions } from './actors/find-actors.js';
import type { ActorMention } from './actors/types.js';
import type { ActorRef } from './casualties/context.js';
import { casualtiesInDoc, type CasualtyReading } from './casualties/extract.js';
import type { CasualtyMention, CasualtyOptions } from './casualties/types.js';
import { prepare, withoutTokens } from './document.js';
import { groupEvents, summarize } from './events/group.js';
import type { ArticleSummary, CasualtyEvent } from './events/types.js';
import { builtinCompiled } from './builtin.js';
import { actorCategory, type CompiledLexicon } from './lexicon/compile.js';
import { matchLexicon } from './lexicon/match.js';
import { ENTRY_TYPES } from './lexicon/types.js';
import { assertText } from './normalize/options.js';
import { numbersInDoc } from './numbers/index.js';
import { placeNames } from './places/find-places.js';
import { resolveSpan } from './places/resolve.js';
import type { NumberMention } from './numbers/types.js';

/**
 * Options of `analyze` and `extractCasualties`.
 * @example
 * ```ts
 * const options: AnalyzeOptions = { includeNonFacts: true }; // also «يمكن أن تتسبب في مقتل…», flagged
 * ```
 */
export type AnalyzeOptions = CasualtyOptions;

/**
 * Everything hasila reads in a text.
 * @example
 * ```ts
 * const { casualties, actors, numbers, events, summary }: Analysis = analyze('قتل 5 مدنيين بغارة روسية على أريحا');
 * casualties[0].count; // → { value: 5 }
 * actors[0].actor; // → 'russia'
 * numbers[0].text; // → '5'
 * events.length; // → 1
 * summary.killed.civilians; // → 5
 * ```
 */
export interface Analysis {
  /** Casualty mentions, in text order. */
  casualties: CasualtyMention[];
  /** Actor mentions with their roles. */
  actors: ActorMention[];
  /** Number expressions. */
  numbers: NumberMention[];
  /** Incidents grouping the casualty mentions. */
  events: CasualtyEvent[];
  /** The article-level record. */
  summary: ArticleSummary;
}

interface Reading extends CasualtyReading {
  actors: ReturnType<typeof actorsInDoc>;
  numbers: ReturnType<typeof numbersInDoc>;
}

/** Checks the arguments of the text function `fn`, then reads the text through every layer. */
function read(compiled: CompiledLexicon, text: string, options: AnalyzeOptions | undefined, fn: string): Reading {
  assertText(text, fn);
  checkFlagOptions(options, fn, ['includeNonFacts']);
  const doc = prepare(text);
  const matches = matchLexicon(compiled, doc, [...ENTRY_TYPES, 'actorAdjectives']);
  const numbers = numbersInDoc(doc);
  const actors = actorsInDoc(compiled, doc, undefined, matches);
  const refs = actors.filter((a): a is typeof a & ActorRef => a.actor !== null);
  const reading = casualtiesInDoc(doc, numbers, matches, refs, options ?? {});
  // The casualty layer finds each mention's place phrase; the gazetteer reading (place, governorate) is added here.
  const names = placeNames(matches);
  for (const m of reading.mentions) if (m.location) m.location = resolveSpan(compiled, m.location, names);
  return { ...reading, actors, numbers };
}

/**
 * Casualty mentions of a text on a compiled lexicon.
 * @internal
 */
export function extractCasualtiesWith(compiled: CompiledLexicon, text: string, options?: AnalyzeOptions): CasualtyMention[] {
  return read(compiled, text, options, 'extractCasualties').mentions;
}

/**
 * The full analysis of a text on a compiled lexicon.
 * @internal
 */
export function analyzeWith(compiled: CompiledLexicon, text: string, options?: AnalyzeOptions): Analysis {
  const r = read(compiled, text, options, 'analyze');
  const events = groupEvents(r.mentions, r.sentenceOf);
  return {
    casualties: r.mentions,
    actors: r.actors.map(withoutTokens),
    numbers: r.numbers.map(withoutTokens),
    events,
    summary: summarize(events, r.mentions, (id) => actorCategory(compiled, id)),
  };
}

/**
 * Every casualty statement of an Arabic text, read with the built-in lexicon: kind, count, victims, sub-groups,
 * actors, cause, place and source, each with its span. Use `createAnalyzer` for custom lexicons.
 *
 * @param text - Arabic text (an article, a paragraph, a headline)
 * @param options - `includeNonFacts: true` also returns hypothetical, denied and zero statements, flagged
 * @returns the casualty mentions in text order; `text.slice(m.start, m.end) === m.text` for each
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type
 * @example
 * ```ts
 * const [killed, injured] = extractCasualties('قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات نفذتها طائرات قوات النظام على مدينة الرقة');
 * killed.kind; // → 'killed'
 * killed.count; // → { value: 52 }
 * killed.victims; // → 'civilians'
 * killed.actors; // → ['syrian-government']
 * killed.cause; // → 'airstrike'
 * killed.location?.text; // → 'مدينة الرقة'
 * injured.count; // → { vague: 'tens', min: 10 }
 * injured.victims; // → 'civilians' («آخرين» takes the class of the noun before it)
 * ```
 */
export function extractCasualties(text: string, options?: AnalyzeOptions): CasualtyMention[] {
  return extractCasualtiesWith(builtinCompiled(), text, options);
}

/**
 * Reads an Arabic article with the built-in lexicon: casualty mentions, actors, numbers, the events they report
 * and an article-level summary. Use `createAnalyzer` for custom lexicons.
 *
 * @param text - Arabic text
 * @param options - as for {@link extractCasualties}
 * @returns the analysis
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type
 * @example
 * ```ts
 * const { events, summary } = analyze('قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات روسية على مدينة الرقة');
 * events.length; // → 1
 * events[0].figures; // → { killed: { value: 52 }, injured: { vague: 'tens', min: 10 } }
 * summary.actorCategory; // → 'government'
 * summary.killed.civilians; // → 52
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return analyzeWith(builtinCompiled(), text, options);
}
