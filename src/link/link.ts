/**
 * `linkReports`: events of different reports grouped into incidents, with every report's figures side by side.
 * @module link/link
 */
import type { Analysis } from '../analyze.js';
import { isoDay, publicationDay } from '../dates/calendar.js';
import { checkOptions, describe } from '../normalize/options.js';
import { localness } from '../places/resolve.js';
import { CASUALTY_KINDS, type CasualtyKind } from '../lexicon/types.js';
import type { PlaceMention } from '../places/types.js';
import type { Quantity } from '../quantity.js';
import { bucketsOf, fit, placeFit, type LinkEvent } from './compatible.js';
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

/** Days since 1970-01-01 of an event's `YYYY-MM-DD`, or `null`: the dates layer's own reading of a day. */
function dayOf(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  try {
    return publicationDay(text, 'linkReports');
  } catch {
    return null;
  }
}

/**
 * Publication: as given (a `Date` as its ISO string), its day as the dates layer reads it (the written date of a
 * timestamp), and its instant, which orders the figures (a timestamp without offset is UTC; a day is its midnight).
 */
function publication(value: unknown, id: string): Pick<ReadReport, 'published' | 'day' | 'time'> {
  if (value === undefined || value === null) return { published: null, day: null, time: null };
  const day = publicationDay(value, `linkReports: report '${id}'`, 'publishedAt');
  if (value instanceof Date) return { published: value.toISOString(), day, time: value.getTime() };
  const text = value as string;
  const withZone = text.length > 10 && !/(?:Z|[+-]\d\d:?\d\d)$/u.test(text) ? `${text}Z` : text;
  const time = text.length > 10 ? Date.parse(withZone) : Number.NaN;
  return { published: text, day, time: Number.isNaN(time) ? day * DAY : time };
}

