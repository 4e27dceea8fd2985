/**
 * Lines broken inside a sentence. Pages copied from print or from narrow columns break lines anywhere («ارتفع عدد⏎قتلى
 * القصف إلى 25»), while a headline or a caption ends its own line. A line that ends on a word that cannot end a phrase
 * — a preposition, a conjunction, a relative or «أن», a noun that needs the word after it — goes on past the break.
 * @module tokenize/line-breaks
 */

/** Words (search-normalized: ى is ي, أ/إ are ا) after which a phrase cannot end. */
const GOES_ON: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // Prepositions and their like.
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'حتي', 'منذ', 'بين', 'عند', 'لدي', 'حول', 'خلال', 'ضد', 'عبر', 'جراء', 'اثر',
  'بحق', 'تجاه', 'بسبب', 'نتيجه', 'بفعل',
  // Conjunctions, complementizers and relatives.
  'و', 'ف', 'ثم', 'او', 'ام', 'بل', 'لكن', 'ان', 'انه', 'انها', 'لان', 'كي', 'لكي', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'ما', 'مما',
  // Nouns in construct that need what follows: «عدد القتلى»، «نحو 20» (not «أحد»، «أكثر»: «لم يصب أحد»، «أو أكثر»).
  'عدد', 'اعداد', 'كل', 'كافه', 'جميع', 'بعض', 'نحو', 'قرابه', 'حوالي',
]);

/**
 * Whether a line break after the word `word` (a token's search-normalized text) leaves its sentence open.
 * @internal
 */
export function goesOnPastLineBreak(word: string): boolean {
  return GOES_ON.has(word);
}
