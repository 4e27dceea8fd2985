/**
 * The whole pipeline on a compiled lexicon: prepare once, then numbers, lexicon matches, actors, casualties,
 * events and the summary. Every analyzer's `extractCasualties` and `analyze` call these; the root functions
 * (`src/root.ts`) call them with the built-in reading.
 * @module analyze
 */
import { actorsInDoc, documentSentences } from './actors/find-actors.js';
import type { ActorMention } from './actors/types.js';
import type { ActorRef } from './casualties/context.js';
import { casualtiesInDoc, type CasualtyReading } from './casualties/extract.js';
import { objectVerbs } from './casualties/object-verbs.js';
import type { CasualtyMention, CasualtyOptions } from './casualties/types.js';
import { datesInDoc } from './dates/index.js';
import { publicationDay } from './dates/calendar.js';
import type { DateMention } from './dates/types.js';
import { prepareMended, spanOfTokens, withoutTokens, type Doc } from './document.js';
import { eventDates } from './events/date.js';
import { groupEvents, summarize } from './events/group.js';
import type { ArticleSummary, CasualtyEvent } from './events/types.js';
import { actorCategory, derivedTable, type CompiledLexicon } from './lexicon/compile.js';
import { isRecord } from './lexicon/define.js';
import { matchLexicon } from './lexicon/match.js';
import { ENTRY_TYPES } from './lexicon/types.js';
import { assertText, checkOptions } from './normalize/options.js';
import { numbersInDoc } from './numbers/index.js';
import { readAllWords } from './tokenize/words.js';
import { quotedFigureMarks, withWholeMarks } from './casualties/quoted-figures.js';
import { placeNames } from './places/find-places.js';
import { resolveSpan } from './places/resolve.js';
import type { NumberMention } from './numbers/types.js';

/**
 * Options of `analyze` and `extractCasualties`.
 * @example
 * ```ts
 * const options: AnalyzeOptions = { includeNonFacts: true }; // also «يمكن أن تتسبب في مقتل…», flagged
 * const dated: AnalyzeOptions = { publishedAt: '2016-06-22' }; // «أمس» in the text is 2016-06-21
 * ```
 */
export interface AnalyzeOptions extends CasualtyOptions {
  /**
   * The day the text was published, `'YYYY-MM-DD'` or a `Date` (its UTC day): relative dates («أمس»، «الثلاثاء
   * الماضي») are resolved against it. It never dates an event by itself.
   */
  publishedAt?: string | Date;
}

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
  /** Date expressions, resolved against `publishedAt` when given. */
  dates: DateMention[];
  /** Incidents grouping the casualty mentions. */
  events: CasualtyEvent[];
  /** The article-level record. */
  summary: ArticleSummary;
}

interface Reading extends CasualtyReading {
  doc: Doc;
  pub: number | undefined;
  actors: ReturnType<typeof actorsInDoc>;
  numbers: ReturnType<typeof numbersInDoc>;
}

/** Checks the arguments of the text function `fn`, then reads the text through every layer. */
function read(compiled: CompiledLexicon, text: string, options: AnalyzeOptions | undefined, fn: string): Reading {
  assertText(text, fn);
  const { publishedAt, ...flags } = isRecord(options) ? options : { publishedAt: undefined };
  checkOptions(isRecord(options) ? flags : options, fn, ['includeNonFacts', 'publishedAt'], 'boolean');
  const pub = publishedAt === undefined ? undefined : publicationDay(publishedAt, fn);
  const shown = prepareMended(text, compiled.memo.words);
  const shownNumbers = numbersInDoc(shown);
  // «قتل "22 شخصا"»: the casualty reading takes quotes or brackets around a count phrase as nothing (the text is read
  // again, rarely); the numbers and dates are those of the text as written.
  const marks = quotedFigureMarks(shown, shownNumbers);
  const doc = marks.length ? prepareMended(text, compiled.memo.words, marks) : shown;
  // The word facts of the document the layers below read (the numbers read none).
  readAllWords(doc);
  const matches = matchLexicon(compiled, doc, [...ENTRY_TYPES, 'actorAdjectives']);
  const numbers = marks.length ? numbersInDoc(doc) : shownNumbers;
  const actors = actorsInDoc(compiled, doc, undefined, matches);
  const refs = actors.filter((a): a is typeof a & ActorRef => a.actor !== null);
  const reading = casualtiesInDoc(doc, numbers, matches, refs, flags, derivedTable(compiled, objectVerbs));
  // The casualty layer finds each mention's place phrase; the gazetteer reading (place, governorate) is added here.
  const names = placeNames(matches);
  for (const m of reading.mentions) if (m.location) m.location = resolveSpan(compiled, m.location, names);
  const mentions = marks.length ? reading.mentions.map((m) => withWholeMarks(m, marks, text)) : reading.mentions;
  return { mentions, sentenceOf: reading.sentenceOf, risesBy: reading.risesBy, earlierFigures: reading.earlierFigures, apart: reading.apart, pluperfect: reading.pluperfect, clauses: reading.clauses, doc: shown, pub, actors, numbers: shownNumbers };
}

/** The original-string offset where each sentence of a document starts. */
function sentenceStarts(doc: Doc): number[] {
  const sentenceOf = documentSentences(doc);
  const starts = [0];
  for (let i = 1; i < sentenceOf.length; i++) if (sentenceOf[i] !== sentenceOf[i - 1]) starts.push(spanOfTokens(doc, i, i).start);
  return starts;
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
  const events = groupEvents(r.mentions, r.sentenceOf, r);
  const dates = datesInDoc(r.doc, r.numbers, r.pub).map(withoutTokens);
  eventDates(events, r.mentions, dates, sentenceStarts(r.doc), r.pluperfect, r.clauses, r.mentions.map((m) => m.cumulative === true), r.mentions.map((m) => m.source ?? undefined)).forEach((d, i) => (events[i]!.date = d));
  return {
    casualties: r.mentions,
    actors: r.actors.map(withoutTokens),
    numbers: r.numbers.map(withoutTokens),
    dates,
    events,
    summary: summarize(events, r.mentions, (id) => actorCategory(compiled, id)),
  };
}
