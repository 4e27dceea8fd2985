/**
 * The scanner: at each token, every rule proposes a reading; the longest wins (ties: the earlier rule). Then the
 * refiners attach qualifiers (نحو، أكثر من، على الأقل) and map spans back to the caller's string.
 * @module numbers/scan
 */
import { spanOfNormalized, type Doc, type Span } from '../document.js';
import type { Quantity } from '../quantity.js';
import { cardinalRule } from './cardinal.js';
import { createCtx, endOf, reading, textOf, type Candidate, type Ctx, type NumberRule } from './context.js';
import { Flag, ScaleNumber, WordClass, findSplit } from './lexicon.js';
import { AFTER, BEFORE, compilePhrases, type CompiledPhrase, type QualifierEffect } from './qualifiers.js';
import type { DocNumber } from './types.js';
import { rangeFrom } from './range.js';
import { fractionRule, ordinalRule, quantifierRule, vagueRule } from './word-rules.js';

/** The rules in order of preference when two readings are equally long. @internal */
export const RULES: readonly NumberRule[] = [quantifierRule, vagueRule, fractionRule, cardinalRule, ordinalRule];

const QUALIFIERS_BEFORE: readonly CompiledPhrase[] = /* @__PURE__ */ compilePhrases(BEFORE);
const QUALIFIERS_AFTER: readonly CompiledPhrase[] = /* @__PURE__ */ compilePhrases(AFTER);

/**
 * A cheap test that some rule could start at token `i`: a number token, a number word, or a token right before digits
 * (a sign or decimal point glued to them, الـ، و، بي …, or a designation and a dash: إف-16). Most tokens fail it, and
 * no rule runs on them.
 */
function mayStart(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return ctx.tokens[i]!.kind === 'number' || !!reading(ctx, i) || next?.kind === 'number' || (next?.text === '-' && ctx.tokens[i + 2]?.kind === 'number');
}

/** The longest reading starting at token `i`, or null. */
function bestAt(ctx: Ctx, i: number): Candidate | null {
  if (!mayStart(ctx, i)) return null;
  // Only number words start ordinals, fractions, number nouns and quantifiers (those rules give up at once on anything
  // else); digits and signs are the cardinal's.
  let best: Candidate | null = null;
  for (const rule of RULES) {
    const c = rule(ctx, i);
    if (c && (!best || c.last > best.last || (c.last === best.last && c.to > best.to))) best = c;
  }
  // A spoken form that is also a word («مية» water, «تاني» again) is a number only in a longer number, as a definite
  // ordinal («التالت») or when the caller says the whole text is one (`parseNumber`).
  const r = best && best.first === best.last ? reading(ctx, best.first) : null;
  if (r && r.flags & Flag.contextual && !ctx.whole && !(r.article && r.cls === WordClass.ordinal)) return null;
  // «الثالث والثلاثون بعد المئة» (133rd): an ordinal, «بعد» and a definite hundred or scale add up.
  const h = best?.kind === 'ordinal' && textOf(ctx, best.last + 1) === 'بعد' ? reading(ctx, best.last + 2) : null;
  if (h && h.article && !h.clitic && (h.cls === WordClass.hundred || h.number === ScaleNumber.singular)) {
    best = { ...best!, last: best!.last + 2, to: endOf(ctx, best!.last + 2), value: best!.value! + h.value };
  }
  return best;
}

/** A qualifier phrase matched on tokens, with its normalized span. */
interface QualifierHit {
  effect: QualifierEffect;
  first: number;
  last: number;
  from: number;
  to: number;
}

/**
 * The longest qualifier phrase ending at token `end` and starting after token `floor`. A phrase's first word may
 * carry clitics («ونحو»، «بنحو»); the phrases are tried longest first.
 */
function qualifierBefore(ctx: Ctx, end: number, floor: number): QualifierHit | null {
  const t = ctx.tokens[end];
  if (!t || end <= floor) return null;
  for (const p of QUALIFIERS_BEFORE) {
    const first = end - p.words.length + 1;
    // The phrase's last word ends the token (a one-word phrase may carry clitics): a cheap test before matching.
    const hit = first > floor && t.text.endsWith(p.words[p.words.length - 1]!) ? matchPhrase(ctx, p, first) : null;
    if (hit) return hit;
  }
  return null;
}

/** A qualifier phrase right after token `last`, or after `last` and one counted noun («20 مدنيا على الأقل»). */
function qualifierAfter(ctx: Ctx, last: number): QualifierHit | null {
  for (const skip of [0, 1]) {
    if (skip && (ctx.tokens[last + 1]?.kind !== 'word' || bestAt(ctx, last + 1))) break;
    for (const p of QUALIFIERS_AFTER) {
      const hit = matchPhrase(ctx, p, last + 1 + skip);
      if (hit) return hit;
    }
  }
  return null;
}

