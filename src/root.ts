/**
 * The root `extractCasualties`, `analyze`, `findPlaces` and `linkReports`: the pipeline with the built-in reading (the Arabic core
 * and the Syria pack). Apart from `analyze.ts` so that entries without the Syria pack (`hasila/core`) cannot reach it.
 * @module root
 */
import { analyzeWith, extractCasualtiesWith, type Analysis, type AnalyzeOptions } from './analyze.js';
import { builtinCompiled } from './builtin.js';
import type { CasualtyMention } from './casualties/types.js';
import { findPlacesWith } from './places/find-places.js';
import type { PlaceMention } from './places/types.js';
import { linkReportsWith, withPublication } from './link/link.js';
import type { Incident, LinkOptions, LinkReport } from './link/types.js';

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
 * Reads an Arabic article with the built-in lexicon: casualty mentions, actors, numbers, dates, the events they
 * report and an article-level summary. Use `createAnalyzer` for custom lexicons.
 *
 * Each event's `date` is the date expression nearest its mentions in the same sentence, else the last one of the
 * sentence before, else the first one of the lead (headline and opening sentence); only expressions resolved to days
 * count, so relative ones («أمس») need `publishedAt`. The publication day never dates an event by itself: without a
 * date in the text, `date` is `null`. The summary's `date` is its main event's.
 *
 * @param text - Arabic text
 * @param options - as for {@link extractCasualties}, and `publishedAt`: the publication day (`'YYYY-MM-DD'`)
 * @returns the analysis
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type
 * @example
 * ```ts
 * const { events, summary } = analyze('قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات روسية على مدينة الرقة');
 * events.length; // → 1
 * events[0].figures; // → { killed: { value: 52 }, injured: { vague: 'tens', min: 10 } }
 * summary.actorCategory; // → 'government'
 * summary.killed.civilians; // → 52
 * analyze('قتل 5 مدنيين أمس بغارة على أريحا', { publishedAt: '2019-07-23' }).events[0].date;
 * // → { start: 13, end: 16, text: 'أمس', from: '2019-07-22', to: '2019-07-22' }
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return analyzeWith(builtinCompiled(), text, options);
}

/**
 * Finds the places a text names, with the built-in gazetteer: a place noun or a gazetteer name followed to the end
 * of its chain («بلدة كفرنبل بريف إدلب الجنوبي»، «حي الشعار بمدينة حلب»، «بخان شيخون جنوب إدلب»), resolved to the
 * first gazetteer entry it names and up the `isIn` chain to its governorate. Names that are also common words
 * («الباب»، «الشعار») count only after a place noun or a preposition. Use `createAnalyzer` for other gazetteers.
 *
 * @param text - Arabic text
 * @returns the place phrases in text order, none overlapping; `text.slice(p.start, p.end) === p.text`
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * const [p] = findPlaces('قُتل مدنيان في بلدة كفرنبل بريف إدلب الجنوبي');
 * p.text; // → 'بلدة كفرنبل بريف إدلب الجنوبي'
 * [p.place, p.type, p.governorate]; // → ['kafranbel', 'town', 'idlib']
 * findPlaces('حي الشعار بمدينة حلب')[0]?.governorate; // → 'aleppo'
 * ```
 */
export function findPlaces(text: string): PlaceMention[] {
  return findPlacesWith(builtinCompiled(), text);
}

/**
 * Groups the events of many reports into incidents: events of different reports on overlapping days, in the same
 * or nested places (a town and its countryside), with compatible actors and causes, are one incident; and lists,
 * per kind and victim class, every report's figures with their spans, the range they agree on and whether they
 * conflict (an exact figure outside another report's range that is no later rise, or a toll that falls as time
 * passes).
 *
 * An event is dated by its own `date` (`{ from, to }`, as `analyze` gives with a publication date), else as the
 * days up to two before its report's publication; an event without days, without a gazetteer place, or spread over
 * more than a week (a cumulative toll) is an incident of its own. Events meet only within one governorate and day,
 * so linking stays near-linear in the number of events; the result is the same whatever the order of the reports.
 *
 * @param reports - `{ id, text | analysis, publishedAt }` each; ids unique
 * @param options - `analyze`: how to read a report given as text (default: the built-in `analyze`, with the report's
 *   `publishedAt`; an analyzer's `linkReports` reads with that analyzer)
 * @returns the incidents, by their first report's id
 * @throws TypeError on a malformed report, a duplicate id or a publication date that is no date
 * @example
 * ```ts
 * const incidents = linkReports([
 *   { id: 'a', text: 'قتل 12 مدنيا في غارات على بلدة كفرنبل بريف إدلب', publishedAt: '2019-05-14' },
 *   { id: 'b', text: 'مقتل 15 مدنيا بقصف جوي على كفرنبل', publishedAt: '2019-05-14' },
 * ]);
 * incidents[0].reports; // → ['a', 'b']
 * incidents[0].governorate; // → 'idlib'
 * incidents[0].conflict; // → true (12 and 15, published the same day)
 * ```
 */
export function linkReports(reports: readonly LinkReport[], options?: LinkOptions): Incident[] {
  return linkReportsWith(withPublication(analyze), reports, options);
}
