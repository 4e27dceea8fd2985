/**
 * The table of casualty mentions as pure data: one row per mention of an analysis, each cell the words a
 * documenter would write («أكثر من 20 مدنياً» becomes kind «قتلى», count «أكثر من 20», victims «مدنيون»).
 * Works on the analysis as JSON, so fields that later library versions add (`place` with a governorate, `date`)
 * show up as soon as they exist.
 */
import { BOUND_WORDS, FLAG_WORDS, KIND_WORDS, VAGUE_WORDS, type ColumnId, type Lang, type Namer } from './labels.js';

/** The quantity shape of the library («12», «نحو 30», «أكثر من 20», «عشرات»). */
export interface QuantityLike {
  value?: number;
  min?: number;
  max?: number;
  approximate?: boolean;
  vague?: string;
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/** A casualty mention as the library returns it; only the fields the table reads. */
export interface MentionLike extends SpanLike {
  kind: string;
  count: QuantityLike | null;
  victims: string;
  includes?: readonly (SpanLike & { victims: string; count: QuantityLike | null })[];
  actors?: readonly string[];
  cause?: string | null;
  coCauses?: readonly string[];
  location?: PlaceLike | null;
  /** The resolved place of the places layer (an object with its span), when the library gives one. */
  place?: PlaceLike | string | null;
  governorate?: string | null;
  source?: SpanLike | null;
  date?: DateLike | null;
  hypothetical?: boolean;
  denied?: boolean;
  zero?: boolean;
}

/** A place phrase: its span, and the governorate once the places layer resolves it. */
export interface PlaceLike extends SpanLike {
  place?: string;
  governorate?: string | null;
}

/** A date as the dates layer gives it: calendar days, or a relative reading without a day. */
export interface DateLike {
  from?: string;
  to?: string;
  text?: string;
}

/** An analysis as `analyze` returns it; only the fields the table reads. */
export interface AnalysisLike {
  casualties: readonly MentionLike[];
  events?: readonly { mentions: readonly number[]; date?: DateLike | null }[];
}

/** One row of the table: the mention's span and its cells, plus the figure's bounds for spreadsheets. */
export interface Row {
  /** Index of the mention in `casualties`. */
  index: number;
  start: number;
  end: number;
  kind: string;
  /** Lower and upper bound of the count as numbers (`value` for both when exact), `null` when unknown. */
  min: number | null;
  max: number | null;
  cells: Record<ColumnId, string>;
}

const fill = (pattern: string, ...figures: number[]): string => {
  let i = 0;
  return pattern.replace(/#/gu, () => String(figures[i++]));
};

/** A quantity as a person says it: «12»، «نحو 30»، «أكثر من 20»، «20–30»، «عشرات». */
export function countPhrase(q: QuantityLike | null | undefined, lang: Lang): string {
  if (!q) return BOUND_WORDS.none[lang];
  if (q.vague) {
    const word = VAGUE_WORDS[q.vague]?.[lang] ?? q.vague;
    return q.value !== undefined ? `${word} (${q.value})` : word;
  }
  if (q.value !== undefined) return q.approximate ? fill(BOUND_WORDS.approximate[lang], q.value) : String(q.value);
  if (q.min !== undefined && q.max !== undefined) return fill(BOUND_WORDS.range[lang], q.min, q.max);
  if (q.min !== undefined) return fill(BOUND_WORDS.min[lang], q.min);
  if (q.max !== undefined) return fill(BOUND_WORDS.max[lang], q.max);
  return BOUND_WORDS.none[lang];
}

/** The bounds of a quantity as numbers: exact figures bound both sides, «أكثر من 20» only the lower one. */
export function countBounds(q: QuantityLike | null | undefined): { min: number | null; max: number | null } {
  if (!q) return { min: null, max: null };
  if (q.value !== undefined && !q.approximate && !q.vague) return { min: q.value, max: q.value };
  return { min: q.min ?? null, max: q.max ?? null };
}

/** A day or a period: «2016-06-22», «2016-06-18 – 2016-06-19», or the text of a relative date. */
export function datePhrase(d: DateLike | null | undefined): string {
  if (!d) return '';
  if (d.from && d.to && d.from !== d.to) return `${d.from} – ${d.to}`;
  return d.from ?? d.to ?? d.text ?? '';
}

/** Victims with their sub-groups: «مدنيون (بينهم 7 أطفال، نساء)». */
export function victimsPhrase(m: MentionLike, lang: Lang, name: Namer): string {
  const who = (id: string) => (id === 'unspecified' ? BOUND_WORDS.unspecified[lang] : name('victims', id, lang));
  const main = who(m.victims);
  const groups = (m.includes ?? []).map((g) => {
    const n = g.count && g.count.vague !== 'some' ? `${countPhrase(g.count, lang)} ` : '';
    return `${n}${who(g.victims)}`;
  });
  const sep = lang === 'ar' ? '، ' : ', ';
  return groups.length ? `${main} (${BOUND_WORDS.includes[lang]} ${groups.join(sep)})` : main;
}

/** The date of mention `index`: its own, else that of the event reporting it. */
function dateOf(analysis: AnalysisLike, index: number): DateLike | null {
  const own = analysis.casualties[index]!.date;
  if (own) return own;
  return analysis.events?.find((e) => e.mentions.includes(index))?.date ?? null;
}

/** The table rows of an analysis, in text order. */
export function tableRows(analysis: AnalysisLike, lang: Lang, name: Namer): Row[] {
  const sep = lang === 'ar' ? '، ' : ', ';
  return analysis.casualties.map((m, index) => {
    const flags = (['hypothetical', 'denied', 'zero'] as const).filter((f) => m[f]).map((f) => FLAG_WORDS[f]![lang]);
    const kind = KIND_WORDS[m.kind]?.[lang] ?? m.kind;
    const place = typeof m.place === 'object' && m.place !== null ? m.place : (m.location ?? null);
    const governorate = place?.governorate ?? m.location?.governorate ?? m.governorate ?? null;
    const causes = [m.cause, ...(m.coCauses ?? [])].filter((c): c is string => !!c);
    return {
      index,
      start: m.start,
      end: m.end,
      kind: m.kind,
      ...countBounds(m.count),
      cells: {
        kind: flags.length ? `${kind} (${flags.join(sep)})` : kind,
        count: countPhrase(m.count, lang),
        victims: victimsPhrase(m, lang, name),
        actor: (m.actors ?? []).map((a) => name('actors', a, lang)).join(sep),
        cause: causes.map((c) => name('causes', c, lang)).join(sep),
        place: place?.text ?? '',
        governorate: governorate ? name('places', governorate, lang) : '',
        source: m.source?.text ?? '',
        date: datePhrase(dateOf(analysis, index)),
        text: m.text,
      },
    };
  });
}
