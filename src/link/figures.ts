/**
 * The figures of an incident: every report's counts per kind and victim class, the range they agree on, and
 * whether they conflict.
 * @module link/figures
 */
import type { Quantity } from '../quantity.js';
import type { IncidentFigure, ReportFigure } from './types.js';

/** The counts a quantity allows: exact [v, v]; «نحو v» ±10 %; bounds as given; «عشرات» from its minimum. */
export function interval(q: Quantity): [lo: number, hi: number] {
  if (q.value !== undefined) {
    return q.approximate ? [Math.floor(q.value * 0.9), Math.ceil(q.value * 1.1)] : [q.value, q.value];
  }
  return [q.min ?? 0, q.max ?? Infinity];
}

const exact = (q: Quantity): boolean => q.value !== undefined && !q.approximate;

/** A report's figure with its publication time, for ordering. */
export interface TimedFigure extends ReportFigure {
  /** Milliseconds since the epoch, or `null` when the report has no date. */
  time: number | null;
}

/**
 * Two reports' figures conflict when one's exact figure lies outside the other's range, unless the later report
 * gives more (the toll rose); and whenever the later report's whole range lies below the earlier's lowest count.
 */
function conflicts(a: TimedFigure, b: TimedFigure): boolean {
  if (a.time !== null && b.time !== null && a.time !== b.time) {
    const [early, late] = a.time < b.time ? [a, b] : [b, a];
    const [earlyLo] = interval(early.count);
    const [lateLo, lateHi] = interval(late.count);
    if (lateHi < earlyLo) return true; // a count that falls as time passes
    if (lateLo >= earlyLo) return false; // it rose, or stayed
  }
  return outside(a, b) || outside(b, a);
}

/** `x` gives an exact figure outside the range of `y`. */
function outside(x: TimedFigure, y: TimedFigure): boolean {
  const [lo, hi] = interval(y.count);
  return exact(x.count) && (x.count.value! < lo || x.count.value! > hi);
}

/** One kind and class of an incident, from every report's figures (in report, then text order). */
export function incidentFigure(kind: IncidentFigure['kind'], victims: string, figures: readonly TimedFigure[]): IncidentFigure {
  // Each report counts with its highest figure: a report that updates its own toll agrees with its last one.
  const best = new Map<string, TimedFigure>();
  for (const f of figures) {
    const held = best.get(f.report);
    if (!held || interval(f.count)[0] > interval(held.count)[0]) best.set(f.report, f);
  }
  const chosen = [...best.values()];
  let lo = 0;
  let hi = Infinity;
  let spreadLo = Infinity;
  let spreadHi = 0;
  for (const f of chosen) {
    const [a, b] = interval(f.count);
    lo = Math.max(lo, a);
    hi = Math.min(hi, b);
  }
  // The spread runs between the figures as told: a bound is its figure («أكثر من 100» is 100, so «أكثر من 100» and
  // «150» spread over 100–150; «أقل من 10» and «8» over 8–10), «نحو 48» is 48. A figure without any («عدد من») tells
  // nothing of it, unless none does.
  const told = figures.filter((f) => f.count.value !== undefined || f.count.min !== undefined || f.count.max !== undefined);
  for (const { count: q } of told.length ? told : figures) {
    spreadLo = Math.min(spreadLo, q.value ?? q.min ?? q.max ?? 0);
    spreadHi = Math.max(spreadHi, q.max ?? q.value ?? q.min ?? Infinity);
  }
  let conflict = false;
  for (let i = 0; i < chosen.length && !conflict; i++) for (let j = i + 1; j < chosen.length && !conflict; j++) conflict = conflicts(chosen[i]!, chosen[j]!);
  const bound = (x: number) => (x === Infinity ? null : x);
  return {
    kind,
    victims,
    figures: figures.map(({ time: _t, ...f }) => f),
    agreed: lo <= hi ? { min: lo, max: bound(hi) } : null,
    spread: { min: spreadLo === Infinity ? 0 : spreadLo, max: bound(spreadHi) },
    conflict,
  };
}
