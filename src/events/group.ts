/**
 * Grouping casualty mentions into events, and the article summary.
 * @module events/group
 */
import type { CasualtyMention, Victims } from '../casualties/types.js';
import type { CasualtyKind, PlaceType } from '../lexicon/types.js';
import type { PlaceMention } from '../places/types.js';
import type { Quantity } from '../quantity.js';
import { causesAgree } from '../link/compatible.js';
import type { ArticleSummary, CasualtyEvent, KilledCounts } from './types.js';

/** How many of the latest events, and of the latest members of each, a mention is compared with. */
const RECENT_GROUPS = 32;

/**
 * The figure a quantity gives for the summary: its value or stated lower bound. Figure-less quantities count 0:
 * «مئات آلاف» guarantees 100,000 linguistically, but such phrases are too loose to add to a toll.
 */
export function lowerBound(q: Quantity | null): number {
  if (!q || q.vague !== undefined) return 0;
  return q.value ?? q.min ?? 0;
}

// How precise a figure is: exact > bound > approximate > vague > none.
function precision(q: Quantity | null): number {
  if (!q) return 0;
  if (q.value !== undefined) return q.approximate ? 3 : 5;
  if (q.min !== undefined && q.vague === undefined) return 4;
  return q.vague === 'some' || q.vague === 'unknown' ? 1 : 2;
}

const placeWord = (m: CasualtyMention): string | null => {
  const t = m.location?.text;
  if (!t) return null;
  const words = t.split(/\s+/u);
  return words[words.length - 1] ?? null;
};

/** The figure a quantity states, exact or as a bound or approximation («9»، «9 على الأقل»، «نحو 9»); vague ones none. */
const statedFigure = (q: Quantity | null): number | undefined => (!q || q.vague !== undefined ? undefined : q.value ?? q.min);

/** The same stated figure: a headline's «9» and the body's «9 على الأقل» are one report. */
function sameFigure(a: Quantity | null, b: Quantity | null): boolean {
  const x = statedFigure(a);
  return x !== undefined && x > 0 && x === statedFigure(b);
}

/**
 * Whether two mentions' places may be one: either names none, or one's last word is in the other («دوما» and «مدينة
 * دوما»); with `nested`, also when the gazetteer puts one inside the other («غزة» in «القطاع», the Gaza Strip).
 */
function samePlace(a: CasualtyMention, b: CasualtyMention, nested = false): boolean {
  const la = a.location;
  const lb = b.location;
  if (!la || !lb) return true;
  if (nested && la.place && lb.place && (la.place === lb.place || la.within.includes(lb.place) || lb.within.includes(la.place))) return true;
  const pa = placeWord(a)!;
  const pb = placeWord(b)!;
  return pa === pb || la.text.includes(pb) || lb.text.includes(pa);
}

/**
 * A figure from this on, told again in a place the gazetteer nests in the other's, is the same report («52 شهيدا» of
 * a headline in «غزة» and of the body in «القطاع»); smaller ones coincide between a governorate's villages.
 */
const NESTED_REPEAT_MIN = 10;

/**
 * Whether a repeated figure may be the same report in nested places: large enough, of the same victims (or of
 * victims one does not name) and of causes outlets name one strike by («10 مدنيين في غارة على سراقب» and «10 عناصر
 * في اشتباكات بإدلب» are two).
 */
function nestedRepeat(o: CasualtyMention, m: CasualtyMention): boolean {
  return statedFigure(m.count)! >= NESTED_REPEAT_MIN && (o.victims === m.victims || UNNAMED.has(o.victims) || UNNAMED.has(m.victims)) &&
    causesAgree(o.cause, m.cause);
}

/** Victims a report names by no class: «500 شهيد»، «500 شخص» may be «500 مدني» of another outlet. */
const UNNAMED: ReadonlySet<Victims> = new Set(['unspecified', 'people']);

/**
 * «واستشهد 20 آخرون»، «وقتل 11 آخرون»: others are more victims, never a repeat of a figure told before of no others
 * («أصيب أربعة آخرون» of a headline and «إصابة أربعة آخرين» of the body are one report).
 */
const others = (m: CasualtyMention): boolean => /(^|\s)[وف]?(ال)?[اآ]خر(ون|ين|يات)?$/u.test(m.text);

function compatible(a: CasualtyMention, b: CasualtyMention, nested = false): boolean {
  const actors = !a.actors.length || !b.actors.length || a.actors.some((x) => b.actors.includes(x));
  return samePlace(a, b, nested) && actors;
}