function readReport(raw: unknown, index: number, read: NonNullable<LinkOptions['analyze']>): ReadReport {
  const where = `reports[${index}]`;
  if (raw === null || typeof raw !== 'object') throw new TypeError(`linkReports: ${where} must be an object, got ${describe(raw)}`);
  const r = raw as LinkReport;
  if (typeof r.id !== 'string' || r.id === '') throw new TypeError(`linkReports: ${where}.id must be a non-empty string, got ${describe(r.id)}`);
  const published = publication(r.publishedAt, r.id);
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

/** The days up to a report's publication, for an event its text does not date, or `null`. */
function publicationDays(report: ReadReport): [number, number] | null {
  return report.day === null ? null : [report.day - UNDATED_DAYS_BEFORE, report.day];
}

/** The days of an event's own date, or `null` when the text gives it none. */
function ownDays(event: Analysis['events'][number]): [number, number] | null {
  const date = (event as { date?: Partial<DayRange> | null }).date;
  const from = dayOf(date?.from);
  const to = dayOf(date?.to ?? date?.from);
  return from !== null && to !== null && from <= to ? [from, to] : null;
}

function eventsOf(reports: readonly ReadReport[]): LinkEvent[] {
  const out: LinkEvent[] = [];
  reports.forEach((report, r) => {
    report.analysis.events.forEach((e, k) => {
      const killed = e.evidence.filter((f) => f.kind === 'killed' && f.count?.value !== undefined && !f.count.approximate).map((f) => f.count!.value!);
      // An analysis made before places were resolved has locations without gazetteer readings: they cannot be linked.
      const location = e.location && Array.isArray(e.location.within) ? e.location : null;
      const kinds = Object.keys(e.figures);
      const held = kinds.some((kind) => CUSTODY.has(kind));
      // The days of an event: its own date, else the days up to its report's publication, else `null` — and none
      // for a running total («منذ بدء الحرب»), no incident however it is dated.
      const own = ownDays(e);
      const days = e.cumulative ? null : own ?? publicationDays(report);
      out.push({ report: r, event: k, days, datedBy: own ? 'text' : days ? 'publication' : null, location, actors: e.actors, cause: e.cause, killed, harmed: !held || kinds.some((kind) => !CUSTODY.has(kind)), held });
    });
  });
  return out;
}

/** The kinds of custody, not of harm to bodies: an event of these alone is an arrest or a disappearance. */
const CUSTODY: ReadonlySet<string> = new Set(['detained', 'missing']);

/** Can the event be linked at all: dated within a week, and placed in the gazetteer. */
const linkable = (e: LinkEvent): boolean => e.days !== null && e.days[1] - e.days[0] < LONGEST_INCIDENT_DAYS && e.location?.place != null;

interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * How many events of one place an event meets in one bucket: the ones nearest it in cause, actors and toll. A
 * bucket with at most this many events per place meets every pair; a denser one (thousands of reports of one day and
 * governorate) stays linear instead of quadratic.
 */
const PARTNERS = 32;

/** What `placeFit` reads of a location: events with one key are at the same place. */
const placeKey = (e: LinkEvent): string => {
  const l = e.location!;
  return `${l.place}|${l.type}|${l.governorate}|${l.within.join(',')}`;
};

/** The order in which an event's partners are taken: same cause, actors and toll side by side, then event order. */
const profile = (e: LinkEvent): string => `${e.cause ?? ''}|${e.actors.join(',')}|${e.killed.join(',')}`;

/**
 * Candidate pairs, bucketed by region and day so that only events that share a day and a governorate meet (or a
 * region above governorates and a place in it). In a bucket, events are grouped by place: the events of one place
 * meet their next `PARTNERS` in profile order, and two places that may nest meet each event of one with the first
 * `PARTNERS` of the other. A pair is proposed once, in the bucket of the first day both events cover.
 */
function candidateEdges(events: readonly LinkEvent[]): Edge[] {
  // Per bucket, the events placed in it (own) and those placed below a region above governorates, by place.
  const buckets = new Map<string, { own: Map<string, number[]>; below: Map<string, number[]> }>();
  const keys = events.map((e) => (linkable(e) ? placeKey(e) : ''));
  const add = (key: string, i: number, own: boolean) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { own: new Map(), below: new Map() }));
    const byPlace = own ? b.own : b.below;
    const k = keys[i]!;
    const list = byPlace.get(k);
    if (list) list.push(i);
    else byPlace.set(k, [i]);
  };
  events.forEach((e, i) => {
    if (!linkable(e)) return;
    const { own, above } = bucketsOf(e.location!);
    for (let d = e.days![0]; d <= e.days![1]; d++) {
      add(`${own}|${d}`, i, true);
      for (const region of above) add(`${region}|${d}`, i, false);
    }
  });
  const profiles = new Map<number, string>();
  const profileOf = (i: number) => {
    let p = profiles.get(i);
    if (p === undefined) profiles.set(i, (p = profile(events[i]!)));
    return p;
  };
  const inOrder = (list: number[]) => list.sort((x, y) => (profileOf(x) < profileOf(y) ? -1 : profileOf(x) > profileOf(y) ? 1 : x - y));
  const edges: Edge[] = [];
  const propose = (x: number, y: number, day: number) => {
    const [a, b] = [events[x]!, events[y]!];
    if (a.report === b.report || Math.max(a.days![0], b.days![0]) !== day) return;
    const score = fit(a, b);
    if (score > 0) edges.push(x < y ? { a: x, b: y, score } : { a: y, b: x, score });
  };
  /** Each event of `p` with the first PARTNERS of `q`, and the first PARTNERS of `p` with all of `q`: each pair once. */
  const across = (p: readonly number[], q: readonly number[], day: number) => {
    if (fit(events[p[0]!]!, { ...events[q[0]!]!, cause: null, actors: [] }) === 0) return;
    for (let x = 0; x < p.length; x++) {
      const upTo = x < PARTNERS ? q.length : Math.min(q.length, PARTNERS);
      for (let y = 0; y < upTo; y++) propose(p[x]!, q[y]!, day);
    }
  };
  for (const [key, { own, below }] of buckets) {
    const day = Number(key.slice(key.lastIndexOf('|') + 1));
    const places = [...own.values()].map(inOrder);
    const under = [...below.values()].map(inOrder);
    places.forEach((p, i) => {
      for (let x = 0; x < p.length; x++) for (let y = x + 1; y < Math.min(p.length, x + 1 + PARTNERS); y++) propose(p[x]!, p[y]!, day);
      for (let j = i + 1; j < places.length; j++) across(p, places[j]!, day);
      for (const q of under) across(p, q, day);
    });
  }
  // Best fits first, ties in event order: the grouping depends on the reports, not on their order.
  return edges.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** The localness from which a place is an area (a region, a governorate, a country), not one place in it. */
