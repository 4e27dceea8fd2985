/**
 * The shape of a lexicon: plain, JSON-serializable data. Forms are written as ordinary Arabic (with or without
 * hamza, diacritics or tatweel); the matcher normalizes them and derives clitic, article and inflection variants.
 * @module lexicon/types
 */

/**
 * The entry groups of a lexicon.
 * @example
 * ```ts
 * const type: EntryType = 'actors'; // «قوات النظام»
 * ```
 */
export type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * Every entry group, in a fixed order (compilation and validation walk them in this order).
 * @example
 * ```ts
 * ENTRY_TYPES.includes('places'); // → true («إدلب» is a place)
 * ```
 */
export const ENTRY_TYPES = /* @__PURE__ */ Object.freeze([
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
  /** The Arabic name. */
  readonly ar: string;
  /** The English name. */
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
   * `false` to match forms only as written: clitics still apply, but no derived suffixes and no article the form does
   * not write (list «المتطرفين» beside «متطرفين» where both occur), as for names.
   * Defaults to `true`, except for places.
   */
  readonly inflect?: boolean;
}

/**
 * Casualty-documentation categories (the perpetrator classes of datasets such as the VDC):
 * Syrian government or Russian troops, international coalition forces, ISIS, armed opposition groups,
 * self-administration forces, al-Nusra front, other, unknown — and, for every other conflict, `armed-group` (a
 * non-state armed group: the Houthis, the RSF, al-Shabaab, Hamas). An actor written without a category gets one
 * guessed from its names (see `guessCategory`).
 * @example
 * ```ts
 * const c: ActorCategory = 'government'; // «قوات النظام»، «الطيران الروسي»
 * ```
 */
export type ActorCategory = (typeof ACTOR_CATEGORIES)[number];

/**
 * Every actor category.
 * @example
 * ```ts
 * ACTOR_CATEGORIES.includes('isis'); // → true («تنظيم الدولة»)
 * ```
 */
export const ACTOR_CATEGORIES = /* @__PURE__ */ Object.freeze([
  'government',
  'international-coalition',
  'isis',
  'armed-opposition',
  'self-administration',
  'nusra',
  'armed-group',
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
  /**
   * Actor nouns (ids of `actorNouns` entries: `aircraft`, `drones`) that stand for this actor when the text names
   * no owner for them: in a conflict where only one side flies warplanes, a bare «الطيران الحربي» is that side's.
   * A pack sets it from knowledge of its war (Sudan's warplanes are the army's); a mention resolved this way is
   * reported with `assumed: true`.
   */
  readonly defaultFor?: readonly string[];
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
  /**
   * The noun names irregular fighters («مسلحون»، «متشددون»): standing alone it never refers forward to a government's
   * forces named after it in its sentence («أن مسلحين قتلوا 40 مدنياً … بين الجيش السوداني وقوات الدعم السريع»).
   */
  readonly irregular?: boolean;
}

/**
 * Victim groups used by casualty mentions.
 * @example
 * ```ts
 * const g: VictimGroup = 'civilians'; // «مدنيين»
 * ```
 */
export type VictimGroup = (typeof VICTIM_GROUPS)[number];

/**
 * Every victim group, in the order they are documented: what a victim entry's `reportsAs` may name, besides the id
 * of a victim entry of its own lexicon or of one it extends.
 * @example
 * ```ts
 * VICTIM_GROUPS.includes('fighters'); // → true: «مقاتلين»، «مسلحين»
 * ```
 */
export const VICTIM_GROUPS = /* @__PURE__ */ Object.freeze([
  'civilians', 'children', 'women', 'people', 'fighters', 'soldiers', 'medical', 'rescuers', 'journalists', 'crew', 'families',
] as const);

/**
 * Grammatical number of a form, when an entry fixes it.
 * @example
 * ```ts
 * const n: GrammaticalNumber = 'plural'; // «قتلى»
 * ```
 */
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
  /**
   * The victim group a mention of this entry reports, when the entry is a finer word class than a group: kinship
   * nouns («زوجته»، «نجله») and nationalities («سوريين») report `people`, military ranks («نقيب») `soldiers`.
   * Defaults to the entry's id.
   */
  readonly reportsAs?: VictimGroup | (string & {});
  /**
   * The word class of the entry's nouns, read by the casualty cascade: kin, a rank, a nationality, or a member of an
   * armed side named by its demonym (`member`: «حوثي»، «داعشي»), which is victims only when counted, dual or an
   * indefinite plural («مقتل 40 حوثيا»، «ثلاثة من الحوثيين»، «حوثيين») — bare «الحوثيون» is the side, «قيادي حوثي»
   * an adjective.
   */
  readonly role?: VictimRole;
}

/**
 * Word classes of victim nouns finer than a group.
 * @example
 * ```ts
 * const r: VictimRole = 'kinship'; // «زوجته»، «شقيقه»
 * const m: VictimRole = 'member'; // «40 حوثيا»
 * ```
 */
export type VictimRole = 'kinship' | 'rank' | 'nationality' | 'member';

/**
 * The roles of {@link VictimRole}, in the order they are documented.
 * @example
 * ```ts
 * VICTIM_ROLES.includes('member'); // → true: «مقتل 40 حوثيا» counts members of a side
 * ```
 */
export const VICTIM_ROLES: readonly VictimRole[] = /* @__PURE__ */ Object.freeze(['kinship', 'rank', 'nationality', 'member'] as const);

/**
 * What happened to the people a casualty mention counts.
 * @example
 * ```ts
 * const k: CasualtyKind = 'injured'; // «أصيب»
 * ```
 */
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

/**
 * Every casualty kind.
 * @example
 * ```ts
 * CASUALTY_KINDS.includes('executed'); // → true («أعدم»)
 * ```
 */
export const CASUALTY_KINDS = /* @__PURE__ */ Object.freeze([
  'killed',
  'injured',
  'executed',
  'missing',
  'trapped',
  'detained',
] as const);

/**
 * Part of speech of a casualty word; verbs take verb suffixes (ت وا ا ن), nouns and participles noun suffixes.
 * @example
 * ```ts
 * const pos: CasualtyPos = 'verb'; // «قتل» → «قتلوا»
 * ```
 */
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
  /** What the word says happened. */
  readonly kind: CasualtyKind;
  /** Its part of speech, which decides the endings derived for it. */
  readonly pos: CasualtyPos;
  /** Fixed grammatical number of all forms, when it is one. */
  readonly number?: GrammaticalNumber;
  /** Broken plurals of the forms («قتلى» of «قتيل»), matched like forms and read as plural. */
  readonly plurals?: readonly string[];
}

