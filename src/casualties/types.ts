/**
 * The casualty mention: one statement that people were killed, injured, executed, went missing, are trapped or
 * were detained, with the figure and everything the sentence says about it.
 * @module casualties/types
 */
import type { Span } from '../document.js';
import type { CasualtyKind, VictimGroup } from '../lexicon/types.js';
import type { PlaceMention } from '../places/types.js';
import type { Quantity } from '../quantity.js';

export type { CasualtyKind, VictimGroup };

/**
 * The victim class of a mention: a lexicon victim group, or `unspecified` for bare «قتيل، جرحى، شهداء، عشرات».
 * @example
 * ```ts
 * const v: Victims = 'civilians'; // «قتل 52 مدنيا»
 * const bare: Victims = 'unspecified'; // «سقوط 18 قتيلا»
 * ```
 */
export type Victims = VictimGroup | 'unspecified' | (string & {});

/**
 * A sub-group of a mention's victims with its own count, its span being the group as written.
 * @example
 * ```ts
 * // «بينهم 8 أطفال» →
 * const g: IncludedGroup = { start: 20, end: 27, text: '8 أطفال', victims: 'children', count: { value: 8 } };
 * // «بينهم نساء» → count { vague: 'some' }; «معظمهم من النساء» → count { vague: 'most' }
 * ```
 */
export interface IncludedGroup extends Span {
  /** Who the sub-group is. */
  victims: Victims;
  /** How many: a figure, «some» for «بينهم X», «most» for «معظمهم من X», 2 for a dual («بينهم طفلان»). */
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
  /** The place as written, with its span and its gazetteer reading (place, type, governorate), or `null`. */
  location: PlaceMention | null;
  /** Who reports the figure («بحسب الدفاع المدني»، «وكالة أعماق»), or `null`. */
  source: Span | null;
  /** The figure is a possibility, not a fact («يمكن أن تتسبب في مقتل…»). Only with `includeNonFacts`. */
  hypothetical?: boolean;
  /** The report is denied («نفى مقتل…»), or its present verb negated («لم تعتقل…»). Only with `includeNonFacts`. */
  denied?: boolean;
  /** The text says nobody was hurt («لم تسفر عن إصابات»): `count` is `{ value: 0 }`. Only with `includeNonFacts`. */
  zero?: boolean;
  /**
   * The figure is given for this kind *or* another, joined by «أو» («مقتل أو إصابة 30 شخصا»), or for the killed and
   * the injured together («مقتل وإصابة 15 شخصا»، «20 قتيلا وجريحا»): each kind is a mention with the figure, and the
   * article summary counts it once, with the injured (it is no death toll).
   */
  either?: boolean;
  /**
   * The figure is a running total over a period, not one incident's toll: «منذ بدء الحرب»، «منذ مطلع العام»، «خلال
   * الشهر الماضي»، «الحصيلة التراكمية»، «أودى الصراع بحياة…». `analyze` makes an event of its own of it (flagged
   * `cumulative`), and the article summary counts it apart from the incidents.
   */
  cumulative?: boolean;
  /**
   * The name of the pattern that read it: `verb-count` («قتل 52 مدنيا»), `count-verb` («52 مدنيا قتلوا»), `noun-count`
   * («مقتل أربعين مدنياً»), `count-noun` («31 قتيلا»), `result-noun` («سقوط قتلى»), `killing-phrase` («أودى بحياة»),
   * `toll` («ارتفاع حصيلة القتلى إلى…»), `state` («تحت الأنقاض»), `bodies` («جثث القتلى»), `headline` («قتلى بقصف…»),
   * `noun-plural` («إعدامات جماعية»), and the cascade's links: `verb-subject-object` («أعدم التنظيم، أمس، شابا»),
   * `group-state` («أربعة آخرون مفقودين»), `among` («من بين القتلى قائد»), `between-kinds` («بين قتيل وجريح»), `toll-part` («عدد القتلى شمل 336 مقاتلا و298 مدنيا»),
   * `ellipsis` («… و14 مقاتلا»), `verb-names` («اعتقلت قوات الأمن سامر عودة»), `verb-alone` («واستشهد متأثرا بجراحه»),
   * `idiom` («لقي حتفه»), `massacre` («ارتكب مجزرة»), `as-many` («وأصيب مثلهم»), `rescue`, `object-pronoun` («قتله»), `passive` («تم اعتقاله»),
   * `backoff` (a casualty word beside a counted group that no other reading took: a filter for callers who want only
   * the shapes the grammar knows) and more; docs/casualties.md lists them all.
   */
  rule: string;
  /** The spans the reading rests on. */
  evidence: {
    /** The casualty word or phrase: «قتل»، «مقتل»، «قتيلا»، «راح ضحيتها». */
    trigger: Span;
    /** The figure with its qualifier: «أكثر من 112». */
    count?: Span;
    /** The victim noun: «مدنيا». */
    victims?: Span;
  };
}

/**
 * Options of `extractCasualties` and `analyze`.
 * @example
 * ```ts
 * extractCasualties('نفت الوزارة مقتل مدنيين', { includeNonFacts: true })[0].denied; // → true
 * ```
 */
export interface CasualtyOptions {
  /** Also return hypothetical, denied and zero statements, flagged (`analyze` makes no event of them). Default `false`. */
  includeNonFacts?: boolean;
}
