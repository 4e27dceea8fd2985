/**
 * `defineLexicon`: validates lexicon data (typically parsed from untrusted JSON) and returns a fresh, deeply
 * frozen copy that holds only known fields, so neither `__proto__`/`constructor` keys nor later mutation of the
 * caller's object can reach the library.
 * @module lexicon/define
 */
import { describe } from '../normalize/options.js';
import { formWords, modesOf } from './forms.js';
import {
  ACTOR_CATEGORIES,
  CASUALTY_KINDS,
  ENTRY_TYPES,
  PLACE_TYPES,
  VICTIM_GROUPS,
  VICTIM_ROLES,
  type EntryType,
  type Lexicon,
  type LexiconData,
  type LexiconJson,
} from './types.js';

/**
 * Options of {@link defineLexicon}.
 * @example
 * ```ts
 * defineLexicon({ id: 'mine', actors: [{ id: 'tiger-forces', labels: { ar: 'قوات النمر', en: 'Tiger Forces' }, forms: ['قوات النمر'], isA: 'syrian-government' }] },
 *   { extends: [defaultLexicon] });
 * ```
 */
export interface DefineLexiconOptions {
  /**
   * Lexicons this one builds on: their actor and place ids are valid `isA`/`isIn` parents and `actor` targets
   * (for instance `[defaultLexicon]` for a lexicon whose actors are sub-units of built-in ones).
   */
  readonly extends?: readonly Lexicon[];
}

/**
 * A lexicon that failed validation; `message` names the lexicon, the entry and the problem.
 * @example
 * ```ts
 * try { defineLexicon({ id: 'l', actors: [{ id: 'a', labels: { ar: 'س', en: 'x' }, forms: [''] }] }); }
 * catch (e) { e instanceof LexiconError; } // → true: "lexicon 'l': actors 'a': empty form in 'forms'"
 * ```
 */
export class LexiconError extends Error {
  /** Always `'LexiconError'`. */
  override readonly name = 'LexiconError';
}

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * The most words a form may have (matching tries a form word by word from every token; the bound keeps it linear).
 * @example
 * ```ts
 * MAX_FORM_WORDS; // → 16: «تنظيم الدولة الإسلامية في العراق والشام» has 6
 * ```
 */
export const MAX_FORM_WORDS = 16;

/** A field of raw data, only when the object itself holds it (never an inherited `__proto__` or `constructor`). */
const ownField = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
/** A plain object: not null, not an array. @internal */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Reports a problem with the lexicon or entry being read. */
type Report = (problem: string) => never;
/** Checks the value of one field and returns the copy the lexicon keeps. */
type FieldRule = (value: unknown, key: string, report: Report) => unknown;

// The rules below are built once at load; marked free of side effects so that a bundle that never defines a lexicon
// (the root `analyze`, which reads only built-in lexicons) drops them.
/** A field whose value must pass `test`; the error says what it `must` be. */
const valueRule = /* @__NO_SIDE_EFFECTS__ */ (must: string, test: (value: unknown) => boolean): FieldRule => (value, key, report) =>
  test(value) ? value : report(`'${key}' must be ${must}, got ${describe(value)}`);
const oneOf = /* @__NO_SIDE_EFFECTS__ */ (allowed: readonly string[]): FieldRule => valueRule(`one of ${allowed.join(', ')}`, (v) => allowed.includes(v as string));

const TEXT = valueRule('a string', (v) => typeof v === 'string');
const FLAG = valueRule('a boolean', (v) => typeof v === 'boolean');
const ID = valueRule('a non-empty string', isName);
const ID_REF = valueRule('a non-empty string id', isName);
const NUMBER = oneOf(['singular', 'dual', 'plural']);
/** A list of entry ids (`defaultFor`). */
const ID_LIST = valueRule('an array of non-empty string ids', (v) => Array.isArray(v) && v.every(isName));
const CATEGORY = valueRule(`a non-empty string (usually one of ${ACTOR_CATEGORIES.join(', ')})`, isName);

