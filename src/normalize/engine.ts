import type { NormalizeFlags } from './options.js';
import {
  ALEF, DIACRITICS, DIGITS, HAMZA_CARRIERS, HAMZA_COMPOSITIONS, INVISIBLES, PERSIAN_LETTERS, PUNCTUATION,
  TA_MARBUTA, TATWEEL, WHITESPACE, YA, presentationForms, type CharRule,
} from './tables.js';

/**
 * A compiled fold: one lookup per UTF-16 code unit. `codes[c]` is 0 to keep `c`, 1 to delete it, `r + 2` to
 * replace it with the single unit `r`, and `EXPAND + i` to replace it with `expansions[i]`; high flag bits mark
 * units that need a look at their neighbour (hamza composition, surrogates), so the common case is one test.
 */
export interface CompiledFold {
  readonly codes: Uint32Array;
  readonly expansions: readonly string[];
  readonly composeHamza: boolean;
  readonly leadingBom: boolean;
}

const KEEP = 0;
const DELETE = 1;
const EXPAND = 0x20000;
/** Flag on the combining madda/hamza, which may compose with the letter before it (when `composeHamza` is on). */
const COMPOSES = 0x40000000;
/** Flag on surrogates, so that the fast path never has to test for them. */
const SURROGATE = 0x20000000;
const ACTION = 0x1fffffff;

/** The operations in the order they apply; a later one sees the output of an earlier one. */
function rulesFor(flags: NormalizeFlags): (readonly CharRule[])[] {
  const steps: (readonly CharRule[])[] = [];
  if (flags.presentationForms) steps.push(presentationForms(flags.wordLigatures));
  if (flags.invisibles) steps.push(INVISIBLES);
  if (flags.whitespace) steps.push(WHITESPACE);
  if (flags.diacritics) steps.push(DIACRITICS);
  if (flags.tatweel) steps.push(TATWEEL);
  if (flags.persianLetters) steps.push(PERSIAN_LETTERS);
  if (flags.alef) steps.push(ALEF);
  if (flags.hamzaCarriers) steps.push(HAMZA_CARRIERS);
  if (flags.ya) steps.push(YA);
  if (flags.taMarbuta) steps.push(TA_MARBUTA);
  if (flags.digits) steps.push(DIGITS);
  if (flags.punctuation) steps.push(PUNCTUATION);
  return steps;
}

function stepMap(rules: readonly CharRule[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const [from, to, replacement] of rules) {
    for (let c = from; c <= to; c++) map.set(c, typeof replacement === 'string' ? replacement : replacement(c));
  }
  return map;
}

/** Composes the enabled steps into one table, so that normalizing is a single pass however many are on. */
export function compileFold(flags: NormalizeFlags): CompiledFold {
  const steps = rulesFor(flags).map(stepMap);
  const touched = new Set<number>();
  for (const step of steps) for (const c of step.keys()) touched.add(c);
  const codes = new Uint32Array(0x10000);
  const expansions: string[] = [];
  for (const c of touched) {
    let out = String.fromCharCode(c);
    for (const step of steps) {
      let next = '';
      for (let i = 0; i < out.length; i++) {
        const u = out.charCodeAt(i);
        const r = step.get(u);
        next += r === undefined ? out[i] : r;
      }
      out = next;
    }
    if (out.length === 1 && out.charCodeAt(0) === c) codes[c] = KEEP;
    else if (out.length === 0) codes[c] = DELETE;
    else if (out.length === 1) codes[c] = out.charCodeAt(0) + 2;
    else codes[c] = EXPAND + expansions.push(out) - 1;
  }
  if (flags.composeHamza) for (let c = 0x0653; c <= 0x0655; c++) codes[c]! |= COMPOSES;
  for (let c = 0xd800; c <= 0xdfff; c++) codes[c]! |= SURROGATE;
  return { codes, expansions, composeHamza: flags.composeHamza, leadingBom: flags.leadingBom };
}

/** Normalized text with, for every output unit, the original span that produced it. */
export interface FoldResult {
  text: string;
  starts: Uint32Array | null;
  ends: Uint32Array | null;
}

/**
 * Runs a compiled fold over `input` in one pass. With `track`, also records for every output unit `i` the original
 * span `[starts[i], ends[i])` it came from; a deleted unit (a diacritic, tatweel, an invisible mark) is credited to
 * the output unit before it, so a word's span keeps its trailing marks («مدنياً»).
 *
 * Every layer starts here, so it is written for speed: output units go to a `Uint16Array` (never `out += ch`), both
 * offset arrays share one allocation, a unit kept as is costs one table lookup and one test, and nothing the loop
 * touches is captured by a closure.
 */
