/**
 * The public surface as the robustness, fuzz and concurrency tests see it: discovered from the exports of
 * src/index.ts and from an analyzer, so that a layer landing later is covered without editing the tests.
 */
import adversarial from '../bench/adversarial.json';
import * as hasila from '../src/index.js';

/** A public function whose first argument is a text. */
export interface TextFunction {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  /** Parameter names, as written in the source. */
  readonly params: readonly string[];
  /** Valid values for the parameters after the text (e.g. the singular noun of `nounCount`). */
  readonly rest: readonly unknown[];
}

/** A public function that takes something other than a text first (a lexicon, options, a code unit…). */
export interface OtherFunction {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly params: readonly string[];
}

const PROBE = 'قتل 5 مدنيين في حلب';

/** Parameter names of a function, from its source (`function f(text, options = {})`, `(text) => …`). */
export function paramNames(fn: (...args: never[]) => unknown): string[] {
  const src = Function.prototype.toString.call(fn);
  const list = /^[^(]*\(([^)]*)\)/.exec(src)?.[1] ?? '';
  return list.split(',').map((p) => p.trim().split(/[\s=]/)[0]!).filter(Boolean);
}

/** Whether `fn(probe, ...rest)` accepts a text (returns without throwing). */
function acceptsText(fn: (...args: unknown[]) => unknown, rest: readonly unknown[]): boolean {
  try {
    fn(PROBE, ...rest);
    return true;
  } catch {
    return false;
  }
}


const isClass = (v: unknown): boolean => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));

/** Every exported function of the library and every function of an analyzer, split into text and other functions. */
export function publicFunctions(): { text: TextFunction[]; other: OtherFunction[] } {
  const text: TextFunction[] = [];
  const other: OtherFunction[] = [];
  const add = (name: string, value: unknown) => {
    if (typeof value !== 'function' || isClass(value)) return;
    const fn = value as (...args: unknown[]) => unknown;
    const params = paramNames(fn);
    // A second text, for functions of two (`nounCount(word, singular)`).
    const rest = [[], ['قتيل']].find((r) => acceptsText(fn, r));
    if (rest) text.push({ name, fn, params, rest });
    else other.push({ name, fn, params });
  };
  for (const [name, value] of Object.entries(hasila)) add(name, value);
  const createAnalyzer = (hasila as Record<string, unknown>).createAnalyzer;
  if (typeof createAnalyzer === 'function') {
    const analyzer = (createAnalyzer as () => Record<string, unknown>)();
    for (const [name, value] of Object.entries(analyzer)) add(`analyzer.${name}`, value);
  }
  return { text, other };
}

/** The text functions worth running on big inputs: one per layer (the single normalization steps share one engine). */
export function layerFunctions(text: readonly TextFunction[]): TextFunction[] {
  const steps = new Set(['composeHamza', 'foldAlef', 'foldDigits', 'foldHamzaCarriers', 'foldPersianLetters',
    'foldPresentationForms', 'foldPunctuation', 'foldTaMarbuta', 'foldYa', 'removeInvisibles', 'stripDiacritics',
    'stripTatweel', 'unifyWhitespace']);
  return text.filter((f) => !steps.has(f.name) && !f.name.startsWith('analyzer.'));
}

/** A span found somewhere in a result: an object with numeric `start`/`end` and a string `text`. */
export interface FoundSpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every span in a result, however deeply nested (mentions, their sources, locations, included groups…). */
export function spansIn(result: unknown): FoundSpan[] {
  const found: FoundSpan[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      found.push({ path, start: o.start, end: o.end, text: o.text });
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  };
  walk(result, '$');
  return found;
}

/** Problems with the spans of `result` for `input`: out of range, or a text that is not `input.slice(start, end)`. */
export function spanProblems(input: string, result: unknown): string[] {
  const problems: string[] = [];
  for (const s of spansIn(result)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length)) {
      problems.push(`${s.path}: [${s.start}, ${s.end}) outside 0..${input.length}`);
    } else if (input.slice(s.start, s.end) !== s.text) {
      problems.push(`${s.path}: text ${JSON.stringify(s.text)} ≠ input.slice(${s.start}, ${s.end}) = ${JSON.stringify(input.slice(s.start, s.end))}`);
    }
  }
  return problems;
}

/** The hostile inputs of bench/adversarial.json: name → unit to repeat. */
export const ADVERSARIAL: readonly { name: string; unit: string }[] = adversarial.inputs;

/** `unit` repeated to about `bytes` of UTF-8. */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit, 'utf8'))));
}
