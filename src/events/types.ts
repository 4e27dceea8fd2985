/**
 * Article-level reading: incidents (events) that group the casualty mentions reporting them, and one summary
 * record in the shape casualty-documentation and fake-news datasets use.
 * @module events/types
 */
import type { Span } from '../document.js';
import type { CasualtyKind } from '../lexicon/types.js';
import type { PlaceMention } from '../places/types.js';
import type { Quantity } from '../quantity.js';
import type { Victims } from '../casualties/types.js';

/**
 * One figure of an event: what happened to how many of whom, and the mention it is read from.
 * @example
 * ```ts
 * // «قتل 52 مدنيا» as the first mention of an article →
 * const f: EventFigure = { kind: 'killed', count: { value: 52 }, victims: 'civilians', mention: 0 };
 * ```
 */
export interface EventFigure {
  /** What happened. */
  kind: CasualtyKind;
  /** How many. */
  count: Quantity | null;
  /** Who. */
  victims: Victims;
  /** Index of the mention in `casualties`. */
  mention: number;
}

/**
 * The days of an event or an article, with the date expression they are read from. `from === to` for one day.
 * @example
 * ```ts
 * // analyze('قتل 5 مدنيين أمس بغارة على أريحا', { publishedAt: '2019-07-23' }).events[0].date →
 * const d: EventDate = { start: 13, end: 16, text: 'أمس', from: '2019-07-22', to: '2019-07-22' };
 * ```
 */
export interface EventDate extends Span {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
}

/**
 * One incident: the mentions that report it (a killed+injured pair, a headline and the body repeating it, a later
 * toll update), with the best figure per kind and every piece of evidence kept.
 * @example
 * ```ts
 * // analyze('قتل 52 مدنيا وأصيب عشرات آخرين جراء غارات على مدينة الرقة').events[0] →
 * // { figures: { killed: { value: 52 }, injured: { vague: 'tens', min: 10 } }, victims: 'civilians',
 * //   actors: [], cause: 'airstrike', location: { text: 'مدينة الرقة', … }, mentions: [0, 1], … }
 * ```
 */
export interface CasualtyEvent {
  /** The best figure per kind: the latest toll, else the most precise count. */
  figures: Partial<Record<CasualtyKind, Quantity | null>>;
  /** The victim class of the main figure. */
  victims: Victims;
  /** Actor ids, first-named first. */
  actors: string[];
  /** The cause of the main figure («airstrike» …), or the first cause a member gives. */
  cause: string | null;
  /** The place of the main figure, or the first place a member gives, with its governorate. */
  location: PlaceMention | null;
  /** When: the date expression nearest the event's mentions (see `analyze`); `null` when the text gives none. */
  date: EventDate | null;
  /** Indices of the mentions in `casualties`, in text order. */
  mentions: number[];
  /** Every figure the mentions give, in text order. */
  evidence: EventFigure[];
  /** A running total over a period («منذ بدء الحرب»: its mentions are `cumulative`), not one incident. */
  cumulative?: boolean;
}

/**
 * Deaths of an article by victim class — the killed and the executed — figures given as numbers, summed over
 * distinct events; `executed` says how many of them were executions.
 * @example
 * ```ts
 * // «أعدم التنظيم 7 مدنيين بينهم 3 أطفال، وقتل 4 جنود» →
 * const k: KilledCounts = { total: 11, civilians: 7, children: 3, women: 0, nonCivilians: 4, unspecified: 0, executed: 7 };
 * ```
 */
export interface KilledCounts {
  /** Everyone killed, the executed included. */
  total: number;
  /**
   * Civilians, including women, children, medical and rescue workers, journalists — also those the sub-groups of a
   * group of no class count («قتل 100 شخص بينهم 45 طفلا و30 امرأة»: 75).
   */
  civilians: number;
  /** Children, from the victim class or from sub-groups («بينهم 3 أطفال»). */
  children: number;
  /** Women, from the victim class or from sub-groups. */
  women: number;
  /** Fighters and soldiers, also those sub-groups count («قتل 6 جنود ومدنيان»: 6). */
  nonCivilians: number;
  /** Killed whose class the text does not give («قتيل»، «أشخاص»). */
  unspecified: number;
  /** Of the total, the executed («أعدم»), also counted in their victim class. */
  executed: number;
}

/**
 * The article-level record.
 * @example
 * ```ts
 * // analyze(article).summary →
 * // { location: { text: 'مدينة الرقة', … }, cause: 'airstrike', actors: ['syrian-government'],
 * //   actorCategory: 'government', killed: { total: 52, civilians: 52, children: 0, … }, injured: 10, events: 1 }
 * ```
 */
export interface ArticleSummary {
  /** The place of the article's main event (the one with the most deaths: killed and executed), with its governorate. */
  location: PlaceMention | null;
  /** The date of the main event. */
  date: EventDate | null;
  /** The cause of death of the main event. */
  cause: string | null;
  /** The actors of the main event. */
  actors: string[];
  /** The dataset category of the main event's first actor (`government`, `isis`, …), `unknown` when none. */
  actorCategory: string;
  /** Deaths (killed and executed) over all events but running totals. */
  killed: KilledCounts;
  /** Injured over all events but running totals (lower bound), with figures given for either killed or injured («مقتل أو إصابة 30»). */
  injured: number;
  /** How many events the article reports, running totals included. */
  events: number;
  /**
   * The largest running totals the article gives («ليرتفع عدد الشهداء منذ بدء الحرب إلى 40005»: `cumulative` events),
   * killed and executed, and injured (lower bounds), or `null` when it gives none. They are in no other count here.
   */
  cumulative: {
    /** The largest running total of deaths (killed and executed). */
    killed: number;
    /** The largest running total of injured. */
    injured: number;
  } | null;
}
