/**
 * Character tables for each normalization operation, as data.
 *
 * A table maps UTF-16 code units to a replacement string ("" deletes). Ranges keep the data small: the
 * `hasila/normalize` entry has a 3 KB budget, so the presentation-form table is derived at compile time
 * from the platform's NFKC (see {@link presentationForms}) instead of being spelled out here.
 */

/** A code-unit range `[from, to]` (inclusive) mapped to one replacement, or a single unit → replacement. */
export type CharRule = readonly [from: number, to: number, replacement: string | ((code: number) => string)];

const DELETE = '';

/** Harakat, tanween, shadda, sukun, dagger alef, combining hamza/madda, Quranic annotations, honorifics. */
export const DIACRITICS: readonly CharRule[] = [
  [0x0610, 0x061a, DELETE], // honorific and Quranic signs above letters
  [0x064b, 0x065f, DELETE], // tanween, harakat, shadda, sukun, combining hamza/madda, other marks
  [0x0670, 0x0670, DELETE], // dagger (superscript) alef: delete, never fold to ا
  [0x06d6, 0x06dc, DELETE], // Quranic small high ligatures and marks
  [0x06df, 0x06e4, DELETE],
  [0x06e7, 0x06e8, DELETE],
  [0x06ea, 0x06ed, DELETE],
  [0x0897, 0x089f, DELETE], // Arabic Extended-B combining marks (Unicode 14/16)
  [0x08ca, 0x08e1, DELETE], // Arabic Extended-A combining marks (U+08CA–08D2 since Unicode 14)
  [0x08e3, 0x08ff, DELETE],
];

export const TATWEEL: readonly CharRule[] = [[0x0640, 0x0640, DELETE]];

/** أ إ آ ٱ and the wavy-hamza alefs → bare alef. */
export const ALEF: readonly CharRule[] = [
  [0x0622, 0x0623, '\u0627'],
  [0x0625, 0x0625, '\u0627'],
  [0x0671, 0x0673, '\u0627'],
];

/** Alef maqsura ى → ya ي (never the reverse, and never ى → ا). */
export const YA: readonly CharRule[] = [[0x0649, 0x0649, '\u064a']];

/** Ta marbuta ة → ha ه. */
export const TA_MARBUTA: readonly CharRule[] = [[0x0629, 0x0629, '\u0647']];

/** Hamza on carriers: ؤ → و, ئ → ي (destructive for meaning; opt-in). */
export const HAMZA_CARRIERS: readonly CharRule[] = [
  [0x0624, 0x0624, '\u0648'],
  [0x0626, 0x0626, '\u064a'],
];

/** Arabic-Indic ٠–٩ and Persian/Urdu ۰–۹ digits → ASCII. */
export const DIGITS: readonly CharRule[] = [
  [0x0660, 0x0669, (c) => String.fromCharCode(c - 0x0660 + 0x30)],
  [0x06f0, 0x06f9, (c) => String.fromCharCode(c - 0x06f0 + 0x30)],
];

/** Persian and Urdu letter shapes → their Arabic letters (ک ی ە ۀ ی ے). */
export const PERSIAN_LETTERS: readonly CharRule[] = [
  [0x06a9, 0x06a9, '\u0643'], // ک keheh → ك
  [0x06cc, 0x06cc, '\u064a'], // ی Farsi yeh → ي
  [0x06d5, 0x06d5, '\u0647'], // ە ae → ه
  [0x06c0, 0x06c1, '\u0647'], // ۀ heh with yeh above, ہ heh goal → ه
];

/** Format and invisible marks that split or hide words: deleted, never turned into spaces. */
export const INVISIBLES: readonly CharRule[] = [
  [0x00ad, 0x00ad, DELETE], // soft hyphen
  [0x061c, 0x061c, DELETE], // Arabic letter mark
  [0x180e, 0x180e, DELETE], // Mongolian vowel separator (old Zs-turned-Cf)
  [0x200b, 0x200f, DELETE], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e, DELETE], // bidi embeddings and overrides
  [0x2060, 0x2064, DELETE], // word joiner, invisible operators
  [0x2066, 0x2069, DELETE], // bidi isolates
  [0xfeff, 0xfeff, DELETE], // BOM / zero-width no-break space
];

/** No-break and typographic spaces → ASCII space (one for one, so nothing moves). */
export const WHITESPACE: readonly CharRule[] = [
  [0x00a0, 0x00a0, ' '],
  [0x1680, 0x1680, ' '],
  [0x2000, 0x200a, ' '],
  [0x202f, 0x202f, ' '],
  [0x205f, 0x205f, ' '],
  [0x3000, 0x3000, ' '],
];

/** Arabic comma, semicolon and question mark → ASCII (opt-in: the tokenizer knows both). */
export const PUNCTUATION: readonly CharRule[] = [
  [0x060c, 0x060c, ','],
  [0x061b, 0x061b, ';'],
  [0x061f, 0x061f, '?'],
];

/** The Arabic presentation-form blocks: U+FB50–FDFF and U+FE70–FEFF. */
export const PRESENTATION_RANGES: readonly (readonly [number, number])[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/** Word ligatures (ﷺ ﷻ ﷲ …): expanded only when asked, as they turn one sign into whole words. */
export const WORD_LIGATURES: readonly (readonly [number, number])[] = [[0xfdf0, 0xfdfd]];

/**
 * Presentation forms and ligatures → base letters, from the platform's NFKC of each code unit (lossless for
 * لأ لإ لآ, whose hamza NFKC keeps). `wordLigatures` decides whether ﷺ-like signs expand into words.
 */
export function presentationForms(wordLigatures: boolean): CharRule[] {
  const rules: CharRule[] = [];
  for (const [from, to] of PRESENTATION_RANGES) {
    for (let c = from; c <= to; c++) {
      if (c === 0xfeff) continue; // BOM belongs to the invisibles
      if (!wordLigatures && c >= WORD_LIGATURES[0]![0] && c <= WORD_LIGATURES[0]![1]) continue;
      const ch = String.fromCharCode(c);
      const base = ch.normalize('NFKC');
      // Isolated harakat forms (U+FE70…) decompose to a space + mark; keep only the mark.
      if (base !== ch) rules.push([c, c, base.length > 1 && base[0] === ' ' ? base.slice(1) : base]);
    }
  }
  return rules;
}

/**
 * Canonical compositions of a letter with a following combining madda/hamza (U+0653–0655), as NFC does:
 * `ا + ◌ٔ → أ`. Applied before the other folds so that decomposed input folds like composed input.
 */
export const HAMZA_COMPOSITIONS: Readonly<Record<number, Readonly<Record<number, number>>>> = {
  0x0627: { 0x0653: 0x0622, 0x0654: 0x0623, 0x0655: 0x0625 },
  0x0648: { 0x0654: 0x0624 },
  0x064a: { 0x0654: 0x0626 },
  0x06c1: { 0x0654: 0x06c2 },
  0x06d2: { 0x0654: 0x06d3 },
  0x06d5: { 0x0654: 0x06c0 },
};