/**
 * Groups mentions into events. Mentions join an event when they are the same statement's other kinds (a
 * killed+injured pair in one sentence), when they repeat its exact figure (headline and body), when they update
 * its toll («ارتفاع حصيلة القتلى إلى…», by place) or tell, right after it, the deaths it rose by, when they count
 * bodies recovered near it, or when an uncounted mention («سقوط قتلى») and a counted one of the same kind, place
 * and actor are within two sentences. A statement that is no fact (hypothetical, denied or zero, given with
 * `includeNonFacts`) is no incident: it joins no event, so neither the events nor the summary count it.
 *
 * @param mentions - from `extractCasualties`, in text order
 * @param sentenceOf - the sentence index of each mention
 * @param links - the toll each mention tells the deaths it rose by (`risesBy`: its index, or -1), whether it
 *   is an earlier report the toll has since replaced (`earlierFigures`: it joins an event of its kind and place with
 *   a figure no smaller, whose figure it does not give), and whether it is told as another incident (`apart`: it
 *   joins none told before its sentence)
 * @internal
 */
export function groupEvents(mentions: readonly CasualtyMention[], sentenceOf: readonly number[], links: EventLinks = {}): CasualtyEvent[] {
  const { risesBy = [], earlierFigures = [], apart = [] } = links;
  const groups: number[][] = [];
  mentions.forEach((m, i) => {
    if (m.hypothetical || m.denied || m.zero) return;
    let target = -1;
    // «واستشهد 20 آخرون»: others of the kind told before («مقتل عشرة وإصابة 22 آخرين» are others than the dead).
    const moreOfKind = others(m) && !(i > 0 && sentenceOf[i - 1] === sentenceOf[i] && mentions[i - 1]!.kind !== m.kind);
    // An article reports a handful of incidents: look back over the latest ones only, and at most the latest
    // members of each, so that grouping stays linear on texts with thousands of mentions.
    for (let g = groups.length - 1; g >= Math.max(0, groups.length - RECENT_GROUPS) && target < 0; g--) {
      const members = groups[g]!;
      const recent = members.slice(-RECENT_GROUPS);
      for (const j of recent) {
        const o = mentions[j]!;
        const sameSentence = sentenceOf[j] === sentenceOf[i];
        // «وفي حادث منفصل…»: another incident, whatever it shares with those told before.
        if (apart[i] && !sameSentence) continue;
        // A running total («منذ بدء الحرب») is no incident's toll, nor an incident a rise of it.
        if (o.cumulative !== m.cumulative) continue;
        const near = sentenceOf[i]! - sentenceOf[j]! <= 2;
        const pair = sameSentence && o.kind !== m.kind && compatible(o, m) && !recent.some((k) => mentions[k]!.kind === m.kind && sentenceOf[k] === sentenceOf[i]);
        const repeat = o.kind === m.kind && sameFigure(o.count, m.count) && (!moreOfKind || others(o)) && compatible(o, m, nestedRepeat(o, m));
        // A toll update usually names no actor of its own: the place decides.
        const toll = m.rule === 'toll' && o.kind === m.kind && samePlace(o, m);
        // The deaths a rise is told by, right after it («ارتفعت الحصيلة إلى 9 قتلى بعد وفاة 4 جرحى»), are among its toll.
        const rise = risesBy[i] === j && lowerBound(m.count) < lowerBound(o.count);
        // «… إلى 104 قتلى. وكانت حصيلة أولية قد تحدثت عن مقتل 55»: the figure the toll replaced.
        const replaced = earlierFigures[i] === true && o.kind === m.kind && samePlace(o, m) && !earlierFigures[j] && lowerBound(m.count) <= lowerBound(o.count);
        const vagueThenCount = near && o.kind === m.kind && compatible(o, m) && (precision(o.count) <= 1 || precision(m.count) <= 1);
        // Bodies recovered after a strike («انتشلت جثث 11 شخصاً») are among its dead.
        const bodies = m.rule === 'bodies' && near && o.kind === 'killed' && samePlace(o, m);
        if (pair || repeat || toll || rise || replaced || vagueThenCount || bodies) {
          target = g;
          break;
        }
      }
    }
    if (target < 0) {
      target = groups.length;
      groups.push([]);
    }
    groups[target]!.push(i);
  });
  return groups.map((members) => toEvent(mentions, members, earlierFigures));
}

/** What links a mention to the one before it beyond its words, read by the casualty layer. @internal */
export interface EventLinks {
  readonly risesBy?: readonly number[];
  readonly earlierFigures?: readonly boolean[];
  readonly apart?: readonly boolean[];
}