/** Arabic and English names, of the lexicon or of an entry. */
const LABELS: FieldRule = (raw, _key, report) => {
  if (!isRecord(raw)) return report(`labels must be an object with 'ar' and 'en' strings, got ${describe(raw)}`);
  const labels: Record<string, unknown> = {};
  for (const lang of ['ar', 'en']) {
    const name = ownField(raw, lang);
    labels[lang] = isName(name) ? name : report(`labels.${lang} must be a non-empty string, got ${describe(name)}`);
  }
  return labels;
};

/** A list of forms (`forms`, `plurals`, `adjectives`): strings that keep a word, and not too many, after normalization. */
const FORM_LIST: FieldRule = (raw, key, report) => {
  if (!Array.isArray(raw)) return report(`'${key}' must be an array of strings, got ${describe(raw)}`);
  return raw.map((form: unknown) => {
    if (typeof form !== 'string') return report(`'${key}' must hold strings, got ${describe(form)}`);
    if (form.trim() === '') return report(`empty form in '${key}'`);
    const words = formWords(form).length;
    if (words === 0) return report(`form ${JSON.stringify(form)} normalizes to no word`);
    // Matching tries a form's words one by one from every token: a bound on their number keeps it linear.
    if (words > MAX_FORM_WORDS) return report(`form ${JSON.stringify(form.slice(0, 40) + '…')} has ${words} words (at most ${MAX_FORM_WORDS})`);
    return form;
  });
};
const FORMS: FieldRule = (raw, key, report) => {
  const forms = FORM_LIST(raw, key, report) as string[];
  if (forms.length === 0) report(`'forms' must list at least one form`);
  return forms;
};

/** The fields of every entry (besides `id`), then those of each group, in the order they are checked and listed. */
const ENTRY_FIELDS: Readonly<Record<string, FieldRule>> = { labels: LABELS, forms: FORMS, inflect: FLAG, note: TEXT };
const GROUP_FIELDS: { readonly [T in EntryType]: Readonly<Record<string, FieldRule>> } = {
  actors: { isA: ID_REF, category: CATEGORY, adjectives: FORM_LIST, defaultFor: ID_LIST },
  actorNouns: { anaphoric: FLAG, speaks: FLAG, takesName: FLAG, irregular: FLAG },
  victims: { number: NUMBER, plurals: FORM_LIST, reportsAs: ID, role: oneOf(VICTIM_ROLES) },
  casualtyWords: { kind: oneOf(CASUALTY_KINDS), pos: oneOf(['verb', 'noun', 'participle']), number: NUMBER, plurals: FORM_LIST },
  causes: {},
  places: { type: oneOf(PLACE_TYPES), isIn: ID_REF, ambiguous: FLAG },
  sources: { actor: ID_REF },
};
/** Fields checked even when absent: an entry of a group that has them must give them. */
const REQUIRED = new Set(['labels', 'forms', 'kind', 'pos', 'type']);
const TOP_KEYS: readonly string[] = /* @__PURE__ */ ['id', 'labels', 'description', 'version', 'country', '$schema'].concat(ENTRY_TYPES);

/** Rejects fields not in `known` (a typo such as `form` is reported, not ignored). */
function rejectUnknown(raw: Record<string, unknown>, known: readonly string[], report: Report): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) report(`unknown field '${key}' (known: ${known.join(', ')})`);
  }
}

/** Checks the given fields of `raw` with their rules and copies them into `out`. */
function copyFields(raw: Record<string, unknown>, fields: Readonly<Record<string, FieldRule>>, report: Report, out: Record<string, unknown>): void {
  for (const [key, rule] of Object.entries(fields)) {
    const value = ownField(raw, key);
    if (value !== undefined || REQUIRED.has(key)) out[key] = rule(value, key, report);
  }
}

