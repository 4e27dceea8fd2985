/**
 * The shape of a lexicon: plain, JSON-serializable data. Forms are written as ordinary Arabic (with or without
 * hamza, diacritics or tatweel); the matcher normalizes them and derives clitic, article and inflection variants.
 * @module lexicon/types
 */

/** The entry groups of a lexicon. */
export type EntryType = 'actors' | 'actorNouns' | 'victims' | 'casualtyWords' | 'causes' | 'places' | 'sources';

/** Every entry group, in a fixed order (compilation and validation walk them in this order). */
export const ENTRY_TYPES: readonly EntryType[] = Object.freeze([
  'actors',
  'actorNouns',
  'victims',
  'casualtyWords',
  'causes',
  'places',
  'sources',
] as const);

/**
 * Human-readable names of an entry.
 * @example
 * ```ts
 * const labels: Labels = { ar: 'الحوثيون', en: 'Houthis' };
 * ```
 */
export interface Labels {
  readonly ar: string;
  readonly en: string;
}

/**
 * What every entry has: a stable id (unique within its group), labels, and surface forms.
 * @example
 * ```ts
 * const entry: BaseEntry = { id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['جماعة الحوثي'] };
 * ```
 */
export interface BaseEntry {
  /** Stable identifier, unique within its group of one lexicon. */
  readonly id: string;
  /** Arabic and English names. */
  readonly labels: Labels;
  /**
   * Surface forms as ordinary Arabic, one or more words. Write the base form only: clitics (و ف ب ل ك), the
   * article (for a form written without it) and regular suffixes (ة/ات/ون/ين/ا/ان, nisba ي/ية/يون/يين) are
   * derived. A word written with the article requires it in the text.
   */
  readonly forms: readonly string[];
  /**
   * `false` to match forms only as written (clitics and the article still apply, no derived suffixes).
   * Defaults to `true`, except for places.
   */
  readonly inflect?: boolean;
}

/**
 * Casualty-documentation categories (the perpetrator classes of datasets such as the VDC):
 * Syrian government or Russian troops, international coalition forces, ISIS, armed opposition groups,
 * self-administration forces, al-Nusra front, other, unknown.
 */
export type ActorCategory =
  | 'government'
  | 'international-coalition'
  | 'isis'
  | 'armed-opposition'
  | 'self-administration'
  | 'nusra'
  | 'other'
  | 'unknown';

/** Every actor category. */
export const ACTOR_CATEGORIES: readonly ActorCategory[] = Object.freeze([
  'government',
  'international-coalition',
  'isis',
  'armed-opposition',
  'self-administration',
  'nusra',
  'other',
  'unknown',
] as const);

/**
 * An armed actor: a state, army, air force, group or militia.
 * @example
 * ```ts
 * const houthis: ActorEntry = {
 *   id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' },
 *   forms: ['الحوثيون', 'جماعة الحوثي', 'أنصار الله'], adjectives: ['الحوثي'], category: 'other',
 * };
 * ```
 */
export interface ActorEntry extends BaseEntry {
  /** Parent actor id (in this lexicon or one compiled before it): «سلاح الجو الروسي» isA `russia`. */
  readonly isA?: string;
  /** Dataset category; inherited from the parent when absent. */
  readonly category?: ActorCategory | (string & {});
  /**
   * Nisba adjectives that name this actor after an actor noun or in a coordination:
   * «الروسي» in «الطيران الروسي والأسدي», «السورية» in «الطائرات السورية والروسية».
   */
  readonly adjectives?: readonly string[];
}

/**
 * A noun that stands for an actor's forces, aircraft, organs or media. It extends a following actor name
 * («طائرات النظام»، «الطيران الحربي لقوات الأسد»), takes an actor adjective («الغارات الروسية»), and, when
 * `anaphoric`, stands alone for an actor named earlier («الطيران الحربي»، «الوزارة»).
 * @example
 * ```ts
 * const warplanes: ActorNounEntry = {
 *   id: 'warplanes', labels: { ar: 'الطيران الحربي', en: 'warplanes' },
 *   forms: ['الطيران الحربي', 'طائرات', 'الطيران'], anaphoric: true,
 * };
 * ```
 */
export interface ActorNounEntry extends BaseEntry {
  /** Report the bare noun as an anaphoric actor mention. */
  readonly anaphoric?: boolean;
  /** The noun names a speaking organ (ministry, spokesman, agency, broadcaster): its mentions are sources. */
  readonly speaks?: boolean;
  /**
   * Whether a following actor name joins the noun in one mention («طائرات النظام»). Default `true`; `false` for
   * attack nouns, whose agent is named on its own («بقصف النظام» → «النظام»).
   */
  readonly takesName?: boolean;
}

/** Victim groups used by casualty mentions. */
export type VictimGroup =
  | 'civilians'
  | 'children'
  | 'women'
  | 'people'
  | 'fighters'
  | 'soldiers'
  | 'medical'
  | 'rescuers'
  | 'journalists'
  | 'crew'
  | 'families';

/** Grammatical number of a form, when an entry fixes it («قتيل» singular, «قتيلين» dual, «قتلى» plural). */
export type GrammaticalNumber = 'singular' | 'dual' | 'plural';

/**
 * A group of people who can be casualties.
 * @example
 * ```ts
 * const civilians: VictimEntry = { id: 'civilians', labels: { ar: 'مدنيون', en: 'civilians' }, forms: ['مدني'] };
 * ```
 */
