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
  type EntryType,
  type Lexicon,
  type LexiconData,
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

const TOP_KEYS = new Set<string>(['id', 'labels', 'description', 'version', '$schema', ...ENTRY_TYPES]);
const BASE_KEYS = ['id', 'labels', 'forms', 'inflect', 'note'] as const;
const EXTRA_KEYS: { readonly [T in EntryType]: readonly string[] } = {
  actors: ['isA', 'category', 'adjectives'],
  actorNouns: ['anaphoric', 'speaks', 'takesName'],
  victims: ['number', 'plurals'],
  casualtyWords: ['kind', 'pos', 'number', 'plurals'],
  causes: [],
  places: ['type', 'isIn', 'ambiguous'],
  sources: ['actor'],
};
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * The most words a form may have (matching tries a form word by word from every token; the bound keeps it linear).
 * @example
 * ```ts
 * MAX_FORM_WORDS; // → 16: «تنظيم الدولة الإسلامية في العراق والشام» has 6
 * ```
 */
export const MAX_FORM_WORDS = 16;
const NUMBERS = ['singular', 'dual', 'plural'];
const POS = ['verb', 'noun', 'participle'];

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
export function defineLexicon(data: LexiconData, options?: DefineLexiconOptions): Lexicon {
  if (!isRecord(data)) throw new TypeError(`defineLexicon: argument 'data' must be an object, got ${describe(data)}`);
  if (options !== undefined && !isRecord(options)) {
    throw new TypeError(`defineLexicon: argument 'options' must be an object, got ${describe(options)}`);
  }
  const lexId = own(data, 'id') ? data.id : undefined;
  if (typeof lexId !== 'string' || lexId.trim() === '') {
    throw new LexiconError(`lexicon: 'id' must be a non-empty string, got ${describe(lexId)}`);
  }
  const fail = (where: string, problem: string): never => {
    throw new LexiconError(`lexicon '${lexId}': ${where}${where ? ': ' : ''}${problem}`);
  };
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) fail('', `unknown field '${key}' (known: ${[...TOP_KEYS].join(', ')})`);
  }
  const out: Record<string, unknown> = { id: lexId };
  for (const key of ['description', 'version'] as const) {
    if (own(data, key) && (data as Record<string, unknown>)[key] !== undefined) {
      const v = (data as Record<string, unknown>)[key];
      if (typeof v !== 'string') fail('', `'${key}' must be a string, got ${describe(v)}`);
      out[key] = v;
    }
  }
  if (own(data, 'labels') && (data as Record<string, unknown>).labels !== undefined) {
    out.labels = labelsOf((data as Record<string, unknown>).labels, 'labels', fail);
  }

  const ids: { [T in EntryType]: Set<string> } = {
    actors: new Set(), actorNouns: new Set(), victims: new Set(), casualtyWords: new Set(),
    causes: new Set(), places: new Set(), sources: new Set(),
  };
  const parents = { actors: new Map<string, string | undefined>(), places: new Map<string, string | undefined>() };
  const bases: unknown = (options as DefineLexiconOptions | undefined)?.extends ?? [];
  if (!Array.isArray(bases)) throw new TypeError(`defineLexicon: options.extends must be an array of lexicons, got ${describe(bases)}`);
  for (const base of bases as readonly Lexicon[]) {
    for (const a of base.actors ?? []) parents.actors.set(a.id, a.isA);
    for (const p of base.places ?? []) parents.places.set(p.id, p.isIn);
  }

  for (const type of ENTRY_TYPES) {
    const list = own(data, type) ? (data as Record<string, unknown>)[type] : undefined;
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(type, `must be an array, got ${describe(list)}`);
    const formOwner = new Map<string, string>();
    out[type] = (list as unknown[]).map((raw, index) => {
      const entry = entryOf(type, raw, index, formOwner, fail);
      if (ids[type].has(entry.id as string)) fail(`${type} '${entry.id as string}'`, 'duplicate id');
      ids[type].add(entry.id as string);
      return entry;
    });
  }

  // References, checked once every id of this lexicon is known.
  for (const a of (out.actors ?? []) as { id: string; isA?: string }[]) parents.actors.set(a.id, a.isA);
  for (const p of (out.places ?? []) as { id: string; isIn?: string }[]) parents.places.set(p.id, p.isIn);
  checkTree(parents.actors, (out.actors ?? []) as { id: string; isA?: string }[], 'actors', 'isA', (e) => e.isA, fail);
  checkTree(parents.places, (out.places ?? []) as { id: string; isIn?: string }[], 'places', 'isIn', (e) => e.isIn, fail);
  for (const s of (out.sources ?? []) as { id: string; actor?: string }[]) {
    if (s.actor !== undefined && !parents.actors.has(s.actor)) fail(`sources '${s.id}'`, `unknown actor '${s.actor}'`);
  }
  return deepFreeze(out) as unknown as Lexicon;
}

type Fail = (where: string, problem: string) => never;

function labelsOf(raw: unknown, where: string, fail: Fail): { ar: string; en: string } {
  if (!isRecord(raw)) return fail(where, `labels must be an object with 'ar' and 'en' strings, got ${describe(raw)}`);
  const ar = own(raw, 'ar') ? raw.ar : undefined;
  const en = own(raw, 'en') ? raw.en : undefined;
  if (typeof ar !== 'string' || ar.trim() === '') fail(where, `labels.ar must be a non-empty string, got ${describe(ar)}`);
  if (typeof en !== 'string' || en.trim() === '') fail(where, `labels.en must be a non-empty string, got ${describe(en)}`);
  return { ar: ar as string, en: en as string };
}

