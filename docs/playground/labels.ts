/**
 * The words of the playground in Arabic and English: the interface, the casualty kinds and quantity words (which
 * the library names by id), and the names of lexicon entries (actors, victims, causes, places), which come from
 * the lexicons themselves so that a custom lexicon or a pack names its own entries.
 */

export type Lang = 'ar' | 'en';
export const LANGS: readonly Lang[] = ['ar', 'en'];

/** A word in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** The interface's words. */
export const UI = {
  title: { ar: 'حصيلة · قراءة أخبار الضحايا', en: 'hasila · reading casualty reports' },
  report: { ar: 'تقرير', en: 'Report' },
  reports: { ar: 'تقارير', en: 'reports' },
  addReport: { ar: '+ تقرير', en: '+ report' },
  removeReport: { ar: 'حذف التقرير', en: 'Remove report' },
  published: { ar: 'تاريخ النشر', en: 'Published' },
  incidents: { ar: 'الحوادث', en: 'Incidents' },
  lexicon: { ar: 'المعجم', en: 'Lexicon' },
  builtin: { ar: 'المعجم المدمج', en: 'built-in lexicon' },
  nonFacts: { ar: 'مع غير المؤكد', en: 'include non-facts' },
  json: { ar: 'JSON', en: 'JSON' },
  csv: { ar: 'تصدير CSV', en: 'Export CSV' },
  exportJson: { ar: 'تصدير JSON', en: 'Export JSON' },
  copyLink: { ar: 'نسخ الرابط', en: 'Copy link' },
  placeholder: {
    ar: 'الصق نص الخبر هنا، أو أفلت ملفات نصية (تقارير) أو ملف معجم JSON على الصفحة',
    en: 'Paste an article here, or drop text files (reports) or a lexicon JSON file on the page',
  },
  mentions: { ar: 'إشارات', en: 'mentions' },
  noMentions: { ar: 'لا إشارات إلى ضحايا في هذا النص', en: 'No casualty mention in this text' },
  noIncidents: { ar: 'لا حوادث بعد', en: 'No incident yet' },
  summary: { ar: 'الحصيلة', en: 'Summary' },
  total: { ar: 'القتلى', en: 'killed' },
  injuredTotal: { ar: 'الجرحى', en: 'injured' },
  events: { ar: 'حوادث', en: 'events' },
  agreed: { ar: 'المدى المتفق عليه', en: 'agreed range' },
  spread: { ar: 'من الأدنى إلى الأعلى', en: 'lowest to highest' },
  conflict: { ar: 'تضارب', en: 'conflict' },
  agrees: { ar: 'متفق', en: 'agrees' },
  figure: { ar: 'الرقم', en: 'figure' },
  lexiconError: { ar: 'خطأ في المعجم', en: 'Lexicon error' },
  nonCivilians: { ar: 'غير مدنيين', en: 'non-civilians' },
  openFiles: { ar: 'فتح ملفات', en: 'Open files' },
  language: { ar: 'English', en: 'العربية' },
  linkCopied: { ar: 'نُسخ الرابط', en: 'Link copied' },
} as const satisfies Record<string, Bilingual>;

/** The table's columns, in order; `id` is the key of a row's cell. */
export const COLUMNS = [
  { id: 'kind', ar: 'النوع', en: 'Kind' },
  { id: 'count', ar: 'العدد', en: 'Count' },
  { id: 'victims', ar: 'الضحايا', en: 'Victims' },
  { id: 'actor', ar: 'الجهة', en: 'Actor' },
  { id: 'cause', ar: 'السبب', en: 'Cause' },
  { id: 'place', ar: 'المكان', en: 'Place' },
  { id: 'governorate', ar: 'المحافظة', en: 'Governorate' },
  { id: 'source', ar: 'المصدر', en: 'Source' },
  { id: 'date', ar: 'التاريخ', en: 'Date' },
  { id: 'text', ar: 'النص', en: 'Text' },
] as const;
export type ColumnId = (typeof COLUMNS)[number]['id'];