/**
 * Validates lexicon data and returns a deeply frozen copy of it.
 *
 * Checks: the lexicon and every entry have a non-empty string id; ids are unique within a group; labels have
 * `ar` and `en` strings; every form is a non-empty string that still contains a word after search
 * normalization and has at most {@link MAX_FORM_WORDS} words; one normalized form belongs to one entry of a group;
 * enumerated fields (`kind`, `pos`, `type`,
 * `number`, `category`) hold known values; `isA`, `isIn` and `actor` name existing entries (here or in
 * `options.extends`) without cycles; no unknown fields (a typo such as `form` is reported, not ignored).
 *
 * @param data - lexicon data, e.g. `JSON.parse` of a lexicon file
 * @param options - lexicons whose ids this one may refer to
 * @returns the validated lexicon, deeply frozen
 * @throws LexiconError naming the entry and the problem; TypeError when `data` is not an object
 * @example
 * ```ts
 * const yemen = defineLexicon({
 *   id: 'yemen',
 *   actors: [{ id: 'houthis', labels: { ar: 'الحوثيون', en: 'Houthis' }, forms: ['الحوثيون', 'جماعة الحوثي', 'أنصار الله'] }],
 * });
 * defineLexicon({ id: 'bad', actors: [{ id: 'x', labels: { ar: 'س', en: 'x' }, forms: ['ـــ'] }] });
 * // → LexiconError: lexicon 'bad': actors 'x': form "ـــ" normalizes to no word
 * ```
 */
export function defineLexicon(data: LexiconData | LexiconJson, options?: DefineLexiconOptions): Lexicon {
  if (!isRecord(data)) throw new TypeError(`defineLexicon: argument 'data' must be an object, got ${describe(data)}`);
  if (options !== undefined && !isRecord(options)) {
    throw new TypeError(`defineLexicon: argument 'options' must be an object, got ${describe(options)}`);
  }
  const lexId = ID(ownField(data, 'id'), 'id', (problem) => {
    throw new LexiconError(`lexicon: ${problem}`);
  }) as string;
  const fail = (where: string, problem: string): never => {
    throw new LexiconError(`lexicon '${lexId}': ${where}${where ? ': ' : ''}${problem}`);
  };
  const top: Report = (problem) => fail('', problem);
  rejectUnknown(data, TOP_KEYS, top);
  const out: Record<string, unknown> = { id: lexId };
  copyFields(data, { description: TEXT, version: TEXT, country: ID }, top, out);
  const labels = ownField(data, 'labels');
  if (labels !== undefined) out.labels = LABELS(labels, 'labels', (problem) => fail('labels', problem));

  const bases: unknown = (options as DefineLexiconOptions | undefined)?.extends ?? [];
  if (!Array.isArray(bases)) throw new TypeError(`defineLexicon: options.extends must be an array of lexicons, got ${describe(bases)}`);

  for (const type of ENTRY_TYPES) {
    const list = ownField(data, type);
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(type, `must be an array, got ${describe(list)}`);
    const ids = new Set<string>();
    const formOwner = new Map<string, string>();
    out[type] = (list as unknown[]).map((raw, index) => {
      const entry = entryOf(type, raw, index, formOwner, fail);
      if (ids.has(entry.id)) fail(`${type} '${entry.id}'`, 'duplicate id');
      ids.add(entry.id);
      return entry;
    });
  }

  // References, checked once every id of this lexicon is known; parents may also be in the lexicons it extends.
  const lexicons = [...(bases as Record<string, unknown>[]), out];
  const actorParents = checkTree(lexicons, out.actors, 'actors', 'isA', fail);
  checkTree(lexicons, out.places, 'places', 'isIn', fail);
  for (const s of (out.sources ?? []) as { id: string; actor?: string }[]) {
    if (s.actor !== undefined && !actorParents.has(s.actor)) fail(`sources '${s.id}'`, `unknown actor '${s.actor}'`);
  }
  // «fightrs»: a victim class is a known group or the id of a victim entry here or in a lexicon extended.
  const victimIds = new Set<string>(VICTIM_GROUPS);
  for (const lexicon of lexicons) for (const v of (lexicon.victims ?? []) as { id: string }[]) victimIds.add(v.id);
  for (const v of (out.victims ?? []) as { id: string; reportsAs?: string }[]) {
    if (v.reportsAs !== undefined && !victimIds.has(v.reportsAs)) {
      fail(`victims '${v.id}'`, `reportsAs '${v.reportsAs}' is neither a victim group (${VICTIM_GROUPS.join(', ')}) nor a victim entry's id`);
    }
  }
  // One actor per noun: two actors of one lexicon cannot both be what a bare «الطيران الحربي» means.
  const defaults = new Map<string, string>();
  for (const a of (out.actors ?? []) as { id: string; defaultFor?: string[] }[]) {
    for (const noun of a.defaultFor ?? []) {
      const other = defaults.get(noun);
      if (other !== undefined) fail(`actors '${a.id}'`, `defaultFor '${noun}' is already the default of actors '${other}'`);
      defaults.set(noun, a.id);
    }
  }
  return deepFreeze(out) as unknown as Lexicon;
}

