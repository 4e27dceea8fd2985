/**
 * `linkReports`: events of different reports grouped into incidents, with every report's figures side by side.
 * @module link/link
 */
import type { Analysis } from '../analyze.js';
import { analyze } from '../root.js';
import { describe } from '../normalize/options.js';
import { localness } from '../places/resolve.js';
import { CASUALTY_KINDS, type CasualtyKind } from '../lexicon/types.js';
import { bucketsOf, fit, type LinkEvent } from './compatible.js';
import { incidentFigure, type TimedFigure } from './figures.js';
import type { DayRange, Incident, IncidentEvent, LinkOptions, LinkReport } from './types.js';

const DAY = 86_400_000;
/** An event dated over more days than this is a cumulative toll («منذ بداية الشهر»), no one incident. */
const LONGEST_INCIDENT_DAYS = 7;
/** An event its text does not date happened on its report's publication day or up to this many days before. */
const UNDATED_DAYS_BEFORE = 2;

interface ReadReport {
  readonly id: string;
  readonly analysis: Analysis;
  readonly published: string | null;
  readonly day: number | null;
  readonly time: number | null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Days since 1970-01-01 of `YYYY-MM-DD`, or `null`. */
function dayOf(text: unknown): number | null {
  const m = typeof text === 'string' ? ISO_DAY.exec(text) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).getUTCDate() === Number(m[3]) ? t / DAY : null;
}

const dayText = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Publication: its day as written and its instant (a date-time without offset is read as UTC). */
function publication(value: unknown, where: string): Pick<ReadReport, 'published' | 'day' | 'time'> {
  if (value === undefined || value === null) return { published: null, day: null, time: null };
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return { published: iso, day: dayOf(iso.slice(0, 10)), time: value.getTime() };
  }
  if (typeof value === 'string') {
    const day = dayOf(value.slice(0, 10));
    const withZone = value.length > 10 && !/(Z|[+-]\d\d:?\d\d)$/u.test(value) ? `${value}Z` : value;
    const time = Date.parse(withZone);
    if (day !== null && !Number.isNaN(time)) return { published: value, day, time };
  }
  throw new TypeError(`linkReports: ${where}.publishedAt must be a date (YYYY-MM-DD, an ISO date-time or a Date), got ${describe(value)}`);
}

function readReport(raw: unknown, index: number, read: NonNullable<LinkOptions['analyze']>): ReadReport {
  const where = `reports[${index}]`;
  if (raw === null || typeof raw !== 'object') throw new TypeError(`linkReports: ${where} must be an object, got ${describe(raw)}`);
  const r = raw as LinkReport;
  if (typeof r.id !== 'string' || r.id === '') throw new TypeError(`linkReports: ${where}.id must be a non-empty string, got ${describe(r.id)}`);
  const published = publication(r.publishedAt, `report '${r.id}'`);
  let analysis = r.analysis;
  if (analysis === undefined) {
    if (typeof r.text !== 'string') throw new TypeError(`linkReports: report '${r.id}' needs a text or an analysis`);
    analysis = read(r.text, r);
  }
  if (!analysis || !Array.isArray(analysis.events) || !Array.isArray(analysis.casualties)) {
    throw new TypeError(`linkReports: report '${r.id}' has no analysis with events and casualties`);
  }
  return { id: r.id, analysis, ...published };
}

/** The days of an event: its own date, else the days up to its report's publication, else `null`. */
function daysOf(event: Analysis['events'][number], report: ReadReport): [number, number] | null {
  const date = (event as { date?: Partial<DayRange> | null }).date;
  const from = dayOf(date?.from);
  const to = dayOf(date?.to ?? date?.from);
  if (from !== null && to !== null && from <= to) return [from, to];
  return report.day === null ? null : [report.day - UNDATED_DAYS_BEFORE, report.day];
}

function eventsOf(reports: readonly ReadReport[]): LinkEvent[] {
  const out: LinkEvent[] = [];
  reports.forEach((report, r) => {
    report.analysis.events.forEach((e, k) => {
      const killed = e.evidence.filter((f) => f.kind === 'killed' && f.count?.value !== undefined && !f.count.approximate).map((f) => f.count!.value!);
      // An analysis made before places were resolved has locations without gazetteer readings: they cannot be linked.
      const location = e.location && Array.isArray(e.location.within) ? e.location : null;
      out.push({ report: r, event: k, days: daysOf(e, report), location, actors: e.actors, cause: e.cause, killed });
    });
  });
  return out;
}

