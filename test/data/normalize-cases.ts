/**
 * Normalization examples as data: input → expected output. They are the tests of `test/normalize.test.ts` and the
 * examples of `docs/normalization.md`. Phrases are written for these tests in the style of Arabic news (Egyptian
 * «فى»/«الشرقى», «مائة الف», «الـ72», «الـ 24»); invisible characters are written as `\u` escapes.
 */
import type { NormalizeOptions } from '../../src/normalize/index.js';

/** The single-operation functions, by export name. */
export type OperationName =
  | 'stripDiacritics'
  | 'stripTatweel'
  | 'foldAlef'
  | 'foldYa'
  | 'foldTaMarbuta'
  | 'foldHamzaCarriers'
  | 'foldDigits'
  | 'foldPersianLetters'
  | 'foldPresentationForms'
  | 'removeInvisibles'
  | 'unifyWhitespace'
  | 'foldPunctuation'
  | 'composeHamza';

/** `[input, expected, why]` for one operation applied on its own. */
export type Case = readonly [input: string, expected: string, why: string];

export const OPERATION_CASES: Readonly<Record<OperationName, readonly Case[]>> = {
  stripDiacritics: [
    ['قُتِلَ', 'قتل', 'harakat'],
    ['مدنياً وجريحٍ وشهيدٌ', 'مدنيا وجريح وشهيد', 'the three tanween'],
    ['الشَّرقيّ', 'الشرقي', 'shadda'],
    ['قصْف', 'قصف', 'sukun'],
    ['هٰذا الرحمٰن', 'هذا الرحمن', 'dagger alef is deleted, never turned into ا'],
    ['محمد\u0610', 'محمد', 'honorific sign above (U+0610)'],
    ['الرحيم\u06D6', 'الرحيم', 'Quranic small high ligature (U+06D6)'],
    ['قل\u06E1', 'قل', 'Quranic small high dotless head of khah (U+06E1)'],
    ['ب\u08F0', 'ب', 'Arabic Extended-A open fathatan (U+08F0)'],
    ['ب\u08CA', 'ب', 'Arabic Extended-A small high farsi yeh (U+08CA, Unicode 14)'],
    ['ب\u0898', 'ب', 'Arabic Extended-B small high word al-juz (U+0898, Unicode 14)'],
    ['ا\u0654', 'ا', 'on its own it deletes a combining hamza: normalize() composes first (see composeHamza)'],
    ['أإآ ؤئ ء', 'أإآ ؤئ ء', 'precomposed hamza letters are letters, not diacritics'],
    ['الـ72 ١٢', 'الـ72 ١٢', 'tatweel and digits are other operations'],
    ['', '', 'empty'],
  ],
  stripTatweel: [
    ['الـ72 ساعة', 'ال72 ساعة', '«الـ72»: the article stays joined to the number'],
    ['خلال الـ 24 ساعة', 'خلال ال 24 ساعة', '«الـ 24»'],
    ['جـــداً', 'جداً', 'a run of kashida; the tanween is another operation'],
    ['ـ', '', 'a lone tatweel'],
  ],
  foldAlef: [
    ['إدلب', 'ادلب', 'alef with hamza below'],
    ['أمس', 'امس', 'alef with hamza above'],
    ['آلاف', 'الاف', 'alef with madda'],
    ['ٱلله', 'الله', 'alef wasla'],
    ['\u0672\u0673', 'اا', 'alefs with wavy hamza'],
    ['ء ؤ ئ ى', 'ء ؤ ئ ى', 'other hamza forms and alef maqsura are not alef'],
  ],
  foldYa: [
    ['فى', 'في', 'Egyptian «فى»'],
    ['ريف إدلب الشرقى', 'ريف إدلب الشرقي', 'Egyptian «الشرقى»'],
    ['على مستشفى', 'علي مستشفي', 'every ى folds, even where standard spelling has ى (so both spellings meet)'],
    ['دمى', 'دمي', 'never ى → ا («دمى» must not become «دما»)'],
    ['في ئ', 'في ئ', 'ي and ئ stay'],
  ],
  foldTaMarbuta: [
    ['مائة', 'مائه', '«مائة» meets «مائه»'],
    ['غارة جوية', 'غاره جويه', 'every ة'],
    ['ه', 'ه', 'ha stays'],
  ],
  foldHamzaCarriers: [
    ['مسؤول', 'مسوول', 'ؤ → و'],
    ['رئيس', 'رييس', 'ئ → ي'],
    ['أ إ ء', 'أ إ ء', 'alef hamza and lone hamza stay'],
  ],
  foldDigits: [
    ['قتل ١٢٣ شخصا', 'قتل 123 شخصا', 'Arabic-Indic digits'],
    ['۴۵۶', '456', 'Persian digits'],
    ['٠٩ ۰۹ 09', '09 09 09', 'all three digit sets'],
    ['١٢٫٥ ١٬٠٠٠ ٥٠٪', '12٫5 1٬000 50٪', 'separators and ٪ are left to number reading'],
  ],
  foldPersianLetters: [
    ['کرکوک', 'كركوك', 'keheh ک → ك'],
    ['ایران', 'ايران', 'Farsi yeh ی → ي'],
    ['ە ۀ ہ', 'ه ه ه', 'ae, heh with yeh above, heh goal → ه'],
    ['پ چ ژ گ', 'پ چ ژ گ', 'letters Arabic lacks stay'],
  ],
  foldPresentationForms: [
    ['ﻻ', 'لا', 'lam-alef ligature expands to two letters'],
    ['ﻷ ﻹ ﻵ', 'لأ لإ لآ', 'lam-alef ligatures keep their hamza or madda'],
    ['ﺣﻠﺐ', 'حلب', 'initial, medial and final forms'],
    ['ﭖ', 'پ', 'U+FB50 block'],
    ['ﹰ', 'ً', 'isolated tanween form → the mark, without NFKC\'s space'],
    ['ﹱ', 'ـً', 'tatweel-with-tanween form → tatweel + mark'],
    ['ﱞ', 'ٌّ', 'shadda ligature form → the marks, without NFKC\'s space'],
    ['ﷺ ﷲ', 'ﷺ ﷲ', 'word ligatures stay (the search preset expands them)'],
  ],
  removeInvisibles: [
    ['حل\u200Cب', 'حلب', 'ZWNJ'],
    ['حل\u200Dب', 'حلب', 'ZWJ'],
    ['\u200Fحلب\u200E', 'حلب', 'RLM and LRM'],
    ['\u061Cحلب', 'حلب', 'Arabic letter mark (U+061C)'],
    ['\uFEFFحلب', 'حلب', 'BOM'],
    ['حل\uFEFFب', 'حلب', 'zero-width no-break space inside a word'],
    ['حل\u00ADب', 'حلب', 'soft hyphen'],
    ['حل\u200Bب', 'حلب', 'zero-width space: deleted, never a space'],
    ['حل\u2060ب', 'حلب', 'word joiner'],
    ['\u202Bحلب\u202C', 'حلب', 'bidi embedding'],
    ['\u2067حلب\u2069', 'حلب', 'bidi isolate'],
    ['حلب ادلب\n', 'حلب ادلب\n', 'spaces and newlines stay'],
  ],
  unifyWhitespace: [
    ['طائرات\u00A0روسية', 'طائرات روسية', 'no-break space (found in news text)'],
    ['52\u202Fقتيلا', '52 قتيلا', 'narrow no-break space'],
    ['حلب\u2009ادلب\u3000حماة', 'حلب ادلب حماة', 'thin and ideographic spaces'],
    ['حلب\tادلب\nحماة', 'حلب\tادلب\nحماة', 'tabs and newlines stay'],
  ],
  foldPunctuation: [
    ['حلب، ادلب؛ لماذا؟', 'حلب, ادلب; لماذا?', 'comma, semicolon, question mark'],
    ['٪ ٫ . !', '٪ ٫ . !', 'other signs stay'],
  ],
  composeHamza: [
    ['ا\u0654حمد', 'أحمد', 'alef + hamza above'],
    ['ا\u0655دلب', 'إدلب', 'alef + hamza below'],
    ['ا\u0653لاف', 'آلاف', 'alef + madda'],
    ['مسو\u0654ول ري\u0654يس', 'مسؤول رئيس', 'waw and ya + hamza'],
    ['ا\u064E\u0654', 'أ\u064E', 'NFD order (harakat before the hamza) composes as NFC does'],
    ['ب\u0654 \u0654', 'ب\u0654 \u0654', 'no composition without a base that takes one'],
    ['أحمد', 'أحمد', 'precomposed text is unchanged'],
  ],
};