type Fail = (where: string, problem: string) => never;
type Entry = Record<string, unknown> & { id: string; forms: string[]; plurals?: string[]; inflect?: boolean; pos?: string };

function entryOf(type: EntryType, raw: unknown, index: number, formOwner: Map<string, string>, fail: Fail): Entry {
  if (!isRecord(raw)) return fail(`${type}[${index}]`, `entry must be an object, got ${describe(raw)}`);
  const id = ID(ownField(raw, 'id'), 'id', (problem) => fail(`${type}[${index}]`, problem)) as string;
  const where = `${type} '${id}'`;
  const report: Report = (problem) => fail(where, problem);
  if (RESERVED_IDS.has(id)) report(`'${id}' is a reserved name and cannot be an id`);
  const fields = { ...ENTRY_FIELDS, ...GROUP_FIELDS[type] };
  rejectUnknown(raw, ['id', ...Object.keys(fields)], report);
  const entry = { id } as Entry;
  copyFields(raw, fields, report, entry);
  // A member is counted only as an indefinite noun («40 حوثيا»، «حوثيين»): a form with the article would never count.
  // The written form is read, since normalization makes «ألماني» look like one.
  if (entry.role === 'member') {
    for (const form of [...entry.forms, ...(entry.plurals ?? [])]) {
      if (form.trim().startsWith('ال')) report(`member form ${JSON.stringify(form)} must be written without the article «ال»`);
    }
  }
  // One form belongs to one entry of a group, unless the entries read it differently (a verb and a noun «قتل»).
  // The mode the compiler keys the form by: an explicit `inflect` either way (places inflect only when asked).
  const mode = modesOf(type, { inflect: entry.inflect, pos: entry.pos }).firstMode;
  for (const form of [...entry.forms, ...(entry.plurals ?? [])]) {
    const key = mode + ':' + formWords(form).join(' ');
    const other = formOwner.get(key);
    if (other !== undefined && other !== id) report(`form ${JSON.stringify(form)} also belongs to ${type} '${other}'`);
    formOwner.set(key, id);
  }
  return entry;
}

/**
 * Checks the entries of a tree-shaped group (actors by `isA`, places by `isIn`): every parent an entry names is an
 * entry of that group in one of `lexicons`, and no chain of parents returns to the entry. Returns each id's parent.
 */
function checkTree(lexicons: readonly Record<string, unknown>[], entries: unknown, type: 'actors' | 'places', field: string, fail: Fail): Map<string, string | undefined> {
  const parentOf = new Map<string, string | undefined>();
  for (const lexicon of lexicons) {
    for (const e of (lexicon[type] ?? []) as Record<string, string | undefined>[]) parentOf.set(e.id!, e[field]);
  }
  for (const e of (entries ?? []) as Record<string, string | undefined>[]) {
    const p = e[field];
    if (p === undefined) continue;
    if (!parentOf.has(p)) fail(`${type} '${e.id}'`, `unknown ${field} parent '${p}'`);
    const seen = new Set<string>([e.id!]);
    for (let at: string | undefined = p; at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) fail(`${type} '${e.id}'`, `${field} cycle through '${at}'`);
      seen.add(at);
    }
  }
  return parentOf;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