/** Can the event be linked at all: dated within a week, and placed in the gazetteer. */
const linkable = (e: LinkEvent): boolean => e.days !== null && e.days[1] - e.days[0] < LONGEST_INCIDENT_DAYS && e.location?.place != null;

interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Candidate pairs, bucketed by region and day so that only events that share a day and a governorate meet (or a
 * region above governorates and a place in it). A pair is proposed once, in the bucket of the first day both events
 * cover.
 */
function candidateEdges(events: readonly LinkEvent[]): Edge[] {
  // Per bucket, the events that are placed in it (own) and those placed below a region above governorates.
  const buckets = new Map<string, { own: number[]; below: number[] }>();
  const add = (key: string, i: number, own: boolean) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { own: [], below: [] }));
    (own ? b.own : b.below).push(i);
  };
  events.forEach((e, i) => {
    if (!linkable(e)) return;
    const { own, above } = bucketsOf(e.location!);
    for (let d = e.days![0]; d <= e.days![1]; d++) {
      add(`${own}|${d}`, i, true);
      for (const region of above) add(`${region}|${d}`, i, false);
    }
  });
  const edges: Edge[] = [];
  const propose = (x: number, y: number, day: number) => {
    const [a, b] = [events[x]!, events[y]!];
    if (a.report === b.report || Math.max(a.days![0], b.days![0]) !== day) return;
    const score = fit(a, b);
    if (score > 0) edges.push(x < y ? { a: x, b: y, score } : { a: y, b: x, score });
  };
  for (const [key, { own, below }] of buckets) {
    const day = Number(key.slice(key.lastIndexOf('|') + 1));
    for (let x = 0; x < own.length; x++) {
      for (let y = x + 1; y < own.length; y++) propose(own[x]!, own[y]!, day);
      for (const y of below) propose(own[x]!, y, day);
    }
  }
  // Best fits first, ties in event order: the grouping depends on the reports, not on their order.
  return edges.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** Two events may share an incident: their days overlap and they fit. */
const joinable = (a: LinkEvent, b: LinkEvent): boolean =>
  a.report !== b.report && a.days![0] <= b.days![1] && b.days![0] <= a.days![1] && fit(a, b) > 0;

/**
 * Groups events by the edges, best first. Two groups join only when every event of one may share an incident with
 * every event of the other, so that no chain joins places apart (a town, its countryside, another town in it) and no
 * incident holds two events of one report.
 */
function group(events: readonly LinkEvent[], edges: readonly Edge[]): number[][] {
  const parent = events.map((_, i) => i);
  const members = events.map((_, i) => [i]);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { a, b } of edges) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) continue;
    if (!members[ra]!.every((x) => members[rb]!.every((y) => joinable(events[x]!, events[y]!)))) continue;
    // The smaller index stays the root, so that a group is named by its first event.
    const [keep, join] = ra < rb ? [ra, rb] : [rb, ra];
    parent[join] = keep;
    members[keep] = [...members[keep]!, ...members[join]!].sort((x, y) => x - y);
    members[join] = [];
  }
  return events.flatMap((_, i) => (root(i) === i ? [members[i]!] : []));
}