/** What happened, by the library's casualty kind. */
export const KIND_WORDS: Readonly<Record<string, Bilingual>> = {
  killed: { ar: 'قتلى', en: 'killed' },
  injured: { ar: 'جرحى', en: 'injured' },
  executed: { ar: 'إعدام', en: 'executed' },
  missing: { ar: 'مفقودون', en: 'missing' },
  trapped: { ar: 'عالقون', en: 'trapped' },
  detained: { ar: 'معتقلون', en: 'detained' },
};

/** The flags a non-fact carries (only with `includeNonFacts`). */
export const FLAG_WORDS: Readonly<Record<string, Bilingual>> = {
  hypothetical: { ar: 'محتمل', en: 'hypothetical' },
  denied: { ar: 'منفي', en: 'denied' },
  zero: { ar: 'لا ضحايا', en: 'none' },
};

/** Figure-less quantities as a person says them. */
export const VAGUE_WORDS: Readonly<Record<string, Bilingual>> = {
  tens: { ar: 'عشرات', en: 'tens' },
  hundreds: { ar: 'مئات', en: 'hundreds' },
  thousands: { ar: 'آلاف', en: 'thousands' },
  'tens-of-thousands': { ar: 'عشرات الآلاف', en: 'tens of thousands' },
  'hundreds-of-thousands': { ar: 'مئات الآلاف', en: 'hundreds of thousands' },
  millions: { ar: 'ملايين', en: 'millions' },
  several: { ar: 'عدة', en: 'several' },
  some: { ar: 'عدد من', en: 'some' },
  many: { ar: 'عدد كبير', en: 'many' },
  most: { ar: 'معظم', en: 'most' },
  unknown: { ar: 'عدد غير معروف', en: 'unknown number' },
};

/** Bounds and approximations around a figure; `#` stands for the figure. */
export const BOUND_WORDS = {
  approximate: { ar: 'نحو #', en: 'about #' },
  min: { ar: 'أكثر من #', en: 'more than #' },
  max: { ar: 'أقل من #', en: 'fewer than #' },
  range: { ar: '#–#', en: '#–#' },
  includes: { ar: 'بينهم', en: 'incl.' },
  unspecified: { ar: 'غير محدد', en: 'unspecified' },
  none: { ar: '—', en: '—' },
} as const satisfies Record<string, Bilingual>;

/** The groups of a lexicon whose entries the table names. */
export type EntryGroup = 'actors' | 'victims' | 'causes' | 'places' | 'sources';
const GROUPS: readonly EntryGroup[] = ['actors', 'victims', 'causes', 'places', 'sources'];

/** Looks up the name of a lexicon entry; falls back to the id. */
export type Namer = (group: EntryGroup, id: string, lang: Lang) => string;

interface LexiconLike {
  readonly [group: string]: unknown;
}

/**
 * A namer over lexicons in priority order (later wins, as in the analyzer). A governorate id («idlib») is named
 * after its place entry, or after the `<id>-governorate` entry when the gazetteer has no entry of that id.
 */
export function namerOf(lexicons: readonly LexiconLike[]): Namer {
  const names = new Map<string, Bilingual>();
  for (const lexicon of lexicons) {
    for (const group of GROUPS) {
      const entries = lexicon[group];
      if (!Array.isArray(entries)) continue;
      for (const e of entries as { id?: unknown; labels?: { ar?: unknown; en?: unknown } }[]) {
        if (typeof e?.id === 'string' && typeof e.labels?.ar === 'string' && typeof e.labels.en === 'string') {
          names.set(`${group}:${e.id}`, { ar: e.labels.ar, en: e.labels.en });
        }
      }
    }
  }
  return (group, id, lang) => (names.get(`${group}:${id}`) ?? names.get(`${group}:${id}-governorate`))?.[lang] ?? id;
}