/** `[input, search, display, why]`: the two presets side by side. */
export type PresetCase = readonly [input: string, search: string, display: string, why: string];

export const PRESET_CASES: readonly PresetCase[] = [
  ['قُتِلَ ثلاثةُ مدنيين فى قصفٍ على ريف إدلب الشرقى', 'قتل ثلاثه مدنيين في قصف علي ريف ادلب الشرقي',
    'قُتِلَ ثلاثةُ مدنيين فى قصفٍ على ريف إدلب الشرقى', 'Egyptian spelling, harakat, alef, ta marbuta'],
  ['نزوح مائة الف شخص', 'نزوح مائه الف شخص', 'نزوح مائة الف شخص', '«مائة الف»'],
  ['خلال الـ72 ساعة الماضية', 'خلال ال72 ساعه الماضيه', 'خلال الـ72 ساعة الماضية', '«الـ72»'],
  ['في الـ 24 ساعة الأخيرة', 'في ال 24 ساعه الاخيره', 'في الـ 24 ساعة الأخيرة', '«الـ 24»'],
  ['الذى', 'الذي', 'الذى', '«الذى» meets «الذي»'],
  ['إدلب وادلب', 'ادلب وادلب', 'إدلب وادلب', 'both spellings of Idlib meet'],
  ['قتل ٥٢ و۱۲ و7', 'قتل 52 و12 و7', 'قتل ٥٢ و۱۲ و7', 'digits fold only for search'],
  ['مسؤول رئيس', 'مسؤول رئيس', 'مسؤول رئيس', 'hamza carriers are opt-in'],
  ['حلب، ادلب؟', 'حلب، ادلب؟', 'حلب، ادلب؟', 'punctuation is opt-in'],
  ['ﻻ ﻷسباب', 'لا لاسباب', 'لا لأسباب', 'lam-alef ligatures in both; hamza kept for display'],
  ['ﺣﻠﺐ', 'حلب', 'حلب', 'letter presentation forms in both'],
  ['ﷺ', 'صلي الله عليه وسلم', 'ﷺ', 'word ligatures only in search'],
  ['ﷲ', 'الله', 'ﷲ', 'word ligatures only in search'],
  ['ﹰﹲﹴﹶﹸﹺﹼﹾ', '', 'ًٌٍَُِّْ', 'isolated harakat forms: marks for display, gone for search'],
  ['ا\u0654حمد', 'احمد', 'أحمد', 'NFC composition first, then the alef fold'],
  ['ا\u064E\u0654', 'ا', 'أ\u064E', 'NFD order composes too'],
  ['\uFEFFقتل', 'قتل', 'قتل', 'a leading BOM is stripped by both'],
  ['\uFEFF\uFEFFقتل', 'قتل', 'قتل', 'so is a doubled one'],
  ['قت\uFEFFل', 'قتل', 'قت\uFEFFل', 'a BOM inside the text is an invisible (search only)'],
  ['حل\u200Cب\u200F', 'حلب', 'حل\u200Cب\u200F', 'invisibles'],
  ['طائرات\u00A0روسية', 'طائرات روسيه', 'طائرات\u00A0روسية', 'no-break space'],
  ['کرکوک ایران', 'كركوك ايران', 'کرکوک ایران', 'Persian letters'],
  ['جـــداً', 'جدا', 'جـــداً', 'tatweel and tanween'],
  ['', '', '', 'empty'],
  ['Hello, world! 42', 'Hello, world! 42', 'Hello, world! 42', 'non-Arabic text passes through'],
  ['Привет 😀 שלום', 'Привет 😀 שלום', 'Привет 😀 שלום', 'other scripts and astral characters'],
  ['\uD800 x \uDC00', '\uD800 x \uDC00', '\uD800 x \uDC00', 'lone surrogates pass through'],
];

