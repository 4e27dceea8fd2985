/**
 * The casualty mention: one statement that people were killed, injured, executed, went missing, are trapped or
 * were detained, with the figure and everything the sentence says about it.
 * @module casualties/types
 */
import type { Span } from '../document.js';
import type { CasualtyKind, VictimGroup } from '../lexicon/types.js';
import type { Quantity } from '../quantity.js';

export type { CasualtyKind, VictimGroup };

/** The victim class of a mention: a lexicon victim group, or `unspecified` for bare «قتيل، جرحى، شهداء، عشرات». */
export type Victims = VictimGroup | 'unspecified' | (string & {});

/**
 * A sub-group of a mention's victims with its own count: «بينهم 8 أطفال» → `{ victims: 'children', count: { value: 8 } }`,
 * «بينهم نساء» → `{ victims: 'women', count: { vague: 'some' } }`, «معظمهم من النساء» → `count: { vague: 'most' }`.
 */
export interface IncludedGroup extends Span {
  victims: Victims;
  count: Quantity;
}

/**
 * One casualty statement.
 * @example
 * ```ts
 * // extractCasualties('قتل 52 مدنيا جراء غارات نفذتها طائرات قوات النظام على مدينة الرقة')[0] →
 * // { start: 0, end: 12, text: 'قتل 52 مدنيا', kind: 'killed', count: { value: 52 }, victims: 'civilians',
 * //   includes: [], actors: ['syrian-government'], cause: 'airstrike',
 * //   location: { start: 50, end: 61, text: 'مدينة الرقة' }, source: null, rule: 'verb-count' }
 * ```
 */
export interface CasualtyMention extends Span {
  /** What happened to them. */
  kind: CasualtyKind;
  /** How many, in the shared quantity shape; `null` when the text gives no size at all («مقتل طاقمها»). */
  count: Quantity | null;
  /** Who they were. */
  victims: Victims;
  /** Sub-groups with their own counts. */
  includes: IncludedGroup[];
  /** Ids of the actors that caused it, first-named first («طائرات روسيا والنظام» → `['russia', 'syrian-government']`). */
  actors: string[];
  /** How: a cause id of the lexicon (`airstrike`, `shelling`, `barrel-bomb`, `missile`, `execution`, …) or `null`. */
  cause: string | null;
  /** Other weapons the sentence names for the same strike, after `cause`. */
  coCauses: string[];
  /** The place as written, with its span, or `null`. */
  location: Span | null;
  /** Who reports the figure («بحسب الدفاع المدني»، «وكالة أعماق»), or `null`. */
  source: Span | null;
  /** The figure is a possibility, not a fact («يمكن أن تتسبب في مقتل…»). Only with `includeNonFacts`. */
  hypothetical?: boolean;
  /** The report is denied («نفى مقتل…»). Only with `includeNonFacts`. */
  denied?: boolean;
  /** The text says nobody was hurt («لم تسفر عن إصابات»): `count` is `{ value: 0 }`. Only with `includeNonFacts`. */
  zero?: boolean;
  /** The name of the pattern that read it («verb-count», «count-verb», «count-noun», «result-plural», «toll» …). */
  rule: string;
  /** The spans the reading rests on: the casualty word, the figure, the victim noun. */
  evidence: { trigger: Span; count?: Span; victims?: Span };
}

/** Options of `extractCasualties`. */
export interface CasualtyOptions {
  /** Also return hypothetical, denied and zero statements, flagged. Default `false`. */
  includeNonFacts?: boolean;
}