function incidentOf(members: readonly number[], events: readonly LinkEvent[], reports: readonly ReadReport[]): Incident {
  const list = members.map((i) => events[i]!);
  const first = list[0]!;
  const listed: IncidentEvent[] = list.map((e) => ({
    report: reports[e.report]!.id,
    event: e.event,
    date: e.days && { from: dayText(e.days[0]), to: dayText(e.days[1]) },
    location: e.location,
    actors: e.actors.slice(),
    cause: e.cause,
  }));
  const dated = list.filter((e) => e.days !== null).map((e) => e.days!);
  let date: DayRange | null = null;
  if (dated.length) {
    const from = Math.max(...dated.map((d) => d[0]));
    const to = Math.min(...dated.map((d) => d[1]));
    date = from <= to ? { from: dayText(from), to: dayText(to) } : { from: dayText(Math.min(...dated.map((d) => d[0]))), to: dayText(Math.max(...dated.map((d) => d[1]))) };
  }
  // The most specific place: of the most local type, then with the most places around it.
  const specificity = (e: LinkEvent) => localness(e.location!.type) * 100 - e.location!.within.length;
  const placed = list.filter((e) => e.location?.place != null);
  const where = placed.reduce<LinkEvent | undefined>((best, e) => (!best || specificity(e) < specificity(best) ? e : best), undefined);
  const byKey = new Map<string, { kind: CasualtyKind; victims: string; figures: TimedFigure[] }>();
  for (const e of list) {
    const report = reports[e.report]!;
    const event = report.analysis.events[e.event]!;
    for (const f of event.evidence) {
      if (f.count === null) continue;
      const key = `${CASUALTY_KINDS.indexOf(f.kind)}|${f.victims}`;
      const entry = byKey.get(key) ?? { kind: f.kind, victims: f.victims, figures: [] };
      const m = report.analysis.casualties[f.mention];
      const evidence = m ? { start: m.start, end: m.end, text: m.text } : { start: 0, end: 0, text: '' };
      entry.figures.push({ report: report.id, publishedAt: report.published, count: f.count, evidence, time: report.time });
      byKey.set(key, entry);
    }
  }
  const figures = [...byKey.entries()]
    .sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))
    .map(([, v]) => incidentFigure(v.kind, v.victims, v.figures));
  return {
    id: `${reports[first.report]!.id}#${first.event}`,
    reports: [...new Set(listed.map((e) => e.report))],
    events: listed,
    date,
    place: where?.location!.place ?? null,
    governorate: where?.location!.governorate ?? null,
    figures,
    conflict: figures.some((f) => f.conflict),
  };
}

/**
 * Groups the events of many reports into incidents: events of different reports on overlapping days, in the same
 * or nested places (a town and its countryside), with compatible actors and causes, are one incident; and lists,
 * per kind and victim class, every report's figures with their spans, the range they agree on and whether they
 * conflict (an exact figure outside another report's range that is no later rise, or a toll that falls as time
 * passes).
 *
 * An event is dated by its own `date` (`{ from, to }`, as `analyze` gives with a publication date), else as the
 * days up to two before its report's publication; an event without days, without a gazetteer place, or spread over
 * more than a week (a cumulative toll) is an incident of its own. Events meet only within one governorate and day,
 * so linking stays near-linear in the number of events; the result is the same whatever the order of the reports.
 *
 * @param reports - `{ id, text | analysis, publishedAt }` each; ids unique
 * @param options - `analyze`: how to read a report given as text (default: the built-in `analyze`)
 * @returns the incidents, by their first report's id
 * @throws TypeError on a malformed report, a duplicate id or a publication date that is no date
 * @example
 * ```ts
 * const incidents = linkReports([
 *   { id: 'a', text: 'قتل 12 مدنيا في غارات على بلدة كفرنبل بريف إدلب', publishedAt: '2019-05-14' },
 *   { id: 'b', text: 'مقتل 15 مدنيا بقصف جوي على كفرنبل', publishedAt: '2019-05-14' },
 * ]);
 * incidents[0].reports; // → ['a', 'b']
 * incidents[0].governorate; // → 'idlib'
 * incidents[0].conflict; // → true (12 and 15, published the same day)
 * ```
 */
export function linkReports(reports: readonly LinkReport[], options: LinkOptions = {}): Incident[] {
  if (!Array.isArray(reports)) throw new TypeError(`linkReports: argument 'reports' must be an array, got ${describe(reports)}`);
  if (options === null || typeof options !== 'object') throw new TypeError(`linkReports: argument 'options' must be an object, got ${describe(options)}`);
  // The built-in reading dates each event with the report's publication day («أمس» is the day before it).
  const read = options.analyze ?? ((text: string, r: LinkReport) => analyze(text, r.publishedAt == null ? {} : { publishedAt: r.publishedAt }));
  if (typeof read !== 'function') throw new TypeError(`linkReports: options.analyze must be a function, got ${describe(read)}`);
  const ordered = reports.map((r, i) => readReport(r, i, read)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < ordered.length; i++) if (ordered[i]!.id === ordered[i - 1]!.id) throw new TypeError(`linkReports: duplicate report id '${ordered[i]!.id}'`);
  const events = eventsOf(ordered);
  return group(events, candidateEdges(events)).map((members) => incidentOf(members, events, ordered));
}