/** `[input, options, expected, why]`: single operations switched against a preset. */
export type OptionCase = readonly [input: string, options: NormalizeOptions, expected: string, why: string];

export const OPTION_CASES: readonly OptionCase[] = [
  ['مسؤول رئيس', { hamzaCarriers: true }, 'مسوول رييس', 'hamza carriers on request'],
  ['حلب، ادلب؟', { punctuation: true }, 'حلب, ادلب?', 'punctuation on request'],
  ['مائة', { taMarbuta: false }, 'مائة', 'ta marbuta off'],
  ['فى', { ya: false }, 'فى', 'ya off'],
  ['إدلب', { alef: false }, 'إدلب', 'alef off'],
  ['قُتِلَ', { diacritics: false }, 'قُتِلَ', 'diacritics off'],
  ['الـ72', { tatweel: false }, 'الـ72', 'tatweel off'],
  ['٥٢', { digits: false }, '٥٢', 'digits off'],
  ['کرکوک', { persianLetters: false }, 'کرکوک', 'Persian letters off'],
  ['حل\u200Cب', { invisibles: false }, 'حل\u200Cب', 'invisibles off'],
  ['ا\u00A0ب', { whitespace: false }, 'ا\u00A0ب', 'whitespace off'],
  ['ﻻ', { presentationForms: false }, 'ﻻ', 'presentation forms off'],
  ['ﷺ', { wordLigatures: false }, 'ﷺ', 'word ligatures off in search'],
  ['ا\u0654حمد', { alef: false }, 'أحمد', 'composition keeps the hamza for alef: false'],
  ['ا\u0654حمد', { alef: false, composeHamza: false }, 'احمد', 'without composition the combining hamza is a diacritic'],
  ['إدلب فى', { preset: 'display', alef: true }, 'ادلب فى', 'display plus one fold'],
  ['ﷺ', { preset: 'display', wordLigatures: true }, 'صلى الله عليه وسلم', 'word ligatures on for display'],
  ['\uFEFFقتل', { preset: 'display', leadingBom: false }, '\uFEFFقتل', 'keep a leading BOM'],
  ['إدلب', { preset: 'search' }, 'ادلب', 'explicit search preset'],
  ['إدلب', {}, 'ادلب', 'empty options mean search'],
  ['إدلب', { alef: undefined }, 'ادلب', 'an option set to undefined keeps the preset'],
];

