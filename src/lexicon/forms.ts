/**
 * How a written form becomes matchable words, and which inflected surfaces each word stands for.
 * @module lexicon/forms
 */
import { KEEP } from '../normalize/engine.js';
import { searchFold, searchNormalize } from '../normalize/normalize.js';
import { charClass, tokenize } from '../tokenize/index.js';
import type { EntryType, LexiconEntry } from './types.js';

/** How a word of a form inflects: noun/adjective endings, verb endings, or not at all. */
export type InflectMode = 'nominal' | 'verb' | 'none';

/**
 * How the first and the later words of an entry's forms inflect: verbs (casualty words with `pos: 'verb'`) take
 * verb endings on their first word; places and entries with `inflect: false` do not inflect; the rest are nominal.
 * @internal
 */
export function modesOf(type: EntryType, entry: Pick<LexiconEntry, 'inflect'> & { pos?: string }): { firstMode: InflectMode; innerMode: InflectMode } {
  const inflect = entry.inflect ?? type !== 'places';
  if (!inflect) return { firstMode: 'none', innerMode: 'none' };
  if (type === 'casualtyWords' && entry.pos === 'verb') return { firstMode: 'verb', innerMode: 'nominal' };
  return { firstMode: 'nominal', innerMode: 'nominal' };
}

/**
 * The search-normalized words of a form; punctuation (quotes, brackets, dashes) is dropped because the matcher
 * steps over it.
 * @internal
 */
/**
 * The first words of compound place names that writers join to the name or set apart from it: «خان يونس» and
 * «خانيونس», «كفرنبودة» and «كفر نبودة», «تل عفر» and «تلعفر» (search-normalized).
 */
const COMPOUND_HEADS: readonly string[] = ['كفر', 'خان', 'دير', 'تل', 'عين', 'بيت', 'معره', 'جسر', 'راس', 'بير', 'ابو', 'ام', 'برج', 'مجدل', 'قصر', 'بني'];

/**
 * The other spelling of a compound place name given as its words: joined when written apart, apart when written
 * joined (the name after its head of at least three letters). @internal
 */
export function compoundSpellings(words: readonly string[]): string[][] {
  if (words.length === 2 && COMPOUND_HEADS.includes(words[0]!)) return [[words[0]! + words[1]!]];
  if (words.length !== 1) return [];
  const head = COMPOUND_HEADS.find((h) => words[0]!.startsWith(h) && words[0]!.length - h.length >= 3);
  return head ? [[head, words[0]!.slice(head.length)]] : [];
}

export function formWords(form: string): string[] {
  // Most forms are one word of letters the search fold keeps as they are (the casualty layer asks of its matches'
  // forms again and again): that word, without folding and tokenizing it.
  if (plainWord(form)) return [form];
  const out: string[] = [];
  for (const t of tokenize(searchNormalize(form))) if (t.kind !== 'punct') out.push(t.text);
  return out;
}

/** Whether `form` is letters only (tokenize's class 1), each kept by the search fold: then it is its own one word. */
function plainWord(form: string): boolean {
  const { codes } = searchFold();
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (codes[c] !== KEEP || charClass(c) !== 1) return false;
  }
  return form.length > 0;
}

/** True when a normalized word starts with the definite article and has a stem of at least two letters after it. */
export function hasArticle(word: string): boolean {
  return word.length >= 4 && word.charCodeAt(0) === 0x627 && word.charCodeAt(1) === 0x644;
}

/** How a surface relates to the word it inflects: the suffix added (possibly after dropping a final ه). */
export interface Inflection {
  /** The ending the surface has instead of the base's ('' for the base itself): 'ين', 'ون', 'ا', 'ات', 'ها'… */
  readonly suffix: string;
  /** The inflected word as written (normalized). */
  readonly surface: string;
}

// Endings of nouns and adjectives, as normalized text (ة is ه, ى is ي): gender and number endings, the
// accusative tanween alif, the construct plural (مقاتلي، مقاتلو), and possessive pronouns.
const NOUN_ENDINGS = ['ه', 'ات', 'ون', 'ين', 'ا', 'ان', 'تان', 'تين', 'ي', 'و'] as const;
const NISBA_ENDINGS = ['ه', 'ون', 'ين', 'ا', 'ان', 'ات', 'تان', 'تين'] as const;
/** Possessive pronoun suffixes: «ها» her/its, «هم» their, «هما» their (two), «هن» their (feminine). @internal */
export const PRONOUNS: readonly string[] = ['ها', 'هم', 'هما', 'هن'];
/**
 * The pronouns after a derived ending (ات، ي، و, and the «ت» of a noun in ة): with «ه» his/its too, which there
 * cannot be the feminine ending — «ضرباته» his strikes, «مقاتليه» his fighters (from a form written as a plural),
 * «إصابته» his injury, «وفاته» his death (from «إصابة»، «وفاة»).
 */
const PRONOUNS_AFTER_ENDING: readonly string[] = ['ه', ...PRONOUNS];
// Perfect-tense verb endings: she/you (ت), they (وا, and the common و), dual (ا, تا), feminine plural (ن).
const VERB_ENDINGS = ['ت', 'وا', 'و', 'ا', 'تا', 'ن', 'نا'] as const;