function toEvent(mentions: readonly CasualtyMention[], members: number[], earlierFigures: readonly boolean[]): CasualtyEvent {
  const figures: CasualtyEvent['figures'] = {};
  const best = new Map<string, number>();
  for (const i of members) {
    const m = mentions[i]!;
    const current = best.get(m.kind);
    // A figure since replaced, as tolls are, by a larger one is not the event's.
    if (earlierFigures[i] && current !== undefined && lowerBound(m.count) <= lowerBound(mentions[current]!.count)) continue;
    const better =
      current === undefined ||
      m.rule === 'toll' ||
      (mentions[current]!.rule !== 'toll' && precision(m.count) > precision(mentions[current]!.count));
    if (better) best.set(m.kind, i);
  }
  for (const [kind, i] of best) figures[kind as keyof typeof figures] = mentions[i]!.count;
  const main = mentions[best.get('killed') ?? members[0]!]!;
  // Actors, cause and place come from the first report that gives them: a later toll update rarely repeats them, and
  // a figure since replaced is read last.
  const reports = [...members.filter((i) => mentions[i]!.rule !== 'toll' && !earlierFigures[i]), ...members];
  const pick = <T>(get: (m: CasualtyMention) => T | null, empty: (v: T) => boolean): T | null => {
    for (const i of reports) {
      const v = get(mentions[i]!);
      if (v !== null && !empty(v)) return v;
    }
    return null;
  };
  return {
    figures,
    victims: mentions[reports.find((i) => mentions[i]!.kind === main.kind) ?? members[0]!]!.victims,
    actors: pick((m) => m.actors, (a) => a.length === 0) ?? [],
    cause: pick((m) => m.cause, () => false),
    location: narrowest(reports.map((i) => mentions[i]!.location)),
    date: null,
    mentions: members,
    evidence: members.map((i) => ({ kind: mentions[i]!.kind, count: mentions[i]!.count, victims: mentions[i]!.victims, mention: i })),
    ...(main.cumulative ? { cumulative: true } : {}),
  };
}

/** Places that hold towns: a report naming one of the towns in them («بلدة سرمين في ريف إدلب» after the headline's «ريف إدلب») says where. */
const AREAS: ReadonlySet<PlaceType> = new Set(['country', 'governorate', 'region']);

/**
 * The event's place: the first report's, or a later report's place inside it — in it by the gazetteer, or a town or
 * quarter of the same governorate where the first named an area (a city too where it named the governorate or the
 * country: «ريف السويداء» is not the city it is named after).
 */
function narrowest(places: readonly (PlaceMention | null)[]): PlaceMention | null {
  let at: PlaceMention | null = null;
  for (const p of places) {
    if (!p) continue;
    if (!at) at = p;
    else if (at.place && p.place && p.place !== at.place && (p.within.includes(at.place) || inArea(p, at))) at = p;
  }
  return at;
}

function inArea(p: PlaceMention, area: PlaceMention): boolean {
  if (area.type === null || !AREAS.has(area.type) || p.type === null || AREAS.has(p.type) || (p.type === 'city' && area.type === 'region')) return false;
  return p.governorate !== null && p.governorate === area.governorate;
}

const CIVILIAN: ReadonlySet<Victims> = new Set(['civilians', 'children', 'women', 'medical', 'rescuers', 'journalists', 'crew', 'families']);
const NON_CIVILIAN: ReadonlySet<Victims> = new Set(['fighters', 'soldiers']);
const ONE_CLASS: Record<'children' | 'women', ReadonlySet<Victims>> = { children: new Set(['children']), women: new Set(['women']) };
/** The kinds that are deaths: the executed died too, so they count in the article's killed total. */
const DEATHS = ['killed', 'executed'] as const;

/**
 * The article-level record: the main event (most deaths) gives place, cause and actors; killed counts are sums over
 * events of the figures given as numbers (value or «أكثر من» bound; vague ones count 0) for the killed and the
 * executed, by victim class, with sub-groups («بينهم 8 أطفال») counted for children and women, and the executed
 * also on their own. Running totals (`cumulative` events: «منذ بدء الحرب») are no incidents: they are left out of
 * the sums and give the main event only when the article tells no incident; `cumulative` keeps the largest.
 *
 * @param events - from {@link groupEvents}
 * @param mentions - the casualty mentions the events index
 * @param categoryOf - the dataset category of an actor id
 * @internal
 */