function stringList(raw: unknown, where: string, field: string, fail: Fail): string[] {
  if (!Array.isArray(raw)) return fail(where, `'${field}' must be an array of strings, got ${describe(raw)}`);
  return raw.map((form: unknown) => {
    if (typeof form !== 'string') return fail(where, `'${field}' must hold strings, got ${describe(form)}`);
    if (form.trim() === '') return fail(where, `empty form in '${field}'`);
    const words = formWords(form).length;
    if (words === 0) return fail(where, `form ${JSON.stringify(form)} normalizes to no word`);
    // Matching tries a form's words one by one from every token: a bound on their number keeps it linear.
    if (words > MAX_FORM_WORDS) return fail(where, `form ${JSON.stringify(form.slice(0, 40) + '…')} has ${words} words (at most ${MAX_FORM_WORDS})`);
    return form;
  });
}

function entryOf(type: EntryType, raw: unknown, index: number, formOwner: Map<string, string>, fail: Fail): Record<string, unknown> {
  if (!isRecord(raw)) return fail(`${type}[${index}]`, `entry must be an object, got ${describe(raw)}`);
  const id = own(raw, 'id') ? raw.id : undefined;
  if (typeof id !== 'string' || id.trim() === '') return fail(`${type}[${index}]`, `'id' must be a non-empty string, got ${describe(id)}`);
  const where = `${type} '${id}'`;
  if (RESERVED_IDS.has(id)) fail(where, `'${id}' is a reserved name and cannot be an id`);
  const known = new Set<string>([...BASE_KEYS, ...EXTRA_KEYS[type]]);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) fail(where, `unknown field '${key}' (known: ${[...known].join(', ')})`);
  }
  const entry: Record<string, unknown> = { id, labels: labelsOf(own(raw, 'labels') ? raw.labels : undefined, where, fail) };
  const forms = stringList(own(raw, 'forms') ? raw.forms : undefined, where, 'forms', fail);
  if (forms.length === 0) fail(where, `'forms' must list at least one form`);
  const plurals = own(raw, 'plurals') && raw.plurals !== undefined ? stringList(raw.plurals, where, 'plurals', fail) : [];
  // One form belongs to one entry of a group, unless the entries read it differently (a verb and a noun «قتل»).
  const mode = modesOf(type, { inflect: raw.inflect === false ? false : undefined, pos: typeof raw.pos === 'string' ? raw.pos : undefined }).firstMode;
  for (const form of [...forms, ...plurals]) {
    const key = mode + ':' + formWords(form).join(' ');
    const other = formOwner.get(key);
    if (other !== undefined && other !== id) fail(where, `form ${JSON.stringify(form)} also belongs to ${type} '${other}'`);
    formOwner.set(key, id);
  }
  entry.forms = forms;
  if (plurals.length) entry.plurals = plurals;
  const opt = (key: string): unknown => (own(raw, key) ? raw[key] : undefined);
  const oneOf = (key: string, allowed: readonly string[], required: boolean): void => {
    const v = opt(key);
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || !allowed.includes(v)) fail(where, `'${key}' must be one of ${allowed.join(', ')}, got ${describe(v)}`);
    entry[key] = v;
  };
  const idRef = (key: string): void => {
    const v = opt(key);
    if (v === undefined) return;
    if (typeof v !== 'string' || v.trim() === '') fail(where, `'${key}' must be a non-empty string id, got ${describe(v)}`);
    entry[key] = v;
  };
  const flag = (key: string): void => {
    const v = opt(key);
    if (v === undefined) return;
    if (typeof v !== 'boolean') fail(where, `'${key}' must be a boolean, got ${describe(v)}`);
    entry[key] = v;
  };
  flag('inflect');
  const note = opt('note');
  if (note !== undefined) {
    if (typeof note !== 'string') fail(where, `'note' must be a string, got ${describe(note)}`);
    entry.note = note;
  }
  switch (type) {
    case 'actors': {
      idRef('isA');
      const category = opt('category');
      if (category !== undefined) {
        if (typeof category !== 'string' || category.trim() === '') {
          fail(where, `'category' must be a non-empty string (usually one of ${ACTOR_CATEGORIES.join(', ')}), got ${describe(category)}`);
        }
        entry.category = category;
      }
      if (opt('adjectives') !== undefined) entry.adjectives = stringList(opt('adjectives'), where, 'adjectives', fail);
      break;
    }
    case 'actorNouns':
      flag('anaphoric');
      flag('speaks');
      flag('takesName');
      break;
    case 'victims':
      oneOf('number', NUMBERS, false);
      break;
    case 'casualtyWords':
      oneOf('kind', CASUALTY_KINDS, true);
      oneOf('pos', POS, true);
      oneOf('number', NUMBERS, false);
      break;
    case 'places':
      oneOf('type', PLACE_TYPES, true);
      idRef('isIn');
      flag('ambiguous');
      break;
    case 'sources':
      idRef('actor');
      break;
    case 'causes':
      break;
  }
  return entry;
}

function checkTree<E extends { id: string }>(
  parentOf: Map<string, string | undefined>,
  entries: readonly E[],
  type: string,
  field: string,
  parent: (e: E) => string | undefined,
  fail: Fail,
): void {
  for (const e of entries) {
    const p = parent(e);
    if (p === undefined) continue;
    if (!parentOf.has(p)) fail(`${type} '${e.id}'`, `unknown ${field} parent '${p}'`);
    const seen = new Set<string>([e.id]);
    for (let at: string | undefined = p; at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) fail(`${type} '${e.id}'`, `${field} cycle through '${at}'`);
      seen.add(at);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