export interface VictimEntry extends BaseEntry {
  readonly id: VictimGroup | (string & {});
  /** Fixed grammatical number of all forms, when it is one. */
  readonly number?: GrammaticalNumber;
  /**
   * Broken plurals of the forms («أطفال»، «نساء»، «جنود»), matched like forms and read as plural: an uncounted
   * «مقتل أطفال» is «some», where an uncounted singular «مقتل طفل» is one.
   */
  readonly plurals?: readonly string[];
}

/** What happened to the people a casualty mention counts. */
export type CasualtyKind = 'killed' | 'injured' | 'executed' | 'missing' | 'trapped' | 'detained';

/** Every casualty kind. */
export const CASUALTY_KINDS: readonly CasualtyKind[] = Object.freeze([
  'killed',
  'injured',
  'executed',
  'missing',
  'trapped',
  'detained',
] as const);

/** Part of speech of a casualty word; verbs take verb suffixes (ت وا ا ن), nouns and participles noun suffixes. */
export type CasualtyPos = 'verb' | 'noun' | 'participle';

/**
 * A word that says people were killed, injured, executed…: verbs («قتل»، «استشهد»), verbal nouns («مقتل»)
 * and participles/nouns («قتيل»، «جرحى»).
 * @example
 * ```ts
 * const killed: CasualtyWordEntry = {
 *   id: 'killed-verb', labels: { ar: 'قتل', en: 'was killed' }, kind: 'killed', pos: 'verb', forms: ['قتل', 'استشهد'],
 * };
 * ```
 */
export interface CasualtyWordEntry extends BaseEntry {
  readonly kind: CasualtyKind;
  readonly pos: CasualtyPos;
  /** Fixed grammatical number of all forms, when it is one. */
  readonly number?: GrammaticalNumber;
  /** Broken plurals of the forms («قتلى» of «قتيل»), matched like forms and read as plural. */
  readonly plurals?: readonly string[];
}

/** Causes of death and injury. */
export type CauseId =
  | 'airstrike'
  | 'shelling'
  | 'barrel-bomb'
  | 'missile'
  | 'execution'
  | 'chemical'
  | 'explosion'
  | 'car-bomb'
  | 'shooting'
  | 'sniper'
  | 'landmine'
  | 'building-collapse';

/**
 * A cause or weapon.
 * @example
 * ```ts
 * const barrels: CauseEntry = { id: 'barrel-bomb', labels: { ar: 'براميل متفجرة', en: 'barrel bomb' }, forms: ['برميل متفجر', 'براميل متفجرة'] };
 * ```
 */
export interface CauseEntry extends BaseEntry {
  readonly id: CauseId | (string & {});
}

/** Kinds of place in the gazetteer. */
export type PlaceType = 'governorate' | 'city' | 'town' | 'village' | 'district' | 'region' | 'country';

/** Every place type. */
export const PLACE_TYPES: readonly PlaceType[] = Object.freeze([
  'governorate',
  'city',
  'town',
  'village',
  'district',
  'region',
  'country',
] as const);

/**
 * A place of the gazetteer. Places do not inflect by default.
 * @example
 * ```ts
 * const douma: PlaceEntry = { id: 'douma', labels: { ar: 'دوما', en: 'Douma' }, forms: ['دوما'], type: 'city', isIn: 'rif-dimashq' };
 * ```
 */
export interface PlaceEntry extends BaseEntry {
  readonly type: PlaceType;
  /** The id of the enclosing place (in this lexicon or one compiled before it). */
  readonly isIn?: string;
  /**
   * The name is also a common word or a person's name («الباب» the door, «التضامن» solidarity): consumers should
   * trust it only after a place trigger (حي، مدينة، بلدة، قرية…).
   */
  readonly ambiguous?: boolean;
}

/**
 * A body that reports figures without being an armed actor (civil defence, monitors, activists, media), or a
 * medium affiliated with an armed actor (`actor`), which `findActors` then reports as that actor in the role
 * `source`.
 * @example
 * ```ts
 * const amaq: SourceEntry = { id: 'amaq', labels: { ar: 'وكالة أعماق', en: 'Amaq' }, forms: ['وكالة أعماق', 'أعماق'], actor: 'isis' };
 * ```
 */
export interface SourceEntry extends BaseEntry {
  /** The armed actor the source speaks for, when it is affiliated with one. */
  readonly actor?: string;
}

/** The entry type of each group. */
export interface EntryOf {
  actors: ActorEntry;
  actorNouns: ActorNounEntry;
  victims: VictimEntry;
  casualtyWords: CasualtyWordEntry;
  causes: CauseEntry;
  places: PlaceEntry;
  sources: SourceEntry;
}

/** Any lexicon entry. */
export type LexiconEntry = EntryOf[EntryType];

/**
 * A lexicon: an id and entries grouped by type; every group is optional. Pass it through `defineLexicon`.
 * @example
 * ```ts
 * const yemen: LexiconData = {
 *   id: 'yemen',
 *   actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي', 'أنصار الله'] }],
 * };
 * ```
 */
export interface LexiconData {
  readonly id: string;
  /** What the lexicon covers. */
  readonly description?: string;
  /** The lexicon's own version. */
  readonly version?: string;
  /** Names of the lexicon. */
  readonly labels?: Labels;
  readonly actors?: readonly ActorEntry[];
  readonly actorNouns?: readonly ActorNounEntry[];
  readonly victims?: readonly VictimEntry[];
  readonly casualtyWords?: readonly CasualtyWordEntry[];
  readonly causes?: readonly CauseEntry[];
  readonly places?: readonly PlaceEntry[];
  readonly sources?: readonly SourceEntry[];
}

/** A validated, deeply frozen lexicon, as returned by `defineLexicon`. */
export type Lexicon = LexiconData;
