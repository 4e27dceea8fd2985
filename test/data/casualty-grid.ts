/**
 * A coverage grid of casualty statements composed from slots: predicate (each casualty lemma of the core lexicon in
 * the inflections news uses), victim noun, number form, victim group shape, word order, adjunct and clitic. Each
 * sentence is built in correct Arabic (agreement, case endings of duals, tens and sound plurals, the gender of the
 * small numbers) and knows the mention it states: kind, count and, where it is unambiguous, the victims' class.
 * The cross product is sampled with a seeded generator, so the grid is the same on every run.
 * test/casualty-grid.test.ts measures, per slot value, the share of cases the reader gets right.
 */
import type { Quantity } from '../../src/quantity.js';

export interface GridCase {
  text: string;
  kind: string;
  /** The count expected; `undefined` when the count is not checked. `{ vague: true }` asks for any vague count. */
  count?: Quantity | { vague: true };
  victims?: string;
  /** A statement of the future: read only with `includeNonFacts`, flagged `hypothetical`. */
  nonFact?: boolean;
  /** The slot values the sentence was built from, one per family. */
  slots: Record<string, string>;
}

type Gender = 'm' | 'f';
type Num = 'sg' | 'du' | 'pl';
type Case = 'nom' | 'acc' | 'gen';
/** Agreement of a group: number and gender. */
interface Agr { n: Num; g: Gender }

// ---------------------------------------------------------------------------------------------------------------
// Victim nouns: singular nominative/accusative, dual nominative/oblique, plural nominative/oblique, the definite
// plural a «من» group takes, gender and the class the reader should report.

interface Noun {
  id: string; cls: string; g: Gender;
  sg: [string, string]; du?: [string, string]; pl?: [string, string]; def?: string;
}

const n = (id: string, cls: string, g: Gender, sg: [string, string], du?: [string, string], pl?: [string, string], def?: string): Noun =>
  ({ id, cls, g, sg, du, pl, def });

export const NOUNS: readonly Noun[] = [
  n('مدني', 'civilians', 'm', ['مدني', 'مدنيا'], ['مدنيان', 'مدنيين'], ['مدنيون', 'مدنيين'], 'المدنيين'),
  n('مواطن', 'civilians', 'm', ['مواطن', 'مواطنا'], ['مواطنان', 'مواطنين'], ['مواطنون', 'مواطنين'], 'المواطنين'),
  n('شخص', 'people', 'm', ['شخص', 'شخصا'], ['شخصان', 'شخصين'], ['أشخاص', 'أشخاص']),
  n('طفل', 'children', 'm', ['طفل', 'طفلا'], ['طفلان', 'طفلين'], ['أطفال', 'أطفال'], 'الأطفال'),
  n('امرأة', 'women', 'f', ['امرأة', 'امرأة'], ['امرأتان', 'امرأتين'], ['نساء', 'نساء'], 'النساء'),
  n('سيدة', 'women', 'f', ['سيدة', 'سيدة'], ['سيدتان', 'سيدتين'], ['سيدات', 'سيدات']),
  n('فتاة', 'children', 'f', ['فتاة', 'فتاة'], ['فتاتان', 'فتاتين'], ['فتيات', 'فتيات']),
  n('شاب', 'people', 'm', ['شاب', 'شابا'], ['شابان', 'شابين'], ['شبان', 'شبان'], 'الشبان'),
  n('رجل', 'people', 'm', ['رجل', 'رجلا'], ['رجلان', 'رجلين'], ['رجال', 'رجال'], 'الرجال'),
  n('جندي', 'soldiers', 'm', ['جندي', 'جنديا'], ['جنديان', 'جنديين'], ['جنود', 'جنود'], 'الجنود'),
  n('ضابط', 'soldiers', 'm', ['ضابط', 'ضابطا'], ['ضابطان', 'ضابطين'], ['ضباط', 'ضباط'], 'الضباط'),
  n('شرطي', 'soldiers', 'm', ['شرطي', 'شرطيا'], ['شرطيان', 'شرطيين']),
  n('مجند', 'soldiers', 'm', ['مجند', 'مجندا'], ['مجندان', 'مجندين'], ['مجندون', 'مجندين']),
  n('نقيب', 'soldiers', 'm', ['نقيب', 'نقيبا'], ['نقيبان', 'نقيبين']),
  n('مقاتل', 'fighters', 'm', ['مقاتل', 'مقاتلا'], ['مقاتلان', 'مقاتلين'], ['مقاتلون', 'مقاتلين'], 'المقاتلين'),
  n('مسلح', 'fighters', 'm', ['مسلح', 'مسلحا'], ['مسلحان', 'مسلحين'], ['مسلحون', 'مسلحين'], 'المسلحين'),
  n('عنصر', 'fighters', 'm', ['عنصر', 'عنصرا'], ['عنصران', 'عنصرين'], ['عناصر', 'عناصر']),
  n('عضو', 'people', 'm', ['عضو', 'عضوا'], ['عضوان', 'عضوين'], ['أعضاء', 'أعضاء']),
  n('عامل', 'civilians', 'm', ['عامل', 'عاملا'], ['عاملان', 'عاملين'], ['عمال', 'عمال'], 'العمال'),
  n('مزارع', 'civilians', 'm', ['مزارع', 'مزارعا'], ['مزارعان', 'مزارعين'], ['مزارعون', 'مزارعين'], 'المزارعين'),
  n('صحفي', 'journalists', 'm', ['صحفي', 'صحفيا'], ['صحفيان', 'صحفيين'], ['صحفيون', 'صحفيين'], 'الصحفيين'),
  n('مسعف', 'medical', 'm', ['مسعف', 'مسعفا'], ['مسعفان', 'مسعفين'], ['مسعفون', 'مسعفين'], 'المسعفين'),
  n('طبيب', 'medical', 'm', ['طبيب', 'طبيبا'], ['طبيبان', 'طبيبين'], ['أطباء', 'أطباء'], 'الأطباء'),
  n('طالب', 'people', 'm', ['طالب', 'طالبا'], ['طالبان', 'طالبين'], ['طلاب', 'طلاب'], 'الطلاب'),
  n('نازح', 'people', 'm', ['نازح', 'نازحا'], ['نازحان', 'نازحين'], ['نازحون', 'نازحين'], 'النازحين'),
  n('فلسطيني', 'people', 'm', ['فلسطيني', 'فلسطينيا'], ['فلسطينيان', 'فلسطينيين'], ['فلسطينيون', 'فلسطينيين']),
  n('عراقي', 'people', 'm', ['عراقي', 'عراقيا'], ['عراقيان', 'عراقيين'], ['عراقيون', 'عراقيين']),
  n('كردي', 'people', 'm', ['كردي', 'كرديا'], ['كرديان', 'كرديين'], ['أكراد', 'أكراد']),
  n('قيادي', 'fighters', 'm', ['قيادي', 'قياديا'], ['قياديان', 'قياديين'], undefined),
  n('ناشط', 'civilians', 'm', ['ناشط', 'ناشطا'], ['ناشطان', 'ناشطين'], ['نشطاء', 'نشطاء'], 'الناشطين'),
  n('مسن', 'people', 'm', ['مسن', 'مسنا'], ['مسنان', 'مسنين'], ['مسنون', 'مسنين']),
  n('لاجئ', 'people', 'm', ['لاجئ', 'لاجئا'], ['لاجئان', 'لاجئين'], ['لاجئون', 'لاجئين'], 'اللاجئين'),
  n('رضيع', 'children', 'm', ['رضيع', 'رضيعا'], ['رضيعان', 'رضيعين'], ['رضع', 'رضع']),
  n('مواطنة', 'women', 'f', ['مواطنة', 'مواطنة'], ['مواطنتان', 'مواطنتين'], ['مواطنات', 'مواطنات']),
];