export function runFold(fold: CompiledFold, input: string, track: boolean): FoldResult {
  const n = input.length;
  const { codes, expansions } = fold;
  let cap = n + 16;
  let out: Uint16Array = new Uint16Array(cap);
  let starts: Uint32Array | null = null;
  let ends: Uint32Array | null = null;
  if (track) {
    const buf = new ArrayBuffer(cap * 8);
    starts = new Uint32Array(buf, 0, cap);
    ends = new Uint32Array(buf, cap * 4, cap);
  }
  // Invariant: cap - o >= n - i, so only an expansion (the one step that writes more units than it reads) has to
  // check for room.
  let o = 0;
  let i = 0;
  if (fold.leadingBom) while (input.charCodeAt(i) === 0xfeff) i++;
  let changed = i > 0;
  let loneSurrogate = false;
  while (i < n) {
    let c = input.charCodeAt(i);
    let code = codes[c]!;
    if (code === KEEP) {
      // Runs of kept units are most of any text: copy them in a tight loop, one per mode.
      if (starts === null) {
        do {
          out[o++] = c;
          if (++i === n) break;
          c = input.charCodeAt(i);
          code = codes[c]!;
        } while (code === KEEP);
      } else {
        do {
          out[o] = c;
          starts[o] = i;
          ends![o++] = ++i;
          if (i === n) break;
          c = input.charCodeAt(i);
          code = codes[c]!;
        } while (code === KEEP);
      }
      if (i === n) break;
    }
    const from = i; // the unit's original span is [from, i + 1)
    if (code & COMPOSES) {
      const cluster = composition(input, i);
      if (cluster !== null) {
        // The cluster's letter was emitted as exactly one unit, followed by one unit per mark that was kept: re-emit
        // the letter composed, and credit every unit of the cluster to the whole cluster (no position inside it
        // has an original of its own).
        const first = o - 1 - keptMarks(codes, input, cluster.start + 1, i);
        const letter = codes[cluster.letter]! & ACTION;
        out[first] = letter === KEEP ? cluster.letter : letter - 2;
        if (starts !== null) {
          for (let k = first; k < o; k++) {
            starts[k] = cluster.start;
            ends![k] = i + 1;
          }
        }
        changed = true;
        i++;
        continue;
      }
    } else if (code & SURROGATE) {
      if (c <= 0xdbff && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        // A pair: keep both halves, each mapped to itself.
        out[o] = c;
        out[o + 1] = input.charCodeAt(i + 1);
        if (starts !== null) {
          starts[o] = i;
          ends![o] = i + 1;
          starts[o + 1] = i + 1;
          ends![o + 1] = i + 2;
        }
        o += 2;
        i += 2;
        continue;
      }
      // Lone: kept, but the fast decoder would turn it into U+FFFD.
      loneSurrogate = true;
    }
    code &= ACTION;
    i++;
    if (code < EXPAND) {
      if (code === DELETE) {
        changed = true;
        if (ends !== null && o > 0) ends[o - 1] = i;
        continue;
      }
      if (code === KEEP) out[o] = c;
      else {
        out[o] = code - 2;
        changed = true;
      }
      if (starts !== null) {
        starts[o] = from;
        ends![o] = i;
      }
      o++;
    } else {
      const s = expansions[code - EXPAND]!;
      const need = o + s.length + (n - i);
      if (need > cap) [cap, out, starts, ends] = grow(cap, need, out, starts, ends);
      for (let k = 0; k < s.length; k++) {
        out[o] = s.charCodeAt(k);
        if (starts !== null) {
          starts[o] = from;
          ends![o] = i;
        }
        o++;
      }
      changed = true;
    }
  }
  const text = changed ? decode(out, o, loneSurrogate) : input;
  return { text, starts: starts ? starts.subarray(0, o) : null, ends: ends ? ends.subarray(0, o) : null };
}

/** Marks that may stand between a letter and a combining hamza/madda composing with it (all have ccc > 0). */
function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e4) || c === 0x06e7 || c === 0x06e8 ||
    (c >= 0x06ea && c <= 0x06ed)
  );
}

/** Longest run of marks looked through; NFC composes across more, but no real text has them. Keeps time linear. */
const MAX_MARKS = 32;

/**
 * When the combining hamza/madda at `at` composes with the letter before it, as NFC would (possibly across harakat
 * that NFD puts first: ا + ◌َ + ◌ٔ → أَ), the start of that letter and the composed letter; else null.
 */
function composition(input: string, at: number): { start: number; letter: number } | null {
  let start = at - 1;
  while (start >= 0 && at - start <= MAX_MARKS && isCombiningMark(input.charCodeAt(start))) start--;
  if (start < 0 || HAMZA_COMPOSITIONS[input.charCodeAt(start)] === undefined) return null;
  // The platform's NFC decides, including canonical blocking: compare the cluster with and without the mark.
  const before = input.slice(start, at).normalize('NFC');
  const after = input.slice(start, at + 1).normalize('NFC');
  if (after === before + input[at]) return null;
  return { start, letter: after.charCodeAt(0) };
}

/** How many of the marks in `[from, to)` the fold keeps (as one unit each). */
function keptMarks(codes: Uint32Array, input: string, from: number, to: number): number {
  let kept = 0;
  for (let k = from; k < to; k++) if ((codes[input.charCodeAt(k)]! & ACTION) !== DELETE) kept++;
  return kept;
}

/** Larger copies of the output buffers (only expansions such as ﻻ → لا can outgrow the input's length). */
function grow(
  cap: number, need: number, out: Uint16Array, starts: Uint32Array | null, ends: Uint32Array | null,
): [number, Uint16Array, Uint32Array | null, Uint32Array | null] {
  const size = Math.max(cap * 2, need);
  const copy = <T extends Uint16Array | Uint32Array>(a: T, b: T): T => (b.set(a), b);
  return [
    size,
    copy(out, new Uint16Array(size)),
    starts && copy(starts, new Uint32Array(size)),
    ends && copy(ends, new Uint32Array(size)),
  ];
}

// `ignoreBOM` keeps a U+FEFF the fold decided to keep; the platform decoder is several times faster than
// `String.fromCharCode`, but it only handles well-formed UTF-16, so text with a lone surrogate takes the slow path.
const utf16 = /* @__PURE__ */ (() => (typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null))();
const CHUNK = 0x2000;

/** The string of the first `length` units of `buf`. */
function decode(buf: Uint16Array, length: number, loneSurrogate: boolean): string {
  if (utf16 !== null && !loneSurrogate) return utf16.decode(buf.subarray(0, length));
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
