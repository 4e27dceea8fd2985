/**
 * The incidents view's reading of `linkReports`: the page's reports given to it, and each incident it returns made
 * into a table — one row per kind and victim class, one column per report with that report's figures and their
 * spans, the range the reports agree on (or, when they do not, their spread) and the conflict flag.
 */
import type { Analysis, CountRange, Incident, IncidentFigure, LinkReport, ReportFigure } from 'hasila';
import { KIND_WORDS, UI, BOUND_WORDS, type Lang, type Namer } from './labels.js';
import { countPhrase, datePhrase } from './rows.js';

/** `linkReports`, as the page calls it (the library's, or a stand-in in tests). */
export type LinkReports = (reports: LinkReport[]) => Incident[];

/** One row of an incident's table. */
export interface FigureRow {
  kind: string;
  victims: string;
  /** Per report id, the figures that report gives, with their spans (most give one; a toll update gives two). */
  values: Record<string, ReportFigure[]>;
  /** The range every report allows, or `—` when they do not agree. */
  agreed: string;
  /** From the lowest to the highest figure. */
  spread: string;
  conflict: boolean;
}

/** One incident as the page shows it. */
export interface IncidentView {
  /** Its days, its place and its governorate, named. */
  title: string;
  reports: string[];
  rows: FigureRow[];
  conflict: boolean;
}

/** A range of counts as a person says it: «12», «12–15», «أكثر من 20». */
export function rangePhrase(range: CountRange | null, lang: Lang): string {
  if (!range) return BOUND_WORDS.none[lang];
  if (range.max === range.min) return String(range.min);
  return countPhrase(range.max === null ? { min: range.min } : { min: range.min, max: range.max }, lang);
}

function figureRow(f: IncidentFigure, lang: Lang, name: Namer): FigureRow {
  const values: Record<string, ReportFigure[]> = {};
  for (const v of f.figures) (values[v.report] ??= []).push(v);
  return {
    kind: KIND_WORDS[f.kind]?.[lang] ?? f.kind,
    victims: f.victims === 'unspecified' ? BOUND_WORDS.unspecified[lang] : name('victims', f.victims, lang),
    values,
    agreed: rangePhrase(f.agreed, lang),
    spread: rangePhrase(f.spread, lang),
    conflict: f.conflict,
  };
}

/** An incident of `linkReports`, ready to show. */
export function incidentView(incident: Incident, lang: Lang, name: Namer): IncidentView {
  const place = incident.place === null ? '' : name('places', incident.place, lang);
  const governorate = incident.governorate === null ? '' : name('places', incident.governorate, lang);
  const title = [datePhrase(incident.date), place, governorate === place ? '' : governorate].filter(Boolean).join(' · ');
  return { title, reports: incident.reports, rows: incident.figures.map((f) => figureRow(f, lang, name)), conflict: incident.conflict };
}

/** The id of the `i`-th report (0-based) in links, exports and the incidents: `r1`, `r2`, … */
export const reportId = (i: number): string => `r${i + 1}`;

/** The index of the report with id `id`, `-1` for an id the page did not give. */
export const reportIndex = (id: string): number => (/^r[1-9]\d*$/u.test(id) ? Number(id.slice(1)) - 1 : -1);

/** A report of the page: the analysis it shows (read with the chosen lexicon) and its publication day, if given. */
export interface PageReport {
  analysis: Analysis;
  publishedAt: string;
}

/** The page's reports as `linkReports` takes them: id, analysis, and the publication day when known. */
export const linkInput = (reports: readonly PageReport[]): LinkReport[] =>
  reports.map((r, i) => ({ id: reportId(i), analysis: r.analysis, ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}) }));

/** Links the page's reports and reads the incidents that several reports tell, ready to show. */
export function linkIncidents(linkReports: LinkReports, reports: readonly PageReport[], lang: Lang, name: Namer): IncidentView[] {
  return linkReports(linkInput(reports)).map((i) => incidentView(i, lang, name));
}

/** The word for an incident's or a figure's flag. */
export const flagWord = (conflict: boolean, lang: Lang): string => (conflict ? UI.conflict[lang] : UI.agrees[lang]);
