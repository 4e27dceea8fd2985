/**
 * What the playground highlights, as pure functions (shared with test/browser.test.ts, which checks the page
 * against the same functions run in Node).
 *
 * A mention is any object with `start`, `end` and `text === input.slice(start, end)` found in the result of
 * `analyze`, under the collections `casualties`, `numbers` and `actors`.
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
