import type { NormalizeFlags } from './options.js';
import {
  ALEF, DIACRITICS, DIGITS, HAMZA_CARRIERS, HAMZA_COMPOSITIONS, INVISIBLES, PERSIAN_LETTERS, PUNCTUATION,
  TA_MARBUTA, TATWEEL, WHITESPACE, YA, presentationForms, type CharRule,
} from './tables.js';

/**
 * A compiled fold: one lookup per UTF-16 code unit. `codes[c]` is 0 to keep `c`, 1 to delete it, `r + 2` to
 * replace it with the single unit `r`, and `EXPAND + i` to replace it with `expansions[i]`.
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
  return { codes, expansions, composeHamza: flags.composeHamza, leadingBom: flags.leadingBom };
}

/** Normalized text with, for every output unit, the original span that produced it. */
export interface FoldResult {
  text: string;
  starts: Uint32Array | null;
  ends: Uint32Array | null;
}

const CHUNK = 0x2000;

function decode(buf: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/**
 * Runs a compiled fold over `input` in one pass. With `track`, also records for every output unit `i` the original
 * span `[starts[i], ends[i])` it came from; a deleted unit (a diacritic, tatweel, an invisible mark) is credited to
 * the output unit before it, so a word's span keeps its trailing marks («مدنياً»).
 */
export function runFold(fold: CompiledFold, input: string, track: boolean): FoldResult {
  const n = input.length;
  const { codes, expansions, composeHamza } = fold;
  let cap = n + (n >> 3) + 16;
  let out = new Uint16Array(cap);
  let starts = track ? new Uint32Array(cap) : null;
  let ends = track ? new Uint32Array(cap) : null;
  let o = 0;
  let changed = false;
  let i = fold.leadingBom && input.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i) changed = true;
  const grow = (need: number) => {
    while (cap < need) cap *= 2;
    const o2 = new Uint16Array(cap);
    o2.set(out);
    out = o2;
    if (starts && ends) {
      const s2 = new Uint32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Uint32Array(cap);
      e2.set(ends);
      ends = e2;
    }
  };
  while (i < n) {
    let c = input.charCodeAt(i);
    let width = 1;
    if (composeHamza && c >= 0x0627 && c <= 0x06d5) {
      const composed = HAMZA_COMPOSITIONS[c]?.[input.charCodeAt(i + 1)];
      if (composed !== undefined) {
        c = composed;
        width = 2;
        changed = true;
      }
    }
    const code = codes[c]!;
    if (code === DELETE) {
      changed = true;
      if (ends && o > 0) ends[o - 1] = i + width;
    } else if (code < EXPAND) {
      if (o + 1 > cap) grow(o + 1);
      if (code === KEEP) out[o] = c;
      else {
        out[o] = code - 2;
        changed = true;
      }
      if (starts && ends) {
        starts[o] = i;
        ends[o] = i + width;
      }
      o++;
    } else {
      const s = expansions[code - EXPAND]!;
      if (o + s.length > cap) grow(o + s.length);
      for (let k = 0; k < s.length; k++) {
        out[o] = s.charCodeAt(k);
        if (starts && ends) {
          starts[o] = i;
          ends[o] = i + width;
        }
        o++;
      }
      changed = true;
    }
    i += width;
  }
  const text = changed ? decode(out, o) : input;
  return { text, starts: starts ? starts.subarray(0, o) : null, ends: ends ? ends.subarray(0, o) : null };
}