const AREA = localness('region');

/**
 * «قتل 14 مدنيا في غارات على محافظة إدلب»: an event placed only in an area (a region, a governorate) whose best fits,
 * equally good, are events of places apart in it (the day's strikes on Ariha and on Maarat al-Numan) could be either's
 * report: it joins none, rather than the one that sorts first.
 */
function withoutTorn(events: readonly LinkEvent[], edges: readonly Edge[]): readonly Edge[] {
  const best = new Map<number, { score: number; place: PlaceMention; torn: boolean }>();
  const consider = (x: number, y: number, score: number) => {
    if (localness(events[x]!.location!.type) < AREA) return;
    const b = best.get(x);
    const place = events[y]!.location!;
    if (!b || score > b.score) best.set(x, { score, place, torn: false });
    else if (score === b.score && !b.torn) b.torn = placeFit(b.place, place) === 0;
  };
  for (const e of edges) {
    consider(e.a, e.b, e.score);
    consider(e.b, e.a, e.score);
  }
  const torn = new Set([...best].filter(([, b]) => b.torn).map(([x]) => x));
  return torn.size ? edges.filter((e) => !torn.has(e.a) && !torn.has(e.b)) : edges;
}

/**
 * A group of events, summarized by what decides whether another may join it: its reports, the days all its events
 * share, and its distinct places, causes and actor lists. Within a group every two events may share an incident.
 */
interface Group {
  members: number[];
  reports: Set<number>;
  from: number;
  to: number;
  /** One event per distinct place (by `placeKey`), per distinct cause, per distinct non-empty actor list. */
  places: Map<string, LinkEvent>;
  causes: Map<string, LinkEvent>;
  actors: Map<string, LinkEvent>;
}

function groupOf(e: LinkEvent, i: number): Group {
  return {
    members: [i], reports: new Set([e.report]), from: e.days?.[0] ?? 0, to: e.days?.[1] ?? 0,
    places: new Map([[placeKey(e), e]]), causes: new Map(e.cause === null ? [] : [[e.cause, e]]),
    actors: new Map(e.actors.length ? [[e.actors.join(','), e]] : []),
  };
}

const everyPair = <T>(a: Map<string, T>, b: Map<string, T>, ok: (x: T, y: T) => boolean): boolean =>
  [...a.values()].every((x) => [...b.values()].every((y) => ok(x, y)));

/**
 * Every event of one group may share an incident with every event of the other: no report in both, the days of all
 * overlap (intervals that overlap two by two share a day), and each pair of their distinct places, causes and actor
 * lists fits — `fit` is 0 exactly when one of the three does not.
 */