export function summarize(
  events: readonly CasualtyEvent[],
  mentions: readonly CasualtyMention[],
  categoryOf: (actor: string) => string | undefined,
): ArticleSummary {
  const killed = noDeaths();
  let injured = 0;
  // The main event (most deaths), and the largest running total.
  let main: CasualtyEvent | undefined;
  let mainDeaths = -1;
  let largest: CasualtyEvent | undefined;
  let largestDeaths = -1;
  let runningKilled = 0;
  let runningInjured = 0;
  for (const e of events) {
    const told = account(e, mentions, e.cumulative ? noDeaths() : killed);
    if (e.cumulative) {
      runningKilled = Math.max(runningKilled, told.deaths);
      runningInjured = Math.max(runningInjured, told.injured);
      if (!largest || told.deaths > largestDeaths) [largest, largestDeaths] = [e, told.deaths];
      continue;
    }
    injured += told.injured;
    if (told.deaths > mainDeaths) [main, mainDeaths] = [e, told.deaths];
  }
  killed.total = killed.civilians + killed.nonCivilians + killed.unspecified;
  // An article of no deaths is about its first incident; one of running totals alone, about the largest.
  main ??= events.find((e) => !e.cumulative) ?? largest;
  const actors = main?.actors ?? [];
  return {
    location: main?.location ?? null,
    date: main?.date ?? null,
    cause: main?.cause ?? null,
    actors,
    actorCategory: (actors[0] !== undefined ? categoryOf(actors[0]) : undefined) ?? 'unknown',
    killed,
    injured,
    events: events.length,
    cumulative: largest ? { killed: runningKilled, injured: runningInjured } : null,
  };
}

const noDeaths = (): KilledCounts => ({ total: 0, civilians: 0, children: 0, women: 0, nonCivilians: 0, unspecified: 0, executed: 0 });

/** Adds an event's deaths to `killed` by class; returns its deaths (-1 when it gives none) and its injured. */
function account(e: CasualtyEvent, mentions: readonly CasualtyMention[], killed: KilledCounts): { deaths: number; injured: number } {
  // A figure given for either kind or both («مقتل أو إصابة 30»، «مقتل وإصابة 15») is no death toll: it counts once, with the injured.
  const either = (kind: CasualtyKind): boolean => e.evidence.some((f) => f.kind === kind && f.count === e.figures[kind] && mentions[f.mention]!.either);
  const hurt = e.figures.injured ?? DEATHS.map((kind) => (either(kind) ? e.figures[kind] : undefined)).find((q) => q !== undefined);
  let deaths = -1;
  for (const kind of DEATHS) {
    if (e.figures[kind] === undefined) continue;
    // The dead told on their own beside a figure of both kinds («استشهد 20… رفع حصيلة الشهداء والجرحى إلى 300») count.
    const k = either(kind) ? Math.max(0, ...e.evidence.filter((f) => f.kind === kind && !mentions[f.mention]!.either).map((f) => lowerBound(f.count))) : lowerBound(e.figures[kind]);
    deaths = Math.max(deaths, 0) + k;
    if (kind === 'executed') killed.executed += k;
    // Who the figure counts: its first report that is not a toll update (updates rarely name the victims).
    const victims = e.evidence.find((f) => f.kind === kind && mentions[f.mention]!.rule !== 'toll')?.victims ?? e.victims;
    // «قتل 6 جنود ومدنيان»، «استشهد 100 شخص بينهم 45 طفلا»: the sub-groups of a broad class say who some of them were.
    const civilians = CIVILIAN.has(victims) ? k : NON_CIVILIAN.has(victims) ? 0 : Math.min(k, largestPart(e, mentions, kind, CIVILIAN));
    const nonCivilians = NON_CIVILIAN.has(victims) ? k : CIVILIAN.has(victims) ? 0 : Math.min(k - civilians, largestPart(e, mentions, kind, NON_CIVILIAN));
    killed.civilians += civilians;
    killed.nonCivilians += nonCivilians;
    killed.unspecified += k - civilians - nonCivilians;
    for (const group of ['children', 'women'] as const) {
      // «قتل 10 أطفال بينهم 4 طفلات»: the sub-groups of a group of the class are among its figure.
      killed[group] += victims === group ? k : Math.min(k, largestPart(e, mentions, kind, ONE_CLASS[group]));
    }
  }
  return { deaths, injured: lowerBound(hurt ?? null) };
}

/**
 * How many of an event's dead of `kind` its sub-groups of the classes `of` count: the largest sum one report gives
 * (sub-groups may be given by any report: «بينهم سبعة أطفال» in the body, not the headline).
 */
function largestPart(e: CasualtyEvent, mentions: readonly CasualtyMention[], kind: CasualtyKind, of: ReadonlySet<Victims>): number {
  let largest = 0;
  for (const f of e.evidence) {
    // Sub-groups of a figure of both kinds («مقتل وإصابة 15 بينهم 4 أطفال») may be of the injured.
    if (f.kind !== kind || mentions[f.mention]!.either) continue;
    let sum = 0;
    for (const g of mentions[f.mention]!.includes) if (of.has(g.victims)) sum += lowerBound(g.count);
    largest = Math.max(largest, sum);
  }
  return largest;
}
