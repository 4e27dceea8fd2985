/**
 * Layer 1: Arabic normalization with an offset map back to the original text.
 * @module normalize
 */
export {
  normalize, normalizeWithOffsets, toOriginalSpan, type NormalizedText, type OriginalSpan,
} from './normalize.js';
export {
  composeHamza, foldAlef, foldDigits, foldHamzaCarriers, foldPersianLetters, foldPresentationForms, foldPunctuation,
  foldTaMarbuta, foldYa, removeInvisibles, stripDiacritics, stripTatweel, unifyWhitespace,
} from './operations.js';
export { PRESETS, type NormalizeFlags, type NormalizeOptions, type NormalizePreset } from './options.js';