function joinableGroups(a: Group, b: Group): boolean {
  if (Math.max(a.from, b.from) > Math.min(a.to, b.to)) return false;
  const [small, large] = a.reports.size < b.reports.size ? [a.reports, b.reports] : [b.reports, a.reports];
  for (const r of small) if (large.has(r)) return false;
  const neutral = { cause: null, actors: [] as string[] };
  return (
    everyPair(a.places, b.places, (x, y) => fit({ ...x, ...neutral }, { ...y, ...neutral }) > 0) &&
    everyPair(a.causes, b.causes, (x, y) => fit(x, { ...x, cause: y.cause, actors: [] }) > 0) &&
    everyPair(a.actors, b.actors, (x, y) => fit({ ...x, cause: null }, { ...x, cause: null, actors: y.actors }) > 0)
  );
}

/**
 * Groups events by the edges, best first. Two groups join only when every event of one may share an incident with
 * every event of the other, so that no chain joins places apart (a town, its countryside, another town in it) and no
 * incident holds two events of one report.
 */
function group(events: readonly LinkEvent[], edges: readonly Edge[]): number[][] {
  const parent = events.map((_, i) => i);
  const groups: (Group | null)[] = events.map((e, i) => (linkable(e) ? groupOf(e, i) : null));
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { a, b } of edges) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb || !joinableGroups(groups[ra]!, groups[rb]!)) continue;
    // The smaller index stays the root, so that a group is named by its first event; the smaller group is copied.
    const [keep, join] = ra < rb ? [ra, rb] : [rb, ra];
    const [g, h] = [groups[keep]!, groups[join]!];
    const [big, small] = g.members.length >= h.members.length ? [g, h] : [h, g];
    for (const m of small.members) big.members.push(m);
    for (const r of small.reports) big.reports.add(r);
    for (const key of ['places', 'causes', 'actors'] as const) for (const [k, v] of small[key]) if (!big[key].has(k)) big[key].set(k, v);
    big.from = Math.max(g.from, h.from);
    big.to = Math.min(g.to, h.to);
    parent[join] = keep;
    groups[keep] = big;
    groups[join] = null;
  }
  return events.flatMap((_, i) => (root(i) !== i ? [] : [groups[i] ? groups[i]!.members.sort((x, y) => x - y) : [i]]));
}

function incidentOf(members: readonly number[], events: readonly LinkEvent[], reports: readonly ReadReport[]): Incident {
  const list = members.map((i) => events[i]!);
  const first = list[0]!;
  const listed: IncidentEvent[] = list.map((e) => {
    const own = e.datedBy === 'text' ? reports[e.report]!.analysis.events[e.event]!.date : null;
    return {
      report: reports[e.report]!.id,
      event: e.event,
      date: e.days && { from: isoDay(e.days[0]), to: isoDay(e.days[1]) },
      datedBy: e.datedBy,
      dateSpan: own ? { start: own.start, end: own.end, text: own.text } : null,
      location: e.location,
      actors: e.actors.slice(),
      cause: e.cause,
    };
  });
  // The events of an incident overlap two by two, so they share at least one day.
  let date: DayRange | null = null;
  if (first.days) {
    let [from, to] = first.days;
    for (const e of list) if (e.days) [from, to] = [Math.max(from, e.days[0]), Math.min(to, e.days[1])];
    date = { from: isoDay(from), to: isoDay(to) };
  }
  // The most specific place: of the most local type, then with the most places around it.
  const specificity = (e: LinkEvent) => localness(e.location!.type) * 100 - e.location!.within.length;
  const placed = list.filter((e) => e.location?.place != null);
  const where = placed.reduce<LinkEvent | undefined>((best, e) => (!best || specificity(e) < specificity(best) ? e : best), undefined);
  const byKey = new Map<string, { kind: CasualtyKind; victims: string; figures: TimedFigure[] }>();
  // Each report's toll of a kind, whatever class it names («9 مدنيين», «11 شخصا», «13 قتيلا»): its event's figure.
  const byKind = new Map<CasualtyKind, TimedFigure[]>();
  for (const e of list) {
    const report = reports[e.report]!;
    const event = report.analysis.events[e.event]!;
    for (const f of event.evidence) {
      if (f.count === null) continue;
      const key = `${CASUALTY_KINDS.indexOf(f.kind)}|${f.victims}`;
      const entry = byKey.get(key) ?? { kind: f.kind, victims: f.victims, figures: [] };
      entry.figures.push(reportFigure(report, f.count, f.mention));
      byKey.set(key, entry);
    }
    for (const kind of CASUALTY_KINDS) {
      const count = event.figures[kind];
      if (!count) continue;
      const tolled = byKind.get(kind) ?? [];
      tolled.push(reportFigure(report, count, event.evidence.find((f) => f.kind === kind && f.count === count)?.mention));
      byKind.set(kind, tolled);
    }
  }
  const figures = [...byKey.entries()]
    .sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))
    .map(([, v]) => incidentFigure(v.kind, v.victims, v.figures));
  const tolls = CASUALTY_KINDS.filter((kind) => byKind.has(kind)).map((kind) => incidentFigure(kind, 'all', byKind.get(kind)!));
  return {
    id: `${reports[first.report]!.id}#${first.event}`,
    reports: [...new Set(listed.map((e) => e.report))],
    events: listed,
    date,
    place: where?.location!.place ?? null,
    governorate: where?.location!.governorate ?? null,
    actors: mostNamed(list.flatMap((e) => e.actors)),
    cause: mostNamed(list.flatMap((e) => (e.cause === null ? [] : [e.cause])))[0] ?? null,
    figures,
    tolls,
    conflict: figures.some((f) => f.conflict) || tolls.some((f) => f.conflict),
  };
}

