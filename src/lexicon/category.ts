/**
 * A category for an actor written without one, read from its names: users of other conflicts should not have to
 * learn the dataset's classes to get `government` for an army and `armed-group` for a militia.
 * @module lexicon/category
 */
import { describe } from '../normalize/options.js';
import { isRecord } from './define.js';
import { formWords } from './forms.js';
import type { ActorCategory, ActorEntry } from './types.js';

// Words of a name that say what kind of actor it is, most telling first; normalized when first used.
const CUES: readonly (readonly [ActorCategory, readonly string[]])[] = [
  ['isis', ['داعش', 'الدولة الإسلامية']],
  ['international-coalition', ['التحالف', 'تحالف']],
  ['armed-group', ['ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات', 'جماعة', 'حركة', 'تنظيم', 'فصائل', 'فصيل', 'كتائب', 'كتيبة', 'ألوية', 'سرايا', 'مسلحو', 'مسلحي', 'متمردي', 'المتمردين', 'المتمردون', 'الثوار', 'المقاومة', 'عصابات', 'مجلس شورى']],
  ['government', ['الجيش', 'جيش', 'الحكومة', 'حكومة', 'الحكومية', 'الشرطة', 'شرطة', 'الأمن', 'وزارة', 'القوات المسلحة', 'سلاح الجو', 'الحرس', 'الرئاسة', 'الدولة']],
];

let normalized: readonly (readonly [ActorCategory, readonly (readonly string[])[]])[] | undefined;

/**
 * The category an actor's names suggest, or `undefined` when they say nothing: a name holding an ISIS name is
 * `isis`, a coalition `international-coalition`, a militia, movement, faction or rebel word `armed-group`, an
 * army, government, police or security word `government`. Its forms are read in order; the first that has a
 * cue decides.
 *
 * @throws TypeError when `actor` is not an entry with `labels` and `forms`
 * @example
 * ```ts
 * guessCategory({ id: 'x', labels: { ar: 'ميليشيا الحوثي', en: 'Houthis' }, forms: ['الحوثيون', 'ميليشيا الحوثي'] }); // → 'armed-group'
 * guessCategory({ id: 'y', labels: { ar: 'الجيش الصومالي', en: 'SNA' }, forms: ['الجيش الصومالي'] }); // → 'government'
 * guessCategory({ id: 'z', labels: { ar: 'فلان', en: 'X' }, forms: ['فلان'] }); // → undefined
 * ```
 */
export function guessCategory(actor: Pick<ActorEntry, 'forms' | 'labels'>): ActorCategory | undefined {
  if (!isRecord(actor) || !Array.isArray(actor.forms) || !isRecord(actor.labels)) {
    throw new TypeError(`guessCategory: argument 'actor' must be an actor entry with labels and forms, got ${describe(actor)}`);
  }
  normalized ??= CUES.map(([category, cues]) => [category, cues.map(formWords)] as const);
  for (const form of [actor.labels.ar, ...actor.forms]) {
    const words = formWords(form);
    for (const [category, cues] of normalized) {
      if (cues.some((cue) => words.some((_, i) => cue.every((w, j) => words[i + j] === w)))) return category;
    }
  }
  return undefined;
}
