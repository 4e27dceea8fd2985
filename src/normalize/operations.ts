import { runFold, type CompiledFold } from './engine.js';
import { foldFor } from './normalize.js';
import { DISPLAY, assertText, type NormalizeFlags } from './options.js';

const NONE: NormalizeFlags = {
  ...DISPLAY,
  composeHamza: false,
  presentationForms: false,
  leadingBom: false,
};

/** One operation on its own: every other step off. */
function single(flags: Partial<NormalizeFlags>, name: string): (text: string) => string {
  let fold: CompiledFold | undefined;
  return (text: string) => {
    assertText(text, name);
    fold ??= foldFor({ ...NONE, ...flags });
    return runFold(fold, text, false).text;
  };
}

/**
 * Strips harakat, tanween, shadda, sukun, the dagger alef, combining hamza/madda, Quranic marks and honorific signs.
 * @example
 * ```ts
 * stripDiacritics('قُتِلَ مدنياً'); // → 'قتل مدنيا'
 * ```
 */
export const stripDiacritics: (text: string) => string = single({ diacritics: true }, 'stripDiacritics');

/**
 * Strips tatweel (kashida).
 * @example
 * ```ts
 * stripTatweel('الـ72 كوناشـينكوف'); // → 'ال72 كوناشينكوف'
 * ```
 */
export const stripTatweel: (text: string) => string = single({ tatweel: true }, 'stripTatweel');

/**
 * Folds alef forms أ إ آ ٱ to bare ا.
 * @example
 * ```ts
 * foldAlef('إدلب أمس آلاف'); // → 'ادلب امس الاف'
 * ```
 */
export const foldAlef: (text: string) => string = single({ alef: true }, 'foldAlef');

/**
 * Folds alef maqsura ى to ya ي (Egyptian spellings: فى → في).
 * @example
 * ```ts
 * foldYa('فى الشرقى'); // → 'في الشرقي'
 * ```
 */
export const foldYa: (text: string) => string = single({ ya: true }, 'foldYa');

/**
 * Folds ta marbuta ة to ha ه.
 * @example
 * ```ts
 * foldTaMarbuta('مائة غارة'); // → 'مائه غاره'
 * ```
 */
export const foldTaMarbuta: (text: string) => string = single({ taMarbuta: true }, 'foldTaMarbuta');

/**
 * Folds hamza carriers: ؤ → و, ئ → ي.
 * @example
 * ```ts
 * foldHamzaCarriers('مسؤول رئيس'); // → 'مسوول رييس'
 * ```
 */
export const foldHamzaCarriers: (text: string) => string = single({ hamzaCarriers: true }, 'foldHamzaCarriers');

/**
 * Converts Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII.
 * @example
 * ```ts
 * foldDigits('قتل ١٢٣ و۴۵'); // → 'قتل 123 و45'
 * ```
 */
export const foldDigits: (text: string) => string = single({ digits: true }, 'foldDigits');

/**
 * Converts Persian/Urdu letters to their Arabic counterparts: ک → ك, ی → ي, ە → ه.
 * @example
 * ```ts
 * foldPersianLetters('کرکوک'); // → 'كركوك'
 * ```
 */
export const foldPersianLetters: (text: string) => string = single({ persianLetters: true }, 'foldPersianLetters');

/**
 * Converts Arabic presentation forms and ligatures (U+FB50–FDFF, U+FE70–FEFF) to base letters; ﻻ → لا.
 * Word ligatures such as ﷺ are left alone (they expand under the `search` preset of {@link normalize}).
 * @example
 * ```ts
 * foldPresentationForms('ﻻ ﺣﻠﺐ'); // → 'لا حلب'
 * ```
 */
export const foldPresentationForms: (text: string) => string = single(
  { presentationForms: true },
  'foldPresentationForms',
);

/**
 * Removes invisible format marks: ZWJ, ZWNJ, LRM, RLM, ALM (U+061C), bidi controls, word joiner, soft hyphen, BOM.
 * @example
 * ```ts
 * removeInvisibles('حل\u200Cب\u200F'); // → 'حلب'
 * ```
 */
export const removeInvisibles: (text: string) => string = single({ invisibles: true }, 'removeInvisibles');

/**
 * Turns no-break and typographic spaces into ASCII spaces, one for one.
 * @example
 * ```ts
 * unifyWhitespace('طائرات\u00A0روسيا'); // → 'طائرات روسيا'
 * ```
 */
export const unifyWhitespace: (text: string) => string = single({ whitespace: true }, 'unifyWhitespace');

/**
 * Converts Arabic punctuation to ASCII: ، → , and ؛ → ; and ؟ → ?
 * @example
 * ```ts
 * foldPunctuation('حلب، إدلب؛ لماذا؟'); // → 'حلب, إدلب; لماذا?'
 * ```
 */
export const foldPunctuation: (text: string) => string = single({ punctuation: true }, 'foldPunctuation');

/**
 * Composes a letter with a following combining madda/hamza into one code point, as NFC does: ا + ◌ٔ → أ.
 * @example
 * ```ts
 * composeHamza('ا\u0654حمد'); // → 'أحمد'
 * ```
 */
export const composeHamza: (text: string) => string = single({ composeHamza: true }, 'composeHamza');
