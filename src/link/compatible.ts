/**
 * When two events of different reports may tell of one incident: same or nested place, compatible actors and
 * causes. Days are checked by the buckets that bring events together.
 * @module link/compatible
 */
import type { PlaceMention } from '../places/types.js';

/** One event as linking reads it. @internal */
export interface LinkEvent {
  /** Index of its report in id order. */
  readonly report: number;
  /** Its index in the report's events. */
  readonly event: number;
  /** First and last day (days since 1970-01-01), or `null` when it cannot be dated. */
  readonly days: readonly [number, number] | null;
  /** Whether the days are the text's date of the event or its report's publication days. */
  readonly datedBy: 'text' | 'publication' | null;
  readonly location: PlaceMention | null;
  readonly actors: readonly string[];
  readonly cause: string | null;
  /** Exact killed figures, for scoring. */
  readonly killed: readonly number[];
  /** Whether its figures are of harm to bodies (killed, injured…) and whether of custody (detained, missing). */
  readonly harmed: boolean;
  readonly held: boolean;
}

/**
 * Causes that reports of one strike name interchangeably: an air raid is «غارات», «براميل», «صواريخ» or just «قصف»
 * (read as shelling) from one outlet to the next; a blast is a bomb or a car bomb.
 */
const CAUSE_FAMILIES: readonly (readonly string[])[] = [
  ['airstrike', 'barrel-bomb', 'missile', 'chemical', 'shelling'],
  ['shelling', 'missile'],
  ['explosion', 'car-bomb'],
  // Bodies found shot are the executed of another outlet.
  ['execution', 'shooting'],
];

/** Whether two causes may be one strike's, as outlets name it (either unnamed, the same, or of one family). @internal */
export function causesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || CAUSE_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

/**
 * 2 for the same place; 1 for a place inside the other — by the gazetteer, or a region (a countryside, «ريف إدلب
 * الجنوبي») and a place of its governorate, which the gazetteer does not place more precisely — or for two districts
 * of one city (outlets locate one blast by neighbouring districts: «أطراف حي النشوة»، «جانب الجسر الأبيض»); 0 apart.
 * @internal
 */
export function placeFit(a: PlaceMention, b: PlaceMention): number {
  if (a.place === b.place) return 2;
  if ((b.place !== null && a.within.includes(b.place)) || (a.place !== null && b.within.includes(a.place))) return 1;
  const region = a.type === 'region' || b.type === 'region';
  if (region && a.governorate !== null && a.governorate === b.governorate) return 1;
  return a.type === 'district' && b.type === 'district' && a.within[0] === b.within[0] ? 1 : 0;
}

/**
 * How well two events fit as one incident: 0 when they cannot (places apart, different actors or causes, one only of
 * custody and the other only of harm), else a
 * score that prefers the same place, cause, actors and killed figure. @internal
 */
export function fit(a: LinkEvent, b: LinkEvent): number {
  const place = placeFit(a.location!, b.location!);
  // «اعتقلت قوات النظام 5 شبان من بلدة سرمين» is not the strike that killed people there the same day.
  if (place === 0 || !causesAgree(a.cause, b.cause) || !((a.harmed && b.harmed) || (a.held && b.held))) return 0;
  const sharedActor = a.actors.some((x) => b.actors.includes(x));
  if (a.actors.length && b.actors.length && !sharedActor) return 0;
  return place * 4 + (a.cause !== null && a.cause === b.cause ? 2 : 0) + (sharedActor ? 2 : 0) + (a.killed.some((k) => b.killed.includes(k)) ? 1 : 0);
}

/**
 * The buckets an event's place falls in: `own` is its governorate (or, for a place above governorates — a region such
 * as the Gaza Strip or South Lebanon — that region); `above` are the regions between its governorate and its
 * country, where it meets only events placed at the region itself («بيت لاهيا» and «قطاع غزة»). @internal
 */
export function bucketsOf(location: PlaceMention): { own: string; above: string[] } {
  const chain = [location.place!, ...location.within];
  const g = location.governorate;
  if (g === null) return { own: chain.length > 1 ? chain[chain.length - 2]! : chain[0]!, above: [] };
  let at = -1;
  for (let k = chain.length - 1; k >= 0 && at < 0; k--) if (chain[k] === g || chain[k] === `${g}-governorate`) at = k;
  return { own: g, above: at < 0 ? [] : chain.slice(at + 1, -1) };
}
