/**
 * The operations `normalize` composes, each switchable on its own.
 * @example
 * ```ts
 * const flags: NormalizeFlags = { ...PRESETS.display, alef: true };
 * normalize('إدلب فى', flags); // → 'ادلب فى'
 * ```
 */
export interface NormalizeFlags {
  /** Compose a letter with a following combining madda/hamza (ا + ◌ٔ → أ), as NFC does. */
  composeHamza: boolean;
  /** Presentation forms and ligatures (U+FB50–FDFF, U+FE70–FEFF; ﻻ → لا) → base letters. */
  presentationForms: boolean;
  /** Also expand word ligatures such as ﷺ and ﷲ into words. */
  wordLigatures: boolean;
  /** Strip harakat, tanween, shadda, sukun, dagger alef, Quranic marks and honorific signs. */
  diacritics: boolean;
  /** Strip tatweel (ـ). */
  tatweel: boolean;
  /** أ إ آ ٱ → ا. */
  alef: boolean;
  /** ى → ي. */
  ya: boolean;
  /** ة → ه. */
  taMarbuta: boolean;
  /** ؤ → و, ئ → ي. */
  hamzaCarriers: boolean;
  /** Arabic-Indic and Persian digits → ASCII. */
  digits: boolean;
  /** Persian/Urdu letters (ک ی ە ۀ) → Arabic. */
  persianLetters: boolean;
  /** Delete invisible format marks (ZWJ, ZWNJ, LRM, RLM, ALM, bidi controls, soft hyphen, BOM). */
  invisibles: boolean;
  /** No-break and typographic spaces → ASCII space. */
  whitespace: boolean;
  /** Arabic punctuation ، ؛ ؟ → , ; ? */
  punctuation: boolean;
  /** Delete the byte-order mark(s) at the very start of the text (both presets). */
  leadingBom: boolean;
}

/**
 * A named set of defaults: `search` (the default) folds for matching; `display` only repairs encoding.
 * @example
 * ```ts
 * const preset: NormalizePreset = 'display';
 * normalize('ﻷسباب', { preset }); // → 'لأسباب'
 * ```
 */
export type NormalizePreset = 'search' | 'display';

/**
 * Options of {@link normalize}: a preset, then any operation turned on or off individually.
 * @example
 * ```ts
 * normalize('مسؤول فى', { hamzaCarriers: true }); // → 'مسوول في'
 * normalize('مائة', { preset: 'search', taMarbuta: false }); // → 'مائة'
 * ```
 */
export interface NormalizeOptions extends Partial<NormalizeFlags> {
  /** Which defaults to start from. Default: `'search'`. */
  preset?: NormalizePreset;
}

/** The `search` preset on its own, so that a caller that only ever searches does not bundle the rest. @internal */
export const SEARCH: Readonly<NormalizeFlags> = /* @__PURE__ */ Object.freeze({
  composeHamza: true,
  presentationForms: true,
  wordLigatures: true,
  diacritics: true,
  tatweel: true,
  alef: true,
  ya: true,
  taMarbuta: true,
  hamzaCarriers: false,
  digits: true,
  persianLetters: true,
  invisibles: true,
  whitespace: true,
  punctuation: false,
  leadingBom: true,
});

/** The `display` preset on its own: only repairs encoding. @internal */
export const DISPLAY: Readonly<NormalizeFlags> = /* @__PURE__ */ Object.freeze({
  composeHamza: true,
  presentationForms: true,
  wordLigatures: false,
  diacritics: false,
  tatweel: false,
  alef: false,
  ya: false,
  taMarbuta: false,
  hamzaCarriers: false,
  digits: false,
  persianLetters: false,
  invisibles: false,
  whitespace: false,
  punctuation: false,
  leadingBom: true,
});

/**
 * The two presets. `search` folds everything that spelling varies on in news text (alef, ya, ta marbuta, digits,
 * diacritics, invisibles) so that «فى», «الذى», «مائة», «إدلب» meet «في», «الذي», «مائه», «ادلب»; hamza carriers
 * stay opt-in because they change words. `display` only composes and de-ligates, which never changes a reading.
 * @example
 * ```ts
 * PRESETS.search.ya;      // → true: 'فى' → 'في'
 * PRESETS.display.ya;     // → false
 * normalize('فى', { ...PRESETS.display, ya: true }); // → 'في'
 * ```
 */
export const PRESETS: Readonly<Record<NormalizePreset, Readonly<NormalizeFlags>>> = /* @__PURE__ */ Object.freeze({
  search: SEARCH,
  display: DISPLAY,
});

/** @internal Every flag name, in a fixed order (also the key of compiled-table caches). */
export const FLAG_NAMES = /* @__PURE__ */ Object.keys(SEARCH) as (keyof NormalizeFlags)[];

/** Resolves options to a full flag set, rejecting unknown names and wrong types with a clear error. */
export function resolveFlags(options: NormalizeOptions | undefined, fn = 'normalize'): NormalizeFlags {
  if (options === undefined) return SEARCH;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  const preset = options.preset ?? 'search';
  if (preset !== 'search' && preset !== 'display') {
    throw new TypeError(`${fn}: options.preset must be 'search' or 'display', got ${describe(preset)}`);
  }
  let flags: NormalizeFlags | undefined;
  for (const key of Object.keys(options)) {
    if (key === 'preset') continue;
    if (!FLAG_NAMES.includes(key as keyof NormalizeFlags)) {
      throw new TypeError(`${fn}: unknown option '${key}' (known: preset, ${FLAG_NAMES.join(', ')})`);
    }
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') {
      throw new TypeError(`${fn}: option '${key}' must be a boolean, got ${describe(value)}`);
    }
    flags ??= { ...PRESETS[preset] };
    flags[key as keyof NormalizeFlags] = value;
  }
  return flags ?? PRESETS[preset];
}

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'function') return 'a function';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * Checks the options argument of the text function `fn`: `undefined`, or an object with only `known` keys, each
 * `undefined` or (when `type` is given) of that type. @internal
 */
export function checkOptions(options: unknown, fn: string, known: readonly string[], type?: 'boolean' | 'function'): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: argument 'options' must be an object, got ${describe(options)}`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (!known.includes(key)) throw new TypeError(`${fn}: unknown option '${key}' (known: ${known.join(', ')})`);
    if (type && value !== undefined && typeof value !== type) throw new TypeError(`${fn}: option '${key}' must be a ${type}, got ${describe(value)}`);
  }
}

/** Throws a TypeError naming the argument when `value` is not a string. */
export function assertText(value: unknown, fn: string, name = 'text'): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: argument '${name}' must be a string, got ${describe(value)}`);
}