/** The distinct values, the most often named first (on a tie, the first named first). */
function mostNamed(values: readonly string[]): string[] {
  const times = new Map<string, number>();
  for (const v of values) times.set(v, (times.get(v) ?? 0) + 1);
  return [...times.keys()].sort((a, b) => times.get(b)! - times.get(a)!);
}

/** A report's figure, with the span of the casualty mention it is read from (empty when none is found). */
function reportFigure(report: ReadReport, count: Quantity, mention: number | undefined): TimedFigure {
  const m = mention === undefined ? undefined : report.analysis.casualties[mention];
  const evidence = m ? { start: m.start, end: m.end, text: m.text } : { start: 0, end: 0, text: '' };
  return { report: report.id, publishedAt: report.published, count, evidence, time: report.time };
}

/** How a report given as text is read: its text, and the report for its publication day. @internal */
export type ReportReader = (text: string, report: LinkReport) => Analysis;

const LINK_OPTIONS: readonly string[] = ['analyze'];

/** A reader that analyzes each report with its publication day, so that «أمس» dates its events. @internal */
export const withPublication =
  (analyze: (text: string, options: { publishedAt?: string | Date }) => Analysis): ReportReader =>
  (text, r) => analyze(text, r.publishedAt == null ? {} : { publishedAt: r.publishedAt });

/**
 * `linkReports` with `read` as the reading of reports given as text (unless `options.analyze` replaces it): the root
 * passes the built-in `analyze`, an analyzer its own, so that linking carries no lexicon of its own. @internal
 */
export function linkReportsWith(defaultRead: ReportReader, reports: readonly LinkReport[], options: LinkOptions = {}): Incident[] {
  if (!Array.isArray(reports)) throw new TypeError(`linkReports: argument 'reports' must be an array, got ${describe(reports)}`);
  checkOptions(options, 'linkReports', LINK_OPTIONS, 'function');
  const read = options.analyze ?? defaultRead;
  const ordered = reports.map((r, i) => readReport(r, i, read)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < ordered.length; i++) if (ordered[i]!.id === ordered[i - 1]!.id) throw new TypeError(`linkReports: duplicate report id '${ordered[i]!.id}'`);
  const events = eventsOf(ordered);
  return group(events, withoutTorn(events, candidateEdges(events))).map((members) => incidentOf(members, events, ordered));
}