/**
 * Causes of death and injury.
 * @example
 * ```ts
 * const c: CauseId = 'barrel-bomb'; // «براميل متفجرة»
 * ```
 */
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

/**
 * Kinds of place in the gazetteer.
 * @example
 * ```ts
 * const t: PlaceType = 'district'; // «حي الشعار»
 * ```
 */
export type PlaceType = (typeof PLACE_TYPES)[number];

/**
 * Every place type.
 * @example
 * ```ts
 * PLACE_TYPES.includes('governorate'); // → true («محافظة إدلب»)
 * ```
 */
export const PLACE_TYPES = /* @__PURE__ */ Object.freeze([
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
  /** What kind of place it is. */
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

/**
 * The entry type of each group.
 * @example
 * ```ts
 * const e: EntryOf['places'] = { id: 'idlib', labels: { ar: 'إدلب', en: 'Idlib' }, forms: ['إدلب'], type: 'city' };
 * ```
 */
export interface EntryOf {
  /** Armed actors. */
  actors: ActorEntry;
  /** Nouns for an actor's forces, aircraft, attacks and organs. */
  actorNouns: ActorNounEntry;
  /** Victim groups. */
  victims: VictimEntry;
  /** Casualty verbs and nouns. */
  casualtyWords: CasualtyWordEntry;
  /** Causes and weapons. */
  causes: CauseEntry;
  /** The gazetteer. */
  places: PlaceEntry;
  /** Reporting bodies and media. */
  sources: SourceEntry;
}

/**
 * Any lexicon entry.
 * @example
 * ```ts
 * const e: LexiconEntry = { id: 'civilians', labels: { ar: 'مدنيون', en: 'civilians' }, forms: ['مدني'] };
 * ```
 */
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
  /** The lexicon's id («syria», «yemen»), named in validation errors. */
  readonly id: string;
  /** What the lexicon covers. */
  readonly description?: string;
  /** The lexicon's own version. */
  readonly version?: string;
  /** Names of the lexicon. */
  readonly labels?: Labels;
  /**
   * The country a conflict pack covers («yemen»). A lexicon that names a country is a pack: given to
   * `createAnalyzer`, it replaces the default Syria pack (the Arabic core stays).
   */
  readonly country?: string;
  /** Armed actors. */
  readonly actors?: readonly ActorEntry[];
  /** Nouns for an actor's forces, aircraft, attacks and organs. */
  readonly actorNouns?: readonly ActorNounEntry[];
  /** Victim groups. */
  readonly victims?: readonly VictimEntry[];
  /** Casualty verbs and nouns. */
  readonly casualtyWords?: readonly CasualtyWordEntry[];
  /** Causes and weapons. */
  readonly causes?: readonly CauseEntry[];
  /** The gazetteer. */
  readonly places?: readonly PlaceEntry[];
  /** Reporting bodies and media. */
  readonly sources?: readonly SourceEntry[];
}

/**
 * `T` with its string, number and boolean literal types widened, deeply: what TypeScript infers for a JSON file.
 * @example
 * ```ts
 * const kind: Widened<CasualtyWordEntry>['kind'] = 'قتل'; // any string: `defineLexicon` checks it
 * ```
 */
export type Widened<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean
  : T extends readonly (infer U)[] ? readonly Widened<U>[] : T extends object ? { readonly [K in keyof T]: Widened<T[K]> } : T;

/**
 * Lexicon data as TypeScript types an imported JSON file (`import yemen from 'hasila/packs/yemen.json'`): the shape
 * of {@link LexiconData} with plain strings where it names the allowed ones (`kind`, `role`, `type`…). Accepted
 * wherever lexicon data is; `defineLexicon` checks the values.
 * @example
 * ```ts
 * const data: LexiconJson = JSON.parse('{"id": "mine", "victims": [{"id": "x", "labels": {"ar": "س", "en": "x"}, "forms": ["س"], "role": "member"}]}');
 * ```
 */
export type LexiconJson = Widened<LexiconData>;

/**
 * A validated, deeply frozen lexicon, as returned by `defineLexicon`.
 * @example
 * ```ts
 * const l: Lexicon = defineLexicon({ id: 'mine', causes: [{ id: 'sniper', labels: { ar: 'قنص', en: 'sniper' }, forms: ['قناص'] }] });
 * ```
 */
export type Lexicon = LexiconData;
