/**
 * The table of casualty mentions as pure data: one row per mention of an analysis, each cell the words a
 * documenter would write («أكثر من 20 مدنياً» becomes kind «قتلى», count «أكثر من 20», victims «مدنيون»), the place
 * with its governorate, and the date of the event that reports the mention.
 */
import type { CasualtyEvent, CasualtyMention, EventDate, Quantity } from 'hasila';
import { BOUND_WORDS, FLAG_WORDS, KIND_WORDS, VAGUE_WORDS, type ColumnId, type Lang, type Namer } from './labels.js';

/** The quantity shape of the library («12», «نحو 30», «أكثر من 20», «عشرات»). */
export type QuantityLike = Quantity;

/** A casualty mention of the library; the fields the table reads. */
export type MentionLike = Pick<
  CasualtyMention,
  'start' | 'end' | 'text' | 'kind' | 'count' | 'victims' | 'includes' | 'actors' | 'cause' | 'coCauses' | 'location' | 'source' | 'hypothetical' | 'denied' | 'zero'
>;

/** Calendar days (an event's date, an incident's days). */
export type DateLike = Pick<EventDate, 'from' | 'to'>;

/** An analysis of the library; the fields the table reads. */
export interface AnalysisLike {
  casualties: readonly MentionLike[];
  events: readonly Pick<CasualtyEvent, 'mentions' | 'date'>[];
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

/** A day or a period: «2016-06-22», «2016-06-18 – 2016-06-19». */
export function datePhrase(d: DateLike | null | undefined): string {
  if (!d) return '';
  return d.from === d.to ? d.from : `${d.from} – ${d.to}`;
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

/** The date of mention `index`: that of the event reporting it. */
const dateOf = (analysis: AnalysisLike, index: number): DateLike | null =>
  analysis.events.find((e) => e.mentions.includes(index))?.date ?? null;

/** The table rows of an analysis, in text order. */
export function tableRows(analysis: AnalysisLike, lang: Lang, name: Namer): Row[] {
  const sep = lang === 'ar' ? '، ' : ', ';
  return analysis.casualties.map((m, index) => {
    const flags = (['hypothetical', 'denied', 'zero'] as const).filter((f) => m[f]).map((f) => FLAG_WORDS[f]![lang]);
    const kind = KIND_WORDS[m.kind]?.[lang] ?? m.kind;
    const place = m.location;
    const governorate = place?.governorate ?? null;
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
