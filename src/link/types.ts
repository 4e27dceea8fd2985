/**
 * The shapes of report linking: reports in, incidents out.
 * @module link/types
 */
import type { Analysis } from '../analyze.js';
import type { Span } from '../document.js';
import type { CasualtyKind } from '../lexicon/types.js';
import type { PlaceMention } from '../places/types.js';
import type { Quantity } from '../quantity.js';

/**
 * One report to link: an id, its text (read with `analyze`) or an analysis already made, and when it was published.
 * @example
 * ```ts
 * const r: LinkReport = { id: 'outlet-a/123', text: 'قتل 5 مدنيين في غارة على بلدة كفرنبل', publishedAt: '2019-05-14' };
 * ```
 */
export interface LinkReport {
  /** A unique id; incidents name reports by it. */
  readonly id: string;
  /** The report's text, when no `analysis` is given. */
  readonly text?: string;
  /** The report read already (by `analyze` or an analyzer's). */
  readonly analysis?: Analysis;
  /**
   * When it was published: `YYYY-MM-DD`, an ISO date-time, or a `Date` (read in UTC). Orders the reports of an
   * incident (a toll that falls later is a conflict) and dates the events whose text gives no date.
   */
  readonly publishedAt?: string | Date;
}

/**
 * Calendar days, `YYYY-MM-DD`, both inclusive.
 * @example
 * ```ts
 * const oneDay: DayRange = { from: '2019-05-14', to: '2019-05-14' }; // «يوم الثلاثاء»
 * ```
 */
export interface DayRange {
  /** The first day. */
  from: string;
  /** The last day (the first, for one day). */
  to: string;
}

/**
 * A range of counts; `max` is `null` when nothing bounds it from above («أكثر من 20»).
 * @example
 * ```ts
 * const atLeast20: CountRange = { min: 20, max: null }; // «أكثر من 20 قتيلا»
 * ```
 */
export interface CountRange {
  /** The lowest count. */
  min: number;
  /** The highest count, or `null` for none. */
  max: number | null;
}

/**
 * Options of `linkReports`.
 * @example
 * ```ts
 * const yemen = createAnalyzer({ lexicons: [yemenLexicon] });
 * const options: LinkOptions = { analyze: (text, r) => yemen.analyze(text, { publishedAt: r.publishedAt }) }; // «قصفت جماعة الحوثي مأرب»
 * // the same reading as yemen.linkReports(reports)
 * ```
 */
export interface LinkOptions {
  /**
   * Reads a report given as text (default: the built-in `analyze` with the report's `publishedAt`, or for an
   * analyzer's `linkReports` that analyzer's). It receives the report too, for its publication day.
   */
  readonly analyze?: (text: string, report: LinkReport) => Analysis;
}

/**
 * One figure a report gives for an incident.
 * @example
 * ```ts
 * const f: ReportFigure = { report: 'a', publishedAt: '2019-05-14', count: { value: 5 }, evidence: { start: 0, end: 12, text: 'قتل 5 مدنيين' } };
 * ```
 */
export interface ReportFigure {
  /** The report's id. */
  report: string;
  /** Its publication: a string as given, a `Date` as its ISO string; or `null`. */
  publishedAt: string | null;
  /** The figure. */
  count: Quantity;
  /** The casualty mention it is read from, as a span of the report's text. */
  evidence: Span;
}

/**
 * What the reports of an incident say about one kind of casualty of one victim class.
 * @example
 * ```ts
 * // two outlets: «قتل 12 مدنيا», later «ارتفعت الحصيلة إلى 15» →
 * // { kind: 'killed', victims: 'civilians', figures: [...], agreed: null, spread: { min: 12, max: 15 }, conflict: false }
 * ```
 */
export interface IncidentFigure {
  /** What happened («قتل» → `killed`). */
  kind: CasualtyKind;
  /** To whom: a victim class (`civilians`, `children`, …, `unspecified`), or `all` for a report's whole toll. */
  victims: string;
  /** Every figure of every report, by report then text order. */
  figures: ReportFigure[];
  /**
   * The range every report's figure allows (each report counts with its highest figure, its latest toll), or
   * `null` when they do not all agree. `max` is `null` when no report bounds it.
   */
  agreed: CountRange | null;
  /**
   * The range from the lowest to the highest figure as told: a bound counts as its figure («أكثر من 100» and «150»
   * spread over 100–150), an approximate one as its value; a figure without any, «عدد من», only when all are (then
   * `max` is `null`).
   */
  spread: CountRange;
  /**
   * The figures conflict: one report's exact figure falls outside another's range — unless the later report gives
   * more (a toll that rose) — or a count falls as time passes.
   */
  conflict: boolean;
}

/**
 * One event of one report, as an incident lists it.
 * @example
 * ```ts
 * // «قتل 5 مدنيين بغارة» in report 'a' →
 * const e: IncidentEvent = { report: 'a', event: 0, date: { from: '2019-05-12', to: '2019-05-14' }, datedBy: 'publication', dateSpan: null, location: null, actors: [], cause: 'airstrike' };
 * ```
 */
export interface IncidentEvent {
  /** The report's id. */
  report: string;
  /** The event's index in that report's `events`. */
  event: number;
  /** The event's days: its own date, else the days up to its report's publication, else `null`. */
  date: DayRange | null;
  /**
   * Where `date` comes from: `text`, the date the report gives the event; `publication`, the days up to the report's
   * publication (two days before it to the day itself), for an event the text does not date; `null` with no date.
   */
  datedBy: 'text' | 'publication' | null;
  /** The date expression of the report's text that dates it (`datedBy: 'text'`), to quote; else `null`. */
  dateSpan: Span | null;
  /** Its place, resolved to the gazetteer. */
  location: PlaceMention | null;
  /** Its actor ids. */
  actors: string[];
  /** Its cause id, or `null`. */
  cause: string | null;
}

/**
 * One incident: the events of different reports that tell of it, and what each says.
 * @example
 * ```ts
 * // linkReports([a, b])[0], a: «قتل 12 مدنيا في كفرنبل», b: «مقتل 15 مدنيا بقصف على كفرنبل» →
 * // { id: 'a#0', reports: ['a', 'b'], events: [...], date: { from: '2019-05-14', to: '2019-05-14' },
 * //   place: 'kafranbel', governorate: 'idlib', actors: [], cause: 'shelling', figures: [...], tolls: [...], conflict: false }
 * ```
 */
export interface Incident {
  /** `report#event` of its first event (reports ordered by id): the same whatever the input order. */
  id: string;
  /** The ids of its reports, sorted. */
  reports: string[];
  /** Its events, by report id. */
  events: IncidentEvent[];
  /** The days all its events share, or `null` when none is dated. */
  date: DayRange | null;
  /** The most specific place its events name (a town over its governorate), or `null`. */
  place: string | null;
  /** Its governorate, or `null`. */
  governorate: string | null;
  /** The actor ids its events name, the most often named first (events that both name actors share one). */
  actors: string[];
  /** The cause its events name most often (on a tie, the first report's), or `null`. */
  cause: string | null;
  /** Figures by kind and victim class. */
  figures: IncidentFigure[];
  /**
   * Each report's toll by kind, whatever victim class it names (`victims: 'all'`): the figure of its event for the
   * incident, so that «9 مدنيين» of one outlet, «11 شخصا» of another and «13 قتيلا» of a third are set side by side.
   */
  tolls: IncidentFigure[];
  /** Some figure or toll conflicts. */
  conflict: boolean;
}