/** The adjective a group may take (a nisba): singular m nom/acc/gen, f; dual m nom/obl, f nom/obl; plural m nom/obl, f. */
const ADJ = {
  sg: { m: ['لبناني', 'لبنانيا', 'لبناني'], f: ['لبنانية', 'لبنانية', 'لبنانية'] },
  du: { m: ['لبنانيان', 'لبنانيين'], f: ['لبنانيتان', 'لبنانيتين'] },
  pl: { m: ['لبنانيون', 'لبنانيين'], f: ['لبنانيات', 'لبنانيات'] },
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Number forms. Each builds a phrase from a noun in a case and says what it counts and how a verb agrees with it.

interface Counted { text: string; count: Quantity | { vague: true }; agr: Agr; adjCase: 'sg-acc' | 'sg-gen' | 'du' | 'pl' | 'none' }

const SMALL: [number, string, string][] = [[3, 'ثلاثة', 'ثلاث'], [4, 'أربعة', 'أربع'], [6, 'ستة', 'ست'], [7, 'سبعة', 'سبع'], [9, 'تسعة', 'تسع']];
const TEENS: [number, string, string][] = [[13, 'ثلاثة عشر', 'ثلاث عشرة'], [15, 'خمسة عشر', 'خمس عشرة'], [11, 'أحد عشر', 'إحدى عشرة']];
const TENS: [number, [string, string], [string, string]][] = [
  [20, ['عشرون', 'عشرين'], ['عشرون', 'عشرين']], [25, ['خمسة وعشرون', 'خمسة وعشرين'], ['خمس وعشرون', 'خمس وعشرين']],
  [40, ['أربعون', 'أربعين'], ['أربعون', 'أربعين']],
];
const INDIC = ['٣', '٥', '٧', '٨'];
const obl = (c: Case): 0 | 1 => (c === 'nom' ? 0 : 1);

interface NumberForm { id: string; needs: 'pl' | 'du' | 'sg' | 'def' | 'none'; build: (noun: Noun | null, c: Case, i: number) => Counted | null }

const plAgr = (noun: Noun | null): Agr => ({ n: 'pl', g: noun?.g ?? 'm' });

export const NUMBERS: readonly NumberForm[] = [
  { id: 'digits 3-10', needs: 'pl', build: (v, _c, i) => ({ text: `${[5, 3, 8, 6][i % 4]} ${v!.pl![1]}`, count: { value: [5, 3, 8, 6][i % 4]! }, agr: plAgr(v), adjCase: 'pl' }) },
  { id: 'digits 11-99', needs: 'sg', build: (v, _c, i) => ({ text: `${[12, 17, 35, 48][i % 4]} ${v!.sg[1]}`, count: { value: [12, 17, 35, 48][i % 4]! }, agr: plAgr(v), adjCase: 'sg-acc' }) },
  { id: 'digits 100+', needs: 'sg', build: (v, _c, i) => ({ text: `${[120, 250, 1300][i % 3]} ${v!.sg[1]}`, count: { value: [120, 250, 1300][i % 3]! }, agr: plAgr(v), adjCase: 'sg-acc' }) },
  { id: 'indic digits', needs: 'pl', build: (v, _c, i) => ({ text: `${INDIC[i % 4]} ${v!.pl![1]}`, count: { value: [3, 5, 7, 8][i % 4]! }, agr: plAgr(v), adjCase: 'pl' }) },
  { id: 'indic 11-99', needs: 'sg', build: (v, _c, i) => ({ text: `${['١٢', '٢٤', '٣٠'][i % 3]} ${v!.sg[1]}`, count: { value: [12, 24, 30][i % 3]! }, agr: plAgr(v), adjCase: 'sg-acc' }) },
  {
    id: 'words 3-10', needs: 'pl', build: (v, _c, i) => {
      const [value, masc, fem] = SMALL[i % SMALL.length]!;
      return { text: `${v && v.g === 'f' ? fem : masc} ${v ? v.pl![1] : ''}`.trim(), count: { value }, agr: plAgr(v), adjCase: 'pl' };
    },
  },
  {
    id: 'words 11-19', needs: 'sg', build: (v, _c, i) => {
      const [value, masc, fem] = TEENS[i % TEENS.length]!;
      return { text: `${v && v.g === 'f' ? fem : masc} ${v ? v.sg[1] : ''}`.trim(), count: { value }, agr: plAgr(v), adjCase: 'sg-acc' };
    },
  },
  {
    id: 'words tens (case)', needs: 'sg', build: (v, c, i) => {
      const [value, masc, fem] = TENS[i % TENS.length]!;
      return { text: `${(v && v.g === 'f' ? fem : masc)[obl(c)]} ${v ? v.sg[1] : ''}`.trim(), count: { value }, agr: plAgr(v), adjCase: 'sg-acc' };
    },
  },
  { id: 'word hundred', needs: 'sg', build: (v) => ({ text: `مئة ${v!.sg[0]}`, count: { value: 100 }, agr: plAgr(v), adjCase: 'sg-gen' }) },
  { id: 'dual', needs: 'du', build: (v, c) => ({ text: v!.du![obl(c)], count: { value: 2 }, agr: { n: 'du', g: v!.g }, adjCase: 'du' }) },
  {
    id: 'dual + اثنان', needs: 'du', build: (v, c) => {
      const two = v!.g === 'f' ? ['اثنتان', 'اثنتين'] : ['اثنان', 'اثنين'];
      return { text: `${v!.du![obl(c)]} ${two[obl(c)]}`, count: { value: 2 }, agr: { n: 'du', g: v!.g }, adjCase: 'none' };
    },
  },
  { id: 'singular', needs: 'sg', build: (v, c) => ({ text: v!.sg[c === 'acc' ? 1 : 0], count: { value: 1 }, agr: { n: 'sg', g: v!.g }, adjCase: 'none' }) },
  { id: 'عشرات', needs: 'def', build: (v) => ({ text: `عشرات ${v!.def}`, count: { vague: true }, agr: plAgr(v), adjCase: 'none' }) },
  { id: 'العشرات من', needs: 'def', build: (v) => ({ text: `العشرات من ${v!.def}`, count: { vague: true }, agr: plAgr(v), adjCase: 'none' }) },
  { id: 'عدد من', needs: 'def', build: (v, c) => ({ text: `${c === 'acc' ? 'عددا' : 'عدد'} من ${v!.def}`, count: { vague: true }, agr: plAgr(v), adjCase: 'none' }) },
  { id: 'نحو N', needs: 'sg', build: (v, _c, i) => ({ text: `${['نحو', 'حوالي', 'قرابة'][i % 3]} ${[30, 14, 60][i % 3]} ${v!.sg[1]}`, count: { value: [30, 14, 60][i % 3]!, approximate: true }, agr: plAgr(v), adjCase: 'sg-acc' }) },
  { id: 'أكثر من N', needs: 'sg', build: (v, _c, i) => ({ text: `أكثر من ${[20, 50][i % 2]} ${v!.sg[1]}`, count: { min: [20, 50][i % 2]! }, agr: plAgr(v), adjCase: 'sg-acc' }) },
  { id: 'ما لا يقل عن N', needs: 'sg', build: (v) => ({ text: `ما لا يقل عن 14 ${v!.sg[1]}`, count: { min: 14 }, agr: plAgr(v), adjCase: 'sg-acc' }) },
  { id: 'N على الأقل', needs: 'sg', build: (v) => ({ text: `16 ${v!.sg[1]} على الأقل`, count: { min: 16 }, agr: plAgr(v), adjCase: 'none' }) },
  // A figure with no noun («قتل 3 بنيران …»).
  { id: 'bare figure', needs: 'none', build: (_v, _c, i) => ({ text: `${[3, 9, 14][i % 3]}`, count: { value: [3, 9, 14][i % 3]! }, agr: { n: 'pl', g: 'm' }, adjCase: 'none' }) },
];

// Victim groups of their own size, in nominative and oblique forms.
const COORDS: { id: string; forms: [string, string, string]; count: number; agr: Agr }[] = [
  { id: 'امرأة وطفلان', forms: ['امرأة وطفلان', 'امرأة وطفلين', 'امرأة وطفلين'], count: 3, agr: { n: 'pl', g: 'm' } },
  { id: 'رجل وزوجته', forms: ['رجل وزوجته', 'رجلا وزوجته', 'رجل وزوجته'], count: 2, agr: { n: 'du', g: 'm' } },
  { id: 'طفلان ووالدهما', forms: ['طفلان ووالدهما', 'طفلين ووالدهما', 'طفلين ووالدهما'], count: 3, agr: { n: 'pl', g: 'm' } },
  { id: 'أب وثلاثة من أبنائه', forms: ['أب وثلاثة من أبنائه', 'أبا وثلاثة من أبنائه', 'أب وثلاثة من أبنائه'], count: 4, agr: { n: 'pl', g: 'm' } },
  { id: 'شاب وشقيقه', forms: ['شاب وشقيقه', 'شابا وشقيقه', 'شاب وشقيقه'], count: 2, agr: { n: 'du', g: 'm' } },
  { id: 'امرأة وابنتها', forms: ['امرأة وابنتها', 'امرأة وابنتها', 'امرأة وابنتها'], count: 2, agr: { n: 'du', g: 'f' } },
  { id: 'ثلاثة أطفال ووالدتهم', forms: ['ثلاثة أطفال ووالدتهم', 'ثلاثة أطفال ووالدتهم', 'ثلاثة أطفال ووالدتهم'], count: 4, agr: { n: 'pl', g: 'm' } },
  // A dual of a noun with a broken plural: «مدنيين وطفلا» after «أن» may be civilians and a child.
  { id: 'طفلان وامرأة', forms: ['طفلان وامرأة', 'طفلين وامرأة', 'طفلين وامرأة'], count: 3, agr: { n: 'pl', g: 'm' } },
];

/** Shapes of a victim group around the counted noun. */
export const GROUPS = ['plain', 'adjective', 'من + definite', 'side', 'بينهم', 'coordination'] as const;
type Group = (typeof GROUPS)[number];

interface VictimPhrase { text: string; count: Quantity | { vague: true }; agr: Agr; victims?: string; slots: Record<string, string> }

function victimPhrase(r: Rng, c: Case, opts: { allowBare?: boolean } = {}): VictimPhrase {
  for (;;) {
    const group = r.pick(GROUPS);
    if (group === 'coordination') {
      const k = r.pick(COORDS);
      return { text: k.forms[c === 'nom' ? 0 : c === 'acc' ? 1 : 2], count: { value: k.count }, agr: k.agr, slots: { group, victim: 'coordination', number: 'coordination' } };
    }
    const num = r.pick(NUMBERS);
    if (num.id === 'bare figure' && (!opts.allowBare || group !== 'plain')) continue;
    const noun = num.needs === 'none' ? null : r.pick(NOUNS);
    if (noun && ((num.needs === 'pl' && !noun.pl) || (num.needs === 'du' && !noun.du) || (num.needs === 'def' && !noun.def))) continue;
    // An oblique dual written as the sound plural («مقاتلين») is either: the grid asks for neither.
    if (noun && num.id === 'dual' && c !== 'nom' && noun.pl?.[1] === noun.du?.[1]) continue;
    const i = r.int(12);
    if (group === 'من + definite') {
      // «خمسة من المدنيين»، «12 من المدنيين»: a figure, «من» and a definite plural.
      if (!noun?.def || !['digits 3-10', 'digits 11-99', 'words 3-10', 'words 11-19', 'words tens (case)', 'أكثر من N', 'نحو N'].includes(num.id)) continue;
      const built = num.build(noun, c, i)!;
      const figure = built.text.split(' ').slice(0, -1).join(' ');
      return { text: `${figure} من ${noun.def}`, count: built.count, agr: { n: 'pl', g: noun.g }, victims: noun.cls, slots: { group, victim: noun.id, number: num.id } };
    }
    const built = num.build(noun, c, i);
    if (!built) continue;
    const slots = { group, victim: noun?.id ?? 'none', number: num.id };
    const victims = noun?.cls ?? 'unspecified';
    if (group === 'plain') return { ...built, victims, slots };
    if (!noun || built.agr.n === 'sg' && group === 'بينهم') continue;
    if (group === 'adjective') {
      if (built.adjCase === 'none') continue;
      const g = noun.g;
      const adj = built.adjCase === 'sg-acc' ? ADJ.sg[g][1] : built.adjCase === 'sg-gen' ? ADJ.sg[g][2]
        : built.adjCase === 'du' ? ADJ.du[g][obl(c)] : ADJ.pl[g][g === 'f' ? 0 : 1];
      return { ...built, text: `${built.text} ${adj}`, victims, slots };
    }
    if (group === 'side') {
      // Members of a side: soldiers of an army, fighters of an armed group.
      if (!['عنصر', 'عضو', 'مقاتل'].includes(noun.id) || built.adjCase === 'none' && built.agr.n !== 'pl') continue;
      const army = r.int(2) === 0;
      return {
        ...built, text: `${built.text} من ${army ? 'قوات النظام' : 'فصائل المعارضة'}`,
        victims: noun.id === 'مقاتل' || !army ? 'fighters' : 'soldiers', slots,
      };
    }
    // «بينهم»: a sub-group after a plural group; between commas before a verb, after it otherwise.
    if (built.agr.n !== 'pl' || !('value' in built.count) || (built.count.value ?? 0) < 3) continue;
    const sub = r.pick(['طفلان', 'امرأة', '3 أطفال', 'نساء وأطفال']);
    return { ...built, text: `${built.text}، ${noun.g === 'f' ? 'بينهن' : 'بينهم'} ${sub}،`, victims, slots };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Predicates.

/** Past verb with the victims as subject, by agreement: m, f, dual m, dual f, plural m, plural f. */
type Six = [string, string, string, string, string, string];
interface Predicate {
  id: string; kind: string;
  /** Victim-subject verb (passive or intransitive) and, for an idiom, its object with a pronoun (six forms) or a fixed tail. */
  passive?: Six; object?: Six; tail?: string;
  /** Active verb with an agent: past m/f/plural, present m/f/plural, and a word before the object («بحياة»). */
  active?: { past: [string, string, string]; present: [string, string, string]; before?: string; weapon?: boolean };
  /** Verbal noun; `done` the one «تم» takes for a transitive verb («تم قتله»). */
  noun?: string; done?: string;
}

const six = (stem: string, endings: Six = ['', 'ت', 'ا', 'تا', 'وا', 'ن']): Six => endings.map((e) => stem + e) as Six;
const pron = (noun: string): Six => six(noun, ['ه', 'ها', 'هما', 'هما', 'هم', 'هن']);

export const PREDICATES: readonly Predicate[] = [
  { id: 'قتل', kind: 'killed', passive: six('قتل'), active: { past: ['قتل', 'قتلت', 'قتلوا'], present: ['يقتل', 'تقتل', 'يقتلون'], weapon: true }, noun: 'مقتل', done: 'قتل' },
  { id: 'استشهد', kind: 'killed', passive: six('استشهد'), noun: 'استشهاد' },
  { id: 'توفي', kind: 'killed', passive: ['توفي', 'توفيت', 'توفيا', 'توفيتا', 'توفوا', 'توفين'], noun: 'وفاة' },
  { id: 'قضى', kind: 'killed', passive: ['قضى', 'قضت', 'قضيا', 'قضتا', 'قضوا', 'قضين'] },
  { id: 'مات', kind: 'killed', passive: ['مات', 'ماتت', 'ماتا', 'ماتتا', 'ماتوا', 'متن'] },
  { id: 'اغتيل', kind: 'killed', passive: six('اغتيل'), active: { past: ['اغتال', 'اغتالت', 'اغتالوا'], present: ['يغتال', 'تغتال', 'يغتالون'] }, noun: 'اغتيال', done: 'اغتيال' },
  { id: 'لقي حتفه', kind: 'killed', passive: ['لقي', 'لقيت', 'لقيا', 'لقيتا', 'لقوا', 'لقين'], object: pron('حتف') },
  { id: 'لقي مصرعه', kind: 'killed', passive: ['لقي', 'لقيت', 'لقيا', 'لقيتا', 'لقوا', 'لقين'], object: pron('مصرع'), noun: 'مصرع' },
  { id: 'فارق الحياة', kind: 'killed', passive: six('فارق'), tail: 'الحياة' },
  { id: 'سقط قتيلا', kind: 'killed', passive: six('سقط'), object: ['قتيلا', 'قتيلة', 'قتيلين', 'قتيلتين', 'قتلى', 'قتيلات'] },
  { id: 'لفظ أنفاسه', kind: 'killed', passive: six('لفظ'), object: six('أنفاس', ['ه الأخيرة', 'ها الأخيرة', 'هما الأخيرة', 'هما الأخيرة', 'هم الأخيرة', 'هن الأخيرة']) },
  { id: 'أودى بحياة', kind: 'killed', active: { past: ['أودى', 'أودت', 'أودوا'], present: ['يودي', 'تودي', 'يودون'], before: 'بحياة', weapon: true } },
  { id: 'حصد أرواح', kind: 'killed', active: { past: ['حصد', 'حصدت', 'حصدوا'], present: ['يحصد', 'تحصد', 'يحصدون'], before: 'أرواح', weapon: true } },
  { id: 'أصيب', kind: 'injured', passive: ['أصيب', 'أصيبت', 'أصيبا', 'أصيبتا', 'أصيبوا', 'أصبن'], active: { past: ['أصاب', 'أصابت', 'أصابوا'], present: ['يصيب', 'تصيب', 'يصيبون'], weapon: true }, noun: 'إصابة', done: 'إصابة' },
  { id: 'جرح', kind: 'injured', passive: six('جرح'), active: { past: ['جرح', 'جرحت', 'جرحوا'], present: ['يجرح', 'تجرح', 'يجرحون'], weapon: true }, noun: 'جرح', done: 'جرح' },
  { id: 'أعدم', kind: 'executed', passive: six('أعدم'), active: { past: ['أعدم', 'أعدمت', 'أعدموا'], present: ['يعدم', 'تعدم', 'يعدمون'] }, noun: 'إعدام', done: 'إعدام' },
  { id: 'ذبح', kind: 'executed', passive: six('ذبح'), active: { past: ['ذبح', 'ذبحت', 'ذبحوا'], present: ['يذبح', 'تذبح', 'يذبحون'] }, noun: 'ذبح', done: 'ذبح' },
  { id: 'اعتقل', kind: 'detained', passive: six('اعتقل'), active: { past: ['اعتقل', 'اعتقلت', 'اعتقلوا'], present: ['يعتقل', 'تعتقل', 'يعتقلون'] }, noun: 'اعتقال', done: 'اعتقال' },
  { id: 'اختطف', kind: 'detained', passive: six('اختطف'), active: { past: ['اختطف', 'اختطفت', 'اختطفوا'], present: ['يختطف', 'تختطف', 'يختطفون'] }, noun: 'اختطاف', done: 'اختطاف' },
  { id: 'خطف', kind: 'detained', passive: six('خطف'), active: { past: ['خطف', 'خطفت', 'خطفوا'], present: ['يخطف', 'تخطف', 'يخطفون'] }, noun: 'خطف', done: 'خطف' },
  { id: 'احتجز', kind: 'detained', passive: six('احتجز'), active: { past: ['احتجز', 'احتجزت', 'احتجزوا'], present: ['يحتجز', 'تحتجز', 'يحتجزون'] }, noun: 'احتجاز', done: 'احتجاز' },
  { id: 'أسر', kind: 'detained', passive: six('أسر'), active: { past: ['أسر', 'أسرت', 'أسروا'], present: ['يأسر', 'تأسر', 'يأسرون'] }, noun: 'أسر', done: 'أسر' },
  { id: 'فقد أثر', kind: 'missing', noun: 'فقدان' },
  { id: 'اختفى', kind: 'missing', passive: ['اختفى', 'اختفت', 'اختفيا', 'اختفتا', 'اختفوا', 'اختفين'], noun: 'اختفاء' },
  { id: 'علق', kind: 'trapped', passive: six('علق'), tail: 'تحت الأنقاض' },
];

/** States: a participle after «لا يزال» or a group (m/f: sg, du nom/obl, pl nom/obl) and what must follow it. */
const STATES: { id: string; kind: string; sg: [string, string]; du: [string, string, string, string]; pl: [string, string, string]; tail: string }[] = [
  { id: 'مفقود', kind: 'missing', sg: ['مفقودا', 'مفقودة'], du: ['مفقودان', 'مفقودين', 'مفقودتان', 'مفقودتين'], pl: ['مفقودون', 'مفقودين', 'مفقودات'], tail: '' },
  { id: 'عالق', kind: 'trapped', sg: ['عالقا', 'عالقة'], du: ['عالقان', 'عالقين', 'عالقتان', 'عالقتين'], pl: ['عالقون', 'عالقين', 'عالقات'], tail: 'تحت الأنقاض' },
  { id: 'محتجز', kind: 'detained', sg: ['محتجزا', 'محتجزة'], du: ['محتجزان', 'محتجزين', 'محتجزتان', 'محتجزتين'], pl: ['محتجزون', 'محتجزين', 'محتجزات'], tail: 'لدى قوات الأمن' },
];

/** Casualty participles counted as the victims themselves («5 قتلى»): sg acc, dual nom/obl, plural. */
const PARTICIPLES: { id: string; kind: string; sg: string; du: [string, string]; pl: [string, string]; def: string }[] = [
  { id: 'قتيل', kind: 'killed', sg: 'قتيلا', du: ['قتيلان', 'قتيلين'], pl: ['قتلى', 'قتلى'], def: 'القتلى' },
  { id: 'شهيد', kind: 'killed', sg: 'شهيدا', du: ['شهيدان', 'شهيدين'], pl: ['شهداء', 'شهداء'], def: 'الشهداء' },
  { id: 'ضحية', kind: 'killed', sg: 'ضحية', du: ['ضحيتان', 'ضحيتين'], pl: ['ضحايا', 'ضحايا'], def: 'الضحايا' },
  { id: 'جريح', kind: 'injured', sg: 'جريحا', du: ['جريحان', 'جريحين'], pl: ['جرحى', 'جرحى'], def: 'الجرحى' },
  { id: 'مصاب', kind: 'injured', sg: 'مصابا', du: ['مصابان', 'مصابين'], pl: ['مصابون', 'مصابين'], def: 'المصابين' },
  { id: 'إصابة', kind: 'injured', sg: 'إصابة', du: ['إصابتان', 'إصابتين'], pl: ['إصابات', 'إصابات'], def: 'الإصابات' },
  { id: 'معتقل', kind: 'detained', sg: 'معتقلا', du: ['معتقلان', 'معتقلين'], pl: ['معتقلين', 'معتقلين'], def: 'المعتقلين' },
  { id: 'مختطف', kind: 'detained', sg: 'مختطفا', du: ['مختطفان', 'مختطفين'], pl: ['مختطفين', 'مختطفين'], def: 'المختطفين' },
  { id: 'مفقود', kind: 'missing', sg: 'مفقودا', du: ['مفقودان', 'مفقودين'], pl: ['مفقودين', 'مفقودين'], def: 'المفقودين' },
];

/** Agents of an active verb: text, gender, plural (a verb before a plural subject stays singular), armed or a weapon. */
const AGENTS: { text: string; g: Gender; pl: boolean; weapon: boolean }[] = [
  { text: 'قوات النظام', g: 'f', pl: false, weapon: false },
  { text: 'التنظيم', g: 'm', pl: false, weapon: false },
  { text: 'مسلحون مجهولون', g: 'm', pl: true, weapon: false },
  { text: 'قوات الأمن', g: 'f', pl: false, weapon: false },
  { text: 'جماعة مسلحة', g: 'f', pl: false, weapon: false },
  { text: 'الطيران الحربي', g: 'm', pl: false, weapon: true },
  { text: 'غارة جوية', g: 'f', pl: false, weapon: true },
  { text: 'القصف المدفعي', g: 'm', pl: false, weapon: true },
];

// ---------------------------------------------------------------------------------------------------------------
// Adjuncts: what may stand before, between or after. `mid` stands between predicate and victims (or subject and verb).

interface Adjunct { id: string; pre?: string; mid?: string; post?: string; postOther?: string }
/** What follows the statement: the agent of a killing or wounding is its fire, of the other kinds its hands. */
const after = (a: Adjunct, kind: string): string | undefined => (a.postOther && kind !== 'killed' && kind !== 'injured' ? a.postOther : a.post);
const ADJUNCTS: readonly Adjunct[] = [
  { id: 'none' },
  { id: 'place after', post: 'في مدينة إدلب' },
  { id: 'place between', mid: 'في بلدة كفرنبل بريف إدلب' },
  { id: 'time after', post: 'صباح اليوم الثلاثاء' },
  { id: 'time between', mid: 'فجر اليوم' },
  { id: 'cause after', post: 'جراء غارة جوية على المدينة' },
  { id: 'actor after', post: 'بنيران قوات النظام', postOther: 'على يد قوات النظام' },
  { id: 'parenthetical between', mid: '، بحسب مصادر محلية،' },
  { id: 'lead phrase', pre: 'وفي ريف حلب الشمالي،' },
  { id: 'place and time after', post: 'في قرية الطيبة مساء أمس' },
];

/**
 * Time adjuncts news puts between a verb and its subject or object, with and without commas («قتل اليوم الأحد 5»،
 * «أعدمت، فجر اليوم، الجماعة …»), and asides inside an idiom («لقي 3 أشخاص، بحسب مصادر طبية، حتفهم»).
 */
const VERB_ADJUNCTS: readonly { id: string; text: string }[] = [
  { id: 'time after verb', text: 'اليوم' },
  { id: 'time after verb (day name)', text: 'اليوم الأحد' },
  { id: 'time after verb (commas)', text: '، فجر اليوم،' },
  { id: 'time after verb (yesterday)', text: 'أمس الجمعة' },
  { id: 'place after verb', text: 'في ريف درعا الغربي' },
];

/**
 * Frames a report puts around a statement: a reporting verb before it (with «أنه» before a verb), a source first,
 * a country or «عاجل» lead, or an attribution after it. `anna` frames end in a complementizer.
 */
const FRAMES: readonly { id: string; pre?: string; post?: string; anna?: boolean }[] = [
  { id: 'none' },
  { id: 'أفادت مصادر بأنه', pre: 'أفادت مصادر محلية بأنه', anna: true },
  { id: 'قالت الوزارة إنه', pre: 'وقالت الوزارة إنه', anna: true },
  { id: 'أكد شهود أنه', pre: 'وأكد شهود عيان أنه', anna: true },
  { id: 'وبحسب المرصد،', pre: 'وبحسب المرصد،' },
  { id: 'country lead', pre: 'ليبيا:' },
  { id: 'عاجل |', pre: 'عاجل |' },
  { id: 'attribution after', post: '، وفق مصادر طبية' },
  { id: 'attribution after (حسب)', post: '، حسب ما أفاد المرصد' },
];

// ---------------------------------------------------------------------------------------------------------------

class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = Math.imul(this.s ^ (this.s >>> 15), 1 | this.s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(k: number): number { return Math.floor(this.next() * k); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
}

const agrIndex = (a: Agr): number => ({ sg: 0, du: 2, pl: 4 })[a.n] + (a.g === 'f' ? 1 : 0);
const join = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(' ').replace(/ ،/g, '،').replace(/،،/g, '،').replace(/\s+/g, ' ').trim();
/** A lead phrase («وفي ريف حلب،») takes the «و» of what follows it. */
const end = (s: string): string => `${s.replace(/^(وفي [^،]+،) و/, '$1 ').replace(/،$/, '')}.`;

/** Orders of the statement. Each returns a case or null when the sampled slots do not fit it. */
type Builder = (r: Rng) => GridCase | null;

const passives = PREDICATES.filter((p) => p.passive);
const actives = PREDICATES.filter((p) => p.active);
const nouns = PREDICATES.filter((p) => p.noun);

/** The predicate of a victim-subject verb: the verb, the subject slot, then the idiom's object. */
function passiveClause(p: Predicate, form: number, victims: string, agr: Agr, mid?: string): string {
  return join(p.passive![form], mid, victims, p.object?.[agrIndex(agr)], p.tail);
}

const ORDERS: Record<string, Builder> = {
  'verb-subject': (r) => {
    const p = r.pick(passives), a = r.pick(ADJUNCTS), clitic = a.pre ? '' : r.pick(['', 'و', 'ف']);
    // A bare figure takes no idiom's object («لفظ 3 أنفاسهم» is not said).
    const v = victimPhrase(r, 'nom', { allowBare: !p.object && !p.tail });
    const verb = v.agr.g === 'f' ? 1 : 0;
    const mid = a.mid;
    const text = join(a.pre, clitic === 'ف' ? 'سقطت قذيفة على المنزل' : '', clitic + passiveClause(p, verb, v.text, v.agr, mid), after(a, p.kind));
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: verb ? 'past f' : 'past m', order: 'verb-subject', adjunct: a.id, clitic: clitic || 'none' } };
  },
  'framed verb-subject': (r) => {
    const p = r.pick(passives), fr = r.pick(FRAMES), adj = r.pick([null, ...VERB_ADJUNCTS]);
    const v = victimPhrase(r, 'nom', { allowBare: !p.object && !p.tail });
    const verb = v.agr.g === 'f' ? 1 : 0;
    // An aside inside an idiom stands between the subject and the idiom's object.
    const aside = p.object && r.int(3) === 0;
    const clause = aside
      ? join(p.passive![verb], adj?.text, v.text, '، بحسب مصادر طبية،', p.object![agrIndex(v.agr)])
      : passiveClause(p, verb, v.text, v.agr, adj?.text);
    const text = join(fr.pre, clause, fr.post);
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: verb ? 'past f' : 'past m', order: 'framed verb-subject', adjunct: aside ? 'aside inside idiom' : adj?.id ?? 'none', frame: fr.id, clitic: 'none' } };
  },
  'verb-adjunct-agent-object': (r) => {
    const p = r.pick(actives), fr = r.pick(FRAMES.filter((x) => !x.anna)), adj = r.pick(VERB_ADJUNCTS);
    const ag = r.pick(AGENTS.filter((x) => p.active!.weapon || !x.weapon));
    const v = victimPhrase(r, p.active!.before ? 'gen' : 'acc');
    const verb = p.active!.past[ag.g === 'f' ? 1 : 0];
    // A place may also stand between the agent and the object (not inside «أرواح»/«بحياة» + victims, a construct).
    const between = adj.id.startsWith('place') && !p.active!.before && r.int(2) === 0;
    const text = between
      ? join(fr.pre, verb, ag.text, adj.text, v.text, fr.post)
      : join(fr.pre, verb, adj.text, ag.text, p.active!.before, v.text, fr.post);
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: 'active past', order: 'verb-adjunct-agent-object', adjunct: between ? 'place before object' : adj.id, frame: fr.id, clitic: 'none' } };
  },
  'subject-verb after أن': (r) => {
    const p = r.pick(passives), a = r.pick(ADJUNCTS.filter((x) => x.id !== 'parenthetical between'));
    const v = victimPhrase(r, 'acc', { allowBare: true });
    const opener = r.pick(['أفاد ناشطون بأن', 'قالت مصادر محلية إن', 'وذكرت الوكالة أن']);
    const f = agrIndex(v.agr);
    const text = join(a.pre, opener, v.text, a.mid, p.passive![f], p.object?.[f], p.tail, after(a, p.kind));
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: `past ${['m', 'f', 'dual', 'dual f', 'plural', 'plural f'][f]}`, order: 'subject-verb after أن', adjunct: a.id, clitic: 'none' } };
  },
  'subject-verb (sentence start)': (r) => {
    const p = r.pick(passives), a = r.pick(ADJUNCTS.filter((x) => !x.mid));
    const v = victimPhrase(r, 'nom');
    if (v.agr.n === 'sg') return null; // an indefinite singular does not open a sentence
    const f = agrIndex(v.agr);
    const text = join(a.pre, v.text, p.passive![f], p.object?.[f], p.tail, after(a, p.kind));
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: `past ${['m', 'f', 'dual', 'dual f', 'plural', 'plural f'][f]}`, order: 'subject-verb (sentence start)', adjunct: a.id, clitic: 'none' } };
  },
  'verb-agent-object': (r) => {
    const p = r.pick(actives), a = r.pick(ADJUNCTS.filter((x) => x.id !== 'actor after')), clitic = a.pre ? '' : r.pick(['', 'و']);
    const ag = r.pick(AGENTS.filter((x) => p.active!.weapon || !x.weapon));
    const v = victimPhrase(r, p.active!.before ? 'gen' : 'acc');
    const verb = p.active!.past[ag.g === 'f' ? 1 : 0];
    const text = join(a.pre, clitic + verb, ag.text, a.mid, p.active!.before, v.text, a.post);
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: 'active past', order: 'verb-agent-object', adjunct: a.id, clitic: clitic || 'none' } };
  },
  'agent-verb-object (headline present)': (r) => {
    const p = r.pick(actives), a = r.pick(ADJUNCTS.filter((x) => !x.mid && x.id !== 'actor after' && !x.pre));
    const ag = r.pick(AGENTS.filter((x) => p.active!.weapon || !x.weapon));
    const v = victimPhrase(r, p.active!.before ? 'gen' : 'acc');
    const verb = p.active!.present[ag.pl ? 2 : ag.g === 'f' ? 1 : 0];
    const text = join(ag.text, verb, p.active!.before, v.text, a.post);
    return { text, kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: 'active present', order: 'agent-verb-object (headline present)', adjunct: a.id, clitic: 'none' } };
  },
  'future': (r) => {
    const p = r.pick(actives), a = r.pick(ADJUNCTS.filter((x) => !x.mid && x.id !== 'actor after'));
    const ag = r.pick(AGENTS.filter((x) => p.active!.weapon || !x.weapon));
    const v = victimPhrase(r, p.active!.before ? 'gen' : 'acc');
    const present = p.active!.present[ag.pl ? 2 : ag.g === 'f' ? 1 : 0];
    const sawfa = r.int(2) === 0;
    // After «إن» the subject is accusative.
    const text = join(a.pre, 'وقالت مصادر إن', ag.text.replace('مسلحون مجهولون', 'مسلحين مجهولين'), sawfa ? `سوف ${present}` : `س${present}`, p.active!.before, v.text, a.post);
    return { text: end(text), kind: p.kind, count: v.count, victims: v.victims, nonFact: true, slots: { ...v.slots, predicate: p.id, form: sawfa ? 'future سوف' : 'future سـ', order: 'future', adjunct: a.id, clitic: 'none' } };
  },
  'verbal noun': (r) => {
    const p = r.pick(nouns), a = r.pick(ADJUNCTS.filter((x) => !x.mid));
    const v = victimPhrase(r, 'gen');
    const ctx = r.pick([
      ['', 'none'], ['أفادت مصادر محلية ب', 'ب'], ['ما أدى ل', 'ل'], ['ما أدى إلى ', 'none (إلى)'],
      ['شهدت البلدة اشتباكات عنيفة و', 'و'], ['أسفر الهجوم عن ', 'none (عن)'], ['وتحدثت مصادر عن ', 'none (عن)'],
    ] as const);
    const text = join(a.pre, ctx[0] + p.noun!, v.text, a.post);
    return { text: ctx[0] ? end(text) : text, kind: p.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: p.id, form: 'verbal noun', order: 'verbal noun', adjunct: a.id, clitic: ctx[1] } };
  },
  'تم + verbal noun + pronoun': (r) => {
    const p = r.pick(PREDICATES.filter((x) => x.done)), a = r.pick(ADJUNCTS.filter((x) => !x.mid && x.id !== 'lead phrase'));
    const [suffix, count] = r.pick([['ه', 1], ['ها', 1], ['هما', 2]] as const);
    const stem = p.done!.endsWith('ة') ? p.done!.slice(0, -1) + 'ت' : p.done!;
    const text = join('وأوضح المصدر أنه', r.pick(['تم', 'جرى']), stem + suffix, a.post);
    return { text: end(text), kind: p.kind, count: { value: count }, slots: { group: 'pronoun', victim: 'pronoun', number: `pronoun ${suffix}`, predicate: p.id, form: 'verbal noun + pronoun', order: 'تم + verbal noun + pronoun', adjunct: a.id, clitic: 'none' } };
  },
  'result + verbal noun + pronoun': (r) => {
    const p = r.pick(nouns), a = r.pick(ADJUNCTS.filter((x) => !x.mid && x.id !== 'lead phrase'));
    const [suffix, count] = r.pick([['ه', 1], ['ها', 1], ['هما', 2]] as const);
    // Before a pronoun the ة is written ت, and a final hamza after ا sits on ي in the genitive («اختفائها»).
    const stem = p.noun!.endsWith('ة') ? p.noun!.slice(0, -1) + 'ت' : p.noun!.endsWith('اء') ? p.noun!.slice(0, -1) + 'ئ' : p.noun!;
    const [lead, label] = r.pick([['ما أدى إلى', 'none (إلى)'], ['ما أدى ل', 'ل'], ['وأسفر ذلك عن', 'none (عن)'], ['وأعلنت المصادر عن', 'none (عن)']] as const);
    const text = join(lead.endsWith('ل') ? lead + stem + suffix : `${lead} ${stem}${suffix}`, a.post);
    return { text: end(`سقطت قذيفة قرب المنزل ${text}`), kind: p.kind, count: { value: count }, slots: { group: 'pronoun', victim: 'pronoun', number: `pronoun ${suffix}`, predicate: p.id, form: 'verbal noun + pronoun', order: 'result + verbal noun + pronoun', adjunct: a.id, clitic: label } };
  },
  'state': (r) => {
    const s = r.pick(STATES), a = r.pick(ADJUNCTS.filter((x) => !x.mid && x.id !== 'actor after'));
    // «ولا يزال 3 صيادين مفقودين» (the predicate of «زال» is accusative), or the group first after «أن»:
    // «بأن 3 صيادين ما زالوا مفقودين».
    const still = r.int(2) === 0;
    const v = victimPhrase(r, still ? 'nom' : 'acc');
    if (!still && v.agr.n === 'sg') return null;
    const f = v.agr.g === 'f' ? 1 : 0;
    const part = v.agr.n === 'sg' ? s.sg[f] : v.agr.n === 'du' ? s.du[f * 2 + 1] : f ? s.pl[2] : s.pl[1];
    const zal = v.agr.n === 'du' ? (f ? 'ما زالتا' : 'ما زالا') : f ? 'ما زلن' : 'ما زالوا';
    const text = still
      ? join(a.pre, v.agr.g === 'f' ? 'ولا تزال' : 'ولا يزال', v.text, part, s.tail, a.post)
      : join(a.pre, 'وأفادت المصادر بأن', v.text, zal, part, s.tail, a.post);
    return { text: end(text), kind: s.kind, count: v.count, victims: v.victims, slots: { ...v.slots, predicate: s.id, form: 'state participle', order: still ? 'state (لا يزال + group + participle)' : 'state (group + ما زال + participle)', adjunct: a.id, clitic: 'none' } };
  },
  'count + casualty noun': (r) => {
    const p = r.pick(PARTICIPLES), a = r.pick(ADJUNCTS.filter((x) => !x.mid && x.id !== 'lead phrase'));
    const [ctx, c, label] = r.pick([
      ['خلف القصف', 'acc', 'خلف'], ['سقط', 'nom', 'سقط'], ['أسفر الهجوم عن', 'gen', 'أسفر عن'], ['وأفادت مصادر طبية بوصول', 'gen', 'بوصول'],
      ['وخلفت الغارة الأولى', 'acc', 'خلف (ordinal subject)'], ['وصل إلى المستشفى', 'nom', 'وصل إلى المستشفى'],
      ['وأعلن المستشفى وصول', 'gen', 'وصول'],
    ] as const);
    const [form, text0, count] = r.pick([
      ['digits 3-10', `${r.pick([4, 6, 9])} ${p.pl[1]}`, null],
      ['digits 11-99', `${r.pick([12, 27, 33])} ${p.sg}`, null],
      ['dual', p.du[obl(c)], { value: 2 }],
      ['عشرات', `عشرات ${p.def}`, { vague: true }],
      ['أكثر من N', `أكثر من 20 ${p.sg}`, { min: 20 }],
    ] as const);
    const value = count ?? { value: Number(text0.split(' ')[0]) };
    if (form === 'dual' && c !== 'nom' && p.du[1] === p.pl[1]) return null; // «مصابين»: two or more
    if ((p.id === 'ضحية' || p.id === 'إصابة') && (ctx === 'سقط' || ctx.startsWith('وصل'))) return null;
    if (/وصل/.test(ctx) && p.kind !== 'killed' && p.kind !== 'injured') return null; // arrivals at a hospital
    return { text: end(join(ctx, text0, a.post)), kind: p.kind, count: value, slots: { group: 'casualty noun', victim: 'none', number: form, predicate: p.id, form: `casualty noun (${label})`, order: 'count + casualty noun', adjunct: a.id, clitic: 'none' } };
  },
  'toll': (r) => {
    const tolls: [string, string, Gender][] = [
      ['killed', 'حصيلة القتلى', 'f'], ['killed', 'عدد القتلى', 'm'], ['killed', 'عدد الشهداء', 'm'], ['killed', 'عدد الضحايا', 'm'],
      ['killed', 'حصيلة الضحايا', 'f'], ['injured', 'عدد الجرحى', 'm'], ['injured', 'عدد المصابين', 'm'], ['injured', 'حصيلة الجرحى', 'f'],
      ['detained', 'عدد المعتقلين', 'm'], ['detained', 'عدد المختطفين', 'm'], ['missing', 'عدد المفقودين', 'm'],
    ];
    const [kind, toll, g] = r.pick(tolls);
    const a = r.pick(ADJUNCTS.filter((x) => x.id !== 'actor after' && x.id !== 'parenthetical between'));
    const figure = r.pick([['12', 12, 'digits'], ['٢٣', 23, 'indic digits'], ['عشرين', 20, 'words tens'], ['45 شخصا', 45, 'digits + noun'], ['17 مدنيا', 17, 'digits + noun']] as const);
    const [shape, text] = r.pick([
      ['ارتفع إلى', join(a.pre, g === 'f' ? 'ارتفعت' : 'ارتفع', toll, a.mid, 'إلى', figure[0], a.post)],
      ['بلغ', join(a.pre, g === 'f' ? 'بلغت' : 'بلغ', toll, a.mid, figure[0], a.post)],
      ['وصل إلى', join(a.pre, g === 'f' ? 'وصلت' : 'وصل', toll, a.mid, 'إلى', figure[0], a.post)],
      ['أن + toll + بلغ', join(a.pre, 'وأكدت المصادر أن', toll, a.mid, g === 'f' ? 'بلغت' : 'بلغ', figure[0], a.post)],
      ['figure first', join(a.pre, g === 'f' ? 'ارتفعت إلى' : 'ارتفع إلى', figure[0], a.mid, toll, a.post)],
      ['ارتفاع (noun)', join(a.pre, 'وأعلنت مصادر طبية ارتفاع', toll, a.mid, 'إلى', figure[0], a.post)],
    ] as const);
    return { text: end(text), kind, count: { value: figure[1] }, slots: { group: 'toll', victim: figure[2], number: figure[2], predicate: toll, form: `toll ${shape}`, order: 'toll', adjunct: a.id, clitic: 'none' } };
  },
};

/** Cases per order. */
const PER_ORDER: Record<string, number> = {
  'verb-subject': 500, 'subject-verb after أن': 400, 'subject-verb (sentence start)': 300, 'verb-agent-object': 400,
  'agent-verb-object (headline present)': 250, 'future': 120, 'verbal noun': 400, 'تم + verbal noun + pronoun': 80,
  'result + verbal noun + pronoun': 100, 'framed verb-subject': 400, 'verb-adjunct-agent-object': 300,
  'state': 150, 'count + casualty noun': 300, 'toll': 250,
};

/** The grid: the same cases on every run (seeded). */
export function gridCases(seed = 15): GridCase[] {
  const out: GridCase[] = [];
  const seen = new Set<string>();
  for (const [order, want] of Object.entries(PER_ORDER)) {
    const r = new Rng(seed * 7919 + order.length * 104729 + order.charCodeAt(0));
    let got = 0;
    for (let tries = 0; got < want && tries < want * 20; tries++) {
      const c = ORDERS[order]!(r);
      if (!c || seen.has(c.text)) continue;
      seen.add(c.text);
      out.push(c);
      got++;
    }
  }
  return out;
}
