/**
 * Helpers for pack data that builds on the core's.
 * @module lexicons/extend
 */
import type { BaseEntry } from '../lexicon/types.js';

/**
 * The entry `id` of `base` with more forms: a pack's entry replaces the core's of the same id, so it repeats the
 * core's forms and adds its own (a country's civil defence, its news media); the same for the regional actors.
 * @internal
 */
export function extend<E extends BaseEntry>(base: readonly E[], id: string, forms: readonly string[]): E {
  const entry = base.find((e) => e.id === id);
  if (!entry) throw new Error(`lexicons: no entry '${id}' to extend`);
  return { ...entry, forms: [...entry.forms, ...forms] };
}

/** `entry` without some of its forms: a pack whose country's news means another actor by them as often. @internal */
export function without<E extends BaseEntry>(entry: E, forms: readonly string[]): E {
  return { ...entry, forms: entry.forms.filter((f) => !forms.includes(f)) };
}
