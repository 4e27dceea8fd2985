/**
 * The incidents view's one connection to the library: `linkReports`, when the build exports it. Everything the
 * page knows about its result is here — the call and the reading of the incidents into a table per incident
 * (one row per kind and victim class, one column per report, the agreed range and the conflict flag).
 *
 * The shape read is the one issue 11 gives: `linkReports([{ id, text | analysis, publishedAt }])` returns incidents
 * (an array, or `{ incidents }`), each with the ids of its `reports`, an optional `date` and `place`, and `figures`:
 * one per kind and victim class, listing every report's figure with its span (`values`), the agreed `range` and a
 * `conflict` flag. Field names that the shape leaves open are read in the forms noted below.
 */
import { KIND_WORDS, UI, BOUND_WORDS, type Lang, type Namer } from './labels.js';
import { countPhrase, datePhrase, type DateLike, type QuantityLike } from './rows.js';

/** A report as the page gives it to `linkReports`. */
export interface LinkInput {
  id: string;
  analysis: unknown;
  publishedAt?: string;
}

/** The function, as the page calls it. */
export type LinkReports = (reports: LinkInput[]) => unknown;

/** The library's function `name`, or `null` while the build has none (layers land one branch at a time). */
export function libraryFunction(lib: object, name: string): ((...args: never[]) => unknown) | null {
  const fn = (lib as Record<string, unknown>)[name];
  return typeof fn === 'function' ? (fn as (...args: never[]) => unknown) : null;
}

/** `linkReports` of the library, or `null` while the build has none. */
export const linkReportsOf = (lib: object): LinkReports | null => libraryFunction(lib, 'linkReports') as LinkReports | null;

/** One report's figure in an incident, with its span in that report's text. */
export interface FigureValue {
  report: string;
  count: QuantityLike | null;
  start: number;
  end: number;
  text: string;
}

/** One row of an incident's table. */
export interface FigureRow {
  kind: string;
  victims: string;
  /** Per report id, the figures that report gives (most give one; a toll update gives two). */
  values: Record<string, FigureValue[]>;
  agreed: string;
  conflict: boolean;
}

/** One incident as the page shows it. */
export interface IncidentView {
  title: string;
  reports: string[];
  rows: FigureRow[];
  conflict: boolean;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A per-report figure: `report` (or `id`, `reportId`), `count`, and the span (on the value or under `span`). */
function figureValue(v: unknown): FigureValue | null {
  if (!isObject(v)) return null;
  const report = v.report ?? v.id ?? v.reportId;
  const span = isObject(v.span) ? v.span : v;
  if (typeof report !== 'string' || typeof span.start !== 'number' || typeof span.end !== 'number') return null;
  return {
    report,
    count: isObject(v.count) ? (v.count as QuantityLike) : null,
    start: span.start,
    end: span.end,
    text: typeof span.text === 'string' ? span.text : '',
  };
}

/** The agreed range (`range` or `agreed`, a quantity or `{ min, max }`) as a phrase. */
function agreedPhrase(f: Loose, lang: Lang): string {
  const range = f.range ?? f.agreed;
  if (!isObject(range)) return BOUND_WORDS.none[lang];
  const { min, max } = range as { min?: number; max?: number };
  if (min !== undefined && max !== undefined && min === max) return String(min);
  return countPhrase(range as QuantityLike, lang);
}

/** A conflict flag given as a boolean or as a list of conflicts. */
const flagged = (v: unknown): boolean => v === true || (Array.isArray(v) && v.length > 0);

/** The incidents of a `linkReports` result, ready to show; `[]` for anything that is not one. */
export function incidentViews(result: unknown, lang: Lang, name: Namer): IncidentView[] {
  const incidents = Array.isArray(result) ? result : isObject(result) ? list(result.incidents) : [];
  return incidents.filter(isObject).map((inc) => {
    const rows: FigureRow[] = list(inc.figures)
      .filter(isObject)
      .map((f) => {
        const values: Record<string, FigureValue[]> = {};
        for (const v of list(f.values ?? f.reports ?? f.figures)) {
          const fv = figureValue(v);
          if (fv) (values[fv.report] ??= []).push(fv);
        }
        const victims = typeof f.victims === 'string' ? f.victims : 'unspecified';
        return {
          kind: typeof f.kind === 'string' ? (KIND_WORDS[f.kind]?.[lang] ?? f.kind) : '',
          victims: victims === 'unspecified' ? BOUND_WORDS.unspecified[lang] : name('victims', victims, lang),
          values,
          agreed: agreedPhrase(f, lang),
          conflict: flagged(f.conflict ?? f.conflicts),
        };
      });
    const fromRows = rows.flatMap((r) => Object.keys(r.values));
    const reports = [...new Set([...list(inc.reports).map((r) => (isObject(r) ? r.id : r)).filter((r): r is string => typeof r === 'string'), ...fromRows])];
    const place = isObject(inc.place) ? inc.place : isObject(inc.location) ? inc.location : null;
    const governorate = typeof place?.governorate === 'string' ? name('places', place.governorate, lang) : '';
    const title = [datePhrase(isObject(inc.date) ? (inc.date as DateLike) : null), typeof place?.text === 'string' ? place.text : '', governorate]
      .filter(Boolean)
      .join(' · ');
    return { title, reports, rows, conflict: flagged(inc.conflict ?? inc.conflicts) || rows.some((r) => r.conflict) };
  });
}

/** The id of the `i`-th report (0-based) in links, exports and the incidents: `r1`, `r2`, … */
export const reportId = (i: number): string => `r${i + 1}`;

/** The index of the report with id `id`, `-1` for an id the page did not give. */
export const reportIndex = (id: string): number => (/^r[1-9]\d*$/u.test(id) ? Number(id.slice(1)) - 1 : -1);

/** Links the page's reports with `linkReports` (the analyses the page shows, read with the chosen lexicon). */
export function linkIncidents(
  linkReports: LinkReports,
  reports: readonly { analysis: unknown; publishedAt: string }[],
  lang: Lang,
  name: Namer,
): IncidentView[] {
  return incidentViews(linkReports(linkInput(reports)), lang, name);
}

/** The page's reports as `linkReports` takes them: id, analysis, and the publication day when known. */
export function linkInput(reports: readonly { analysis: unknown; publishedAt: string }[]): LinkInput[] {
  return reports.map((r, i) => ({ id: reportId(i), analysis: r.analysis, ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}) }));
}

/** The word for an incident's or a figure's flag. */
export const flagWord = (conflict: boolean, lang: Lang): string => (conflict ? UI.conflict[lang] : UI.agrees[lang]);