/**
 * `[input, normalizedNeedle, originalSlice, why]`: find `normalizedNeedle` in the search normalization of `input`,
 * map the span back, and get `originalSlice` of the input.
 */
export type OffsetCase = readonly [input: string, needle: string, originalSlice: string, why: string];

export const OFFSET_CASES: readonly OffsetCase[] = [
  ['قُتِلَ مدنياً', 'مدنيا', 'مدنياً', 'trailing tanween stays in the span'],
  ['قُتِلَ مدنياً', 'قتل', 'قُتِلَ', 'deleted harakat inside and after the word'],
  ['خلال الـ72 ساعة', '72', '72', 'number after a tatweel'],
  ['الـ72 ساعة', 'ال', 'الـ', 'the tatweel belongs to the article'],
  ['ﻻ بد', 'لا', 'ﻻ', 'expansion: two normalized units, one original'],
  ['ﻷسباب', 'لاسباب', 'ﻷسباب', 'expansion at the start of a word'],
  ['حل\u200Cب اليوم', 'حلب', 'حل\u200Cب', 'an invisible inside the word'],
  ['\u200Fحلب', 'حلب', 'حلب', 'an invisible before the word is not part of it'],
  ['\uFEFFقتل 3', 'قتل', 'قتل', 'the leading BOM is not part of the first word'],
  ['قتل ١٢٣ مدنياً', '123', '١٢٣', 'folded digits'],
  ['ا\u0654حمد قتل', 'احمد', 'ا\u0654حمد', 'a composed hamza spans both original units'],
  ['ا\u064E\u0654حمد', 'احمد', 'ا\u064E\u0654حمد', 'a composed cluster in NFD order'],
  ['قال ﷺ', 'الله', 'ﷺ', 'a word inside an expanded ligature maps to the whole ligature'],
  ['طائرات\u00A0روسية', 'روسيه', 'روسية', 'after a no-break space'],
];