/**
 * Whether a (normalized) noun takes the sound masculine plural, so that «ي» + a pronoun on it is that plural in
 * construct («موظفيها» its employees) rather than a dual: nisbas (…ي), participles (م…: «مقاتل»، «مسعف») and the
 * active participle فاعل («لاجئ»، «نازح»، «سائق»). @internal
 */
export function takesSoundPlural(base: string): boolean {
  return base.endsWith('ي') || (base.startsWith('م') && base.length >= 4) || (base.length === 4 && base[1] === 'ا');
}

/**
 * Whether a stem's «ـي/ـو» may be a sound plural in construct: {@link takesSoundPlural}, the intensive فعّال
 * («صياد»، «قناص»: «قناصي النظام») and a participle of three letters («مصل» of «مصلين»). @internal
 */
export function soundPluralStem(base: string): boolean {
  return takesSoundPlural(base) || (base.length === 4 && base[2] === 'ا') || (base.length === 3 && base.startsWith('م'));
}

/** Words of fewer letters are too ambiguous to inflect. */
const MIN_INFLECT = 3;

/**
 * The surfaces a base word stands for, each with its suffix. `nominal` words take gender/number/case endings
 * (a final ه is the feminine ending: حكومه → حكومات، حكومتها) and possessive pronouns; verbs take perfect-tense
 * subject endings. The base itself is always first.
 * @internal
 */
export function inflections(base: string, mode: InflectMode): Inflection[] {
  const out: Inflection[] = [{ suffix: '', surface: base }];
  if (mode === 'none' || base.length < MIN_INFLECT) return out;
  // Adds the surface stem + suffix, unless it is the base itself (already first).
  const add = (stem: string, suffix: string): void => {
    const surface = stem + suffix;
    if (surface !== base) out.push({ suffix, surface });
  };
  const last = base.charCodeAt(base.length - 1);
  if (mode === 'verb') {
    if (last === 0x627 /* ا */ || last === 0x64a /* ي */) return out; // defective verbs inflect irregularly: list them
    for (const e of VERB_ENDINGS) add(base, e);
    return out;
  }
  // A noun in و takes the accusative, dual and plural endings only: «عضواً»، «عضوان»، «عضوين».
  if (last === 0x648 /* و */) {
    for (const e of ['ا', 'ان', 'ين']) add(base, e);
    return out;
  }
  if (last === 0x627 /* ا */ || last === 0x621 /* ء */) return out;
  // A sound plural or dual written in one case stands for the others: الحوثيون → الحوثيين، مقاتلين → مقاتلو.
  // Not from a stem of two letters («هاون»، «درون»: «هاي»، «بدران»); the construct («مسلحي التنظيم»، «صياديها») only of a
  // noun that takes the sound plural («السارين» is no plural: «الساري» is another word) — a dual in «ان» keeps its
  // pronouns («أبويه»).
  const plural = base.endsWith('ون') || base.endsWith('ين') || base.endsWith('ان') ? base.slice(0, -2) : undefined;
  if (plural !== undefined && plural.length >= 3) {
    for (const e of ['ون', 'ين', 'ان']) add(plural, e);
    const sound = soundPluralStem(plural);
    if (sound) for (const e of ['و', 'ي']) add(plural, e);
    if (sound || base.endsWith('ان')) {
      for (const p of PRONOUNS_AFTER_ENDING) {
        add(plural, 'ي' + p);
        add(plural, 'و' + p);
      }
    }
  }
  if (last === 0x647 /* ه: ta marbuta */) {
    const stem = base.slice(0, -1);
    for (const e of ['ات', 'تان', 'تين']) add(stem, e);
    // The dual in construct with a pronoun drops its ن: «سيدتاها»، «طفلتيه».
    for (const p of PRONOUNS_AFTER_ENDING) for (const e of ['ت', 'ات', 'تا', 'تي']) add(stem, e + p);
    return out;
  }
  for (const e of last === 0x64a ? NISBA_ENDINGS : NOUN_ENDINGS) add(base, e);
  for (const p of PRONOUNS) add(base, p);
  // «موظفيها»، «مقاتلوه»، «مدنييها»: the sound plural in construct with a pronoun, on the nouns that take that plural.
  // Not «يه» but on a nisba: on another noun it is a nisba in ة («مسؤولية»، «مديرية»).
  const soundPlural = takesSoundPlural(base);
  if (soundPlural) {
    for (const p of PRONOUNS_AFTER_ENDING) {
      if (p !== 'ه' || last === 0x64a) add(base, 'ي' + p);
      add(base, 'و' + p);
    }
  }
  // «طفلاها»، «مرافقاه»: the nominative dual in construct with a pronoun. Not the genitive «ي» + pronoun, which is
  // also a sound plural's construct («مسؤوليها» its officials) or a nisba in ة («مديرية»، «مسؤولية»).
  if (last !== 0x64a) for (const p of PRONOUNS_AFTER_ENDING) add(base, 'ا' + p);
  // «طاقميهما»، «طفليها»: the genitive dual with her/their, on a noun that takes no sound plural (on one that does, «ي» +
  // pronoun is the plural's, above). Not «يه» (a nisba in ة: «عنصرية»); two-letter «أخ»، «أب» do not inflect.
  if (!soundPlural) for (const p of PRONOUNS) add(base, 'ي' + p);
  // The derived feminine plural takes every pronoun: «هجماته»، «هجماتها».
  for (const p of PRONOUNS_AFTER_ENDING) add(base, 'ات' + p);
  return out;
}