function matchPhrase(ctx: Ctx, p: CompiledPhrase, first: number): QualifierHit | null {
  const last = first + p.words.length - 1;
  // The later words are compared whole first: most phrases tried fail there, before the first word's clitics are read.
  for (let k = last; k > first; k--) if (textOf(ctx, k) !== p.words[k - first]) return null;
  const t = ctx.tokens[first];
  if (!t) return null;
  const w = p.words[0]!; // an Arabic word: only a word token ends with it
  // The first word may carry clitics (و ف, then ب ل ك: «وبنحو»), not the article.
  const clitic = findSplit(t.text, (c, article, at) => (!article && t.text.length - at === w.length && t.text.endsWith(w) ? c : null));
  return clitic === null ? null : { effect: p.effect, first, last, from: t.start + clitic, to: ctx.tokens[last]!.end };
}

/** A web address: from «http://», «https://» or «www.» up to the next space or control character. */
const URL = /(?:https?:\/\/|www\.)[^\x00-\x20]*/gu;

/** Web addresses in the text as sorted `[start, end)` ranges. Linear. */
function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

/** Folds a qualifier into the quantity `q`: approximate keeps the figure, a bound replaces it. */
function fold(q: Quantity, c: Candidate, effect: QualifierEffect | undefined): void {
  if (c.value !== undefined) {
    if (effect === 'min') q.min = c.value;
    else if (effect === 'max') q.max = c.value;
    else {
      q.value = c.value;
      if (effect === 'approximate') q.approximate = true;
    }
  } else if (c.min !== undefined) {
    q.min = c.min;
    if (c.max !== undefined) {
      q.max = c.max; // a range: «نحو 20-25» is approximate
      if (effect === 'approximate') q.approximate = true;
    }
  }
  if (c.vague) q.vague = c.vague;
}

/**
 * Every number expression of a prepared document, in order, with token indices. Linear in the number of tokens:
 * each rule reads a bounded number of tokens from its start.
 * @internal
 * @example
 * ```ts
 * scanDoc(prepare('نحو 48 قتيلا')); // → [{ text: '48', value: 48, approximate: true, firstToken: 1, … }]
 * ```
 */
/** «نحو (10) أشخاص»، «أكثر من (20)»: a figure set in brackets takes the qualifier before the bracket (not a range's «بين»). */
function bracketedQualifier(ctx: Ctx, first: number, last: number, floor: number): QualifierHit | null {
  if (textOf(ctx, first - 1) !== '(' || textOf(ctx, last + 1) !== ')') return null;
  const hit = qualifierBefore(ctx, first - 2, floor);
  return hit?.effect === 'range' ? null : hit;
}

export function scanDoc(doc: Doc, whole = false): DocNumber[] {
  const ctx = createCtx(doc, whole);
  const out: DocNumber[] = [];
  const n = ctx.tokens.length;
  const urls = urlRanges(doc.norm.text);
  let u = 0; // the first web address that does not end before the current token
  let floor = -1; // last token used by the previous mention (and its qualifier)
  for (let i = 0; i < n; ) {
    const pos = ctx.tokens[i]!.start;
    while (u < urls.length && urls[u]![1] <= pos) u++;
    let c = u < urls.length && urls[u]![0] <= pos ? null : bestAt(ctx, i); // digits inside a web address are not numbers
    if (!c) {
      i++;
      continue;
    }
    const figure = c.kind === 'cardinal' || c.kind === 'percent';
    let qual = figure || c.kind === 'vague' || c.kind === 'quantifier' ? qualifierBefore(ctx, c.first - 1, floor) : null;
    if (figure && !qual) qual = bracketedQualifier(ctx, c.first, c.last, floor);
    // A range («20-25»، «بين 10 و15») is one quantity; «بين» and «من» qualify nothing else.
    c = (figure && rangeFrom(ctx, c, qual?.effect === 'range' ? qual.first : -1)) || c;
    if (qual?.effect === 'range' && c.rule !== 'range') qual = null;
    if (figure) qual ??= qualifierAfter(ctx, c.last);
    const { start, end, text } = spanOfNormalized(doc, c.from, c.to);
    // Built field by field (object spread of differently shaped objects is slow in V8's hot path).
    const m: DocNumber = { start, end, text, kind: c.kind, rule: c.rule, firstToken: c.first, lastToken: c.last };
    fold(m, c, qual?.effect);
    if (qual) m.qualifier = spanOfNormalized(doc, qual.from, qual.to) satisfies Span;
    if (c.name) m.name = true;
    out.push(m);
    floor = qual && qual.first > c.last ? qual.last : c.last;
    i = floor + 1;
  }
  return out;
}
