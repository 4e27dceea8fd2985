import type { NormalizeFlags } from './options.js';
import {
  ALEF, DIACRITICS, DIGITS, HAMZA_CARRIERS, INVISIBLES, PERSIAN_LETTERS, PUNCTUATION,
  TA_MARBUTA, TATWEEL, WHITESPACE, YA, presentationForms, type CharRule,
} from './tables.js';

/**
 * A compiled fold: one lookup per UTF-16 code unit. `codes[c]` is 0 to keep `c`, 1 to delete it, `r + 2` to
 * replace it with the single unit `r`, and `EXPAND + i` to replace it with `expansions[i]`; a high flag bit marks
 * the combining hamza/madda, which needs a look at the letters before it, so the common case is one test.
 */
export interface CompiledFold {
  readonly codes: Uint32Array;
  readonly expansions: readonly string[];
  readonly leadingBom: boolean;
}

/** The code of a unit the fold leaves as it is. @internal */
export const KEEP = 0;
const DELETE = 1;
const EXPAND = 0x20000;
/** Flag on the combining madda/hamza, which may compose with the letter before it (when `composeHamza` is on). */
const COMPOSES = 0x40000000;
const ACTION = 0x3fffffff;

/** The operations in the order they apply; a later one sees the output of an earlier one. */
export function rulesFor(flags: NormalizeFlags): (readonly CharRule[])[] {
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

/**
 * Composes steps (tables in the order they apply) into one table, so that normalizing is a single pass however many
 * are on. `composeHamza` and `leadingBom` are the flags of the same names.
 */
export function compileFold(rules: readonly (readonly CharRule[])[], composeHamza: boolean, leadingBom: boolean): CompiledFold {
  const steps = rules.map(stepMap);
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
    // A unit that folds to itself stays KEEP (0, as the table starts).
    if (!out) codes[c] = DELETE;
    else if (out.length > 1) codes[c] = EXPAND + expansions.push(out) - 1;
    else if (out.charCodeAt(0) !== c) codes[c] = out.charCodeAt(0) + 2;
  }
  if (composeHamza) for (let c = 0x0653; c <= 0x0655; c++) codes[c]! |= COMPOSES;
  return { codes, expansions, leadingBom };
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
  const begin = i;
  // The last recomposed cluster: where it starts in the original and in the output.
  let clusterStart = -1;
  let clusterO = 0;
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
    if (code & COMPOSES) {
      // A combining madda/hamza: NFC recomposes its cluster (the letter and the marks up to here), also across
      // harakat that NFD puts first (ا + ◌َ + ◌ٔ → أَ). The cluster was emitted unit by unit, or as one earlier
      // recomposition; it is emitted again from its NFC form, every unit credited to the whole cluster (no position
      // inside it has an original of its own).
      let start = i - 1;
      while (start > i - MAX_MARKS && isMark(input.charCodeAt(start))) start--;
      // The cluster starts at a unit that is not a mark (so no earlier cluster overlaps it) and that was emitted as one.
      const lead = start >= begin && !isMark(input.charCodeAt(start)) ? codes[input.charCodeAt(start)]! & ACTION : DELETE;
      const cluster = input.slice(start, i + 1);
      const nfc = lead !== DELETE && lead < EXPAND ? cluster.normalize('NFC') : cluster;
      if (nfc !== cluster) {
        if (start !== clusterStart) {
          clusterO = o;
          for (let k = start; k < i; k++) if ((codes[input.charCodeAt(k)]! & ACTION) !== DELETE) clusterO--;
          clusterStart = start;
        }
        o = clusterO;
        for (let k = 0; k < nfc.length; k++) {
          const u = nfc.charCodeAt(k);
          const r = codes[u]! & ACTION; // letters and marks: kept, replaced or deleted, never expanded
          if (r === DELETE) continue;
          out[o] = r === KEEP ? u : r - 2;
          if (starts !== null) {
            starts[o] = start;
            ends![o] = i + 1;
          }
          o++;
        }
        i++;
        continue;
      }
    }
    code &= ACTION;
    i++; // the unit's original span is now [i - 1, i)
    if (code < EXPAND) {
      if (code === DELETE) {
        if (ends !== null && o > 0) ends[o - 1] = i;
        continue;
      }
      if (code === KEEP) out[o] = c;
      else out[o] = code - 2;
      if (starts !== null) {
        starts[o] = i - 1;
        ends![o] = i;
      }
      o++;
    } else {
      const s = expansions[code - EXPAND]!;
      const need = o + s.length + (n - i);
      if (need > cap) {
        cap = Math.max(cap * 2, need);
        out = grown(out, cap);
        if (starts !== null) {
          starts = grown(starts, cap);
          ends = grown(ends!, cap);
        }
      }
      for (let k = 0; k < s.length; k++) {
        out[o] = s.charCodeAt(k);
        if (starts !== null) {
          starts[o] = i - 1;
          ends![o] = i;
        }
        o++;
      }
    }
  }
  const text = decode(out, o, input);
  return { text, starts: starts?.subarray(0, o) ?? null, ends: ends?.subarray(0, o) ?? null };
}

/** Marks that may stand between a letter and a combining hamza/madda composing with it (NFC has the last word). */
function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed);
}

/** Longest run of marks looked through; NFC composes across more, but no real text has them. Keeps time linear. */
const MAX_MARKS = 32;

/** A copy of `a` in a buffer of `size` units (only expansions such as ﻻ → لا can outgrow the input's length). */
function grown<T extends Uint16Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

// `ignoreBOM` keeps a U+FEFF the fold decided to keep; the platform decoder is several times faster than
// `String.fromCharCode`, but it replaces lone surrogates, so text with one (or a platform without isWellFormed,
// ES2024) takes the slow path.
const utf16 = /* @__PURE__ */ new TextDecoder('utf-16le', { ignoreBOM: true });
const CHUNK = 0x2000;

/** The string of the first `length` units of `buf`, the fold of `input` (well-formed when `input` is). */
function decode(buf: Uint16Array, length: number, input: string): string {
  const units = buf.subarray(0, length);
  if ((input as { isWellFormed?: () => boolean }).isWellFormed?.()) return utf16.decode(units);
  let s = '';
  for (let i = 0; i < length; i += CHUNK) s += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  return s;
}
