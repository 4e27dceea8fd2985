/**
 * What the playground highlights, as pure functions (shared with test/browser.test.ts, which checks the page
 * against the same functions run in Node).
 *
 * A mention is any object with `start`, `end` and `text === input.slice(start, end)` found in the result of
 * `analyze` (or of the layer functions that exist), under the collections `casualties`, `numbers` and `actors`.
 * The outermost such object is the mention; spans nested inside it (a count, a place) are part of its reading.
 */

/** The collections that are highlighted, and the kind each one's mentions get. */
export const KINDS = { casualties: 'casualty', numbers: 'number', actors: 'actor' } as const;
export type MentionKind = (typeof KINDS)[keyof typeof KINDS];

/** A highlighted mention; `value` is the object the library returned. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  value: Record<string, unknown>;
}

/** A piece of the input between two mention boundaries, with the mentions covering it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  ids: number[];
}

type SpanLike = Record<string, unknown> & { start: number; end: number; text: string };

/** True when `value` is a span of `input`. */
function isSpan(value: unknown, input: string): value is SpanLike {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    typeof v.text === 'string' &&
    input.slice(v.start as number, v.end as number) === v.text
  );
}

/** The outermost spans inside `value`, depth first. */
function outermostSpans(value: unknown, input: string, out: SpanLike[]): SpanLike[] {
  if (isSpan(value, input)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) outermostSpans(v, input, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) outermostSpans(v, input, out);
  return out;
}

/** Mentions to highlight in `input`, sorted by position (longer first at equal starts). */
export function collectMentions(result: unknown, input: string): Mention[] {
  const mentions: Mention[] = [];
  const collections = (result ?? {}) as Record<string, unknown>;
  for (const [key, kind] of Object.entries(KINDS)) {
    for (const value of outermostSpans(collections[key] ?? [], input, [])) {
      mentions.push({ kind, start: value.start, end: value.end, text: value.text, value });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
}

/** Cuts `input` at every mention boundary; the pieces cover the whole input, in order. */
export function segments(input: string, mentions: readonly Mention[]): Segment[] {
  const cuts = new Set([0, input.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids: number[] = [];
    mentions.forEach((m, id) => {
      if (m.start <= start && end <= m.end) ids.push(id);
    });
    out.push({ start, end, text: input.slice(start, end), ids });
  }
  return out;
}

/**
 * The structured reading of a mention, for display: its fields without the span itself, nested spans shown as
 * their text, empty fields left out.
 */
export function readingOf(value: Record<string, unknown>): Record<string, unknown> {
  const strip = (v: unknown, top: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x, false));
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if (!top && typeof o.text === 'string' && Number.isInteger(o.start)) return o.text;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      if (top && (k === 'start' || k === 'end' || k === 'text')) continue;
      if (x === null || x === undefined || x === false || (Array.isArray(x) && x.length === 0)) continue;
      out[k] = strip(x, false);
    }
    return out;
  };
  return strip(value, true) as Record<string, unknown>;
}

/** The part of the library the playground uses; later layers are optional until they land. */
export interface Library {
  normalizeWithOffsets(text: string): { text: string };
  toOriginalSpan(n: { text: string }, start: number, end: number): { start: number; end: number };
  tokenize(text: string): readonly { kind: string; start: number; end: number; text: string }[];
  analyze?: (text: string) => unknown;
  extractCasualties?: (text: string) => unknown;
  extractNumbers?: (text: string) => unknown;
  extractActors?: (text: string) => unknown;
}

/**
 * What the library can say about `input` with the layers it has: `analyze` when it exists, otherwise the layer
 * functions that do, otherwise the number tokens of the tokenizer mapped back to the original.
 */
export function readText(hasila: Library, input: string): Record<string, unknown> {
  if (typeof hasila.analyze === 'function') return hasila.analyze(input) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  if (typeof hasila.extractCasualties === 'function') result.casualties = hasila.extractCasualties(input);
  if (typeof hasila.extractNumbers === 'function') result.numbers = hasila.extractNumbers(input);
  if (typeof hasila.extractActors === 'function') result.actors = hasila.extractActors(input);
  if (!result.numbers) {
    const norm = hasila.normalizeWithOffsets(input);
    result.numbers = hasila
      .tokenize(norm.text)
      .filter((t) => t.kind === 'number')
      .map((t) => {
        const { start, end } = hasila.toOriginalSpan(norm, t.start, t.end);
        return { start, end, text: input.slice(start, end), digits: t.text };
      });
  }
  return result;
}
