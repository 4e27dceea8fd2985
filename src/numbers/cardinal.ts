/**
 * Cardinal numbers in words, digits or both, composed over tokens:
 *
 *     number := chunk ( [و] chunk )*          chunks in falling scale: ألف after مليون, never before
 *     chunk  := group [scale] | scale          «ثلاثة آلاف»، «13 ألف»، «مائة الف»، «ألفين»
 *     group  := hundreds [و units] [و tens] | units [و tens] | teen | tens | digits [مئة]
 *
 * followed by optional tails: a decimal («فاصلة خمسة»), a fraction («ونصف»، «ونصف المليون») and a percent sign or
 * word («%»، «بالمائة»، «في المئة»). Prefixes: سالب/ناقص/-, the article (الـ72، الـ 24) and model designations
 * (بي 52، إف-16). Every chunk is bounded and scales fall, so one match reads a bounded number of tokens.
 * @module numbers/cardinal
 */
import { digitValue, isPlainDigits } from './digits.js';
import { Flag, ScaleNumber, WordClass, WordKey, cliticOnly, type WordReading } from './lexicon.js';
import {
  afterAnd, candidate, endOf, wordSet, isEntry, endsWithOriginal, plainReading, reading, startOf, textOf, type AndPart, type Candidate, type Ctx,
} from './context.js';
import type { NumberKind } from './types.js';
import { fractionAt } from './word-rules.js';

/** The slot the last component of a group filled; it decides what may follow (a const enum, as `WordClass`). */
const enum Slot { digits, hundreds, units, teen, tens, zero }

/** A number below a thousand (or a run of digits), possibly times a scale word, and the tokens it took. */
interface Group {
  value: number;
  /** Its last token. */
  last: number;
  /** The slot of the group's first part. */
  head: Slot;
  /** The slot of its last part. */
  slot: Slot;
  /** True when it has a number word (not only digits). */
  words: boolean;
  /** A chunk (a group times a scale word, or a scale word alone): the scale word's value; 0 for a group without one. */
  scale: number;
}

/** Words after «أحد» that show it is the pronoun "anyone" («لم يتمكن أحد من»), not "one of". */
const PARTICLES = wordSet('من في عن علي الي ان قد لم لا ما او ثم هو هي و بل حتي');
/** Words before «أحد» that make it "anyone" («لا أحد»، «لم يصب أحد»، «أي أحد»). */
const NEGATIONS = wordSet('لا لم لن ما ولا ليس اي كل');
const ONE_AS_PRONOUN = wordSet('اي كل لكل ولكل بكل'); // «أي واحد»، «كل واحد»: "anyone", "each one"
/** Model designations written in Arabic letters before a number: بي 52، إف 16، سو 24، ميغ 21، إس 400، (إيه) كيه-47. */
const DESIGNATIONS = wordSet('بي اف سو ميغ ميج اس تي مي جي كا يو اتش كيه');
/** Words before a figure that names a thing rather than counting: مشروع الـ 1070 شقة، الفرقة 17، القرار 2254. */
const NAME_CONTEXT = wordSet('مشروع الفرقه الفوج اللواء الكتيبه القرار قرار رقم طراز حي');
/** Percent and per-mille signs, by what they divide into. */
const PER: Record<string, number> = { '%': 100, '٪': 100, '‰': 1000, '؉': 1000 };
const BETWEEN = wordSet('بين وبين');

// ---------------------------------------------------------------------------------------------------------------
// Digits spread over several tokens

/** A thousands group after a space: three digits, the last group perhaps with a decimal part («021»، «100.5»). */
const SPACE_GROUP = /^\d{3}([.,٫]\d+)?$/u;
/** A first token that space groups may follow: up to three digits, or groups after a comma («1٬000 000»). */
const FIRST_GROUP = /^\d{1,3}([٬,]\d{3})*$/u;
/** A thousands group after an Arabic comma: a number token that starts with exactly three digits. */
const COMMA_GROUP = /^\d{3}(?!\d)/u;

/**
 * A digit token with what follows it: space-grouped thousands («1 414 021 100», «40 000») and groups after an Arabic
 * comma («١،٢٣٤،٥٦٧»). Returns the string of digits the run spells and its last token.
 */
function digitRun(ctx: Ctx, i: number): { value: number; last: number } | null {
  const t = ctx.tokens[i]!;
  const first = digitValue(t.text);
  if (first === null) return null;
  let last = i;
  let text = t.text;
  if (FIRST_GROUP.test(t.text)) {
    text = text.replace(/\D/gu, ''); // «1٬000 000»: the first token may carry its own separators
    // Space groups: each next token exactly three digits (the last may carry a decimal part), one space apart.
    while (true) {
      const next = ctx.tokens[last + 1];
      if (!next || next.kind !== 'number' || next.start !== ctx.tokens[last]!.end + 1) break;
      if (ctx.doc.norm.text[next.start - 1] !== ' ') break;
      if (!SPACE_GROUP.test(next.text)) break;
      text += next.text;
      last++;
    }
    if (last === i) {
      // Arabic comma groups: 1،234،567 (the comma is punctuation to the tokenizer).
      while (textOf(ctx, last + 1) === '،' && ctx.tokens[last + 1]!.joined) {
        const next = ctx.tokens[last + 2];
        if (!next || next.kind !== 'number' || !next.joined || !COMMA_GROUP.test(next.text)) break;
        text += next.text;
        last += 2;
      }
    }
  }
  const value = last === i ? first : digitValue(text);
  return value === null ? null : { value, last };
}

// ---------------------------------------------------------------------------------------------------------------
// Groups (below a thousand) and chunks (a group times a scale)

/** True when «أحد/إحدى» at `i` means "one of" a following noun, not "anyone". */
function oneOfContext(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || next.kind !== 'word' || PARTICLES.has(next.text)) return false;
  return !NEGATIONS.has(textOf(ctx, i - 1));
}

/** «مئة» or, after a count, its plural «مئات» («أربع مئات» = 400): the only number words worth exactly 100. */
function hundredWord(r: WordReading | null): boolean {
  return r?.value === 100;
}

/** A fresh group of one part (callers extend it in place). */
function group(value: number, last: number, slot: Slot, words = true): Group {
  return { value, last, head: slot, slot, words, scale: 0 };
}

/**
 * True when a word may continue a number: it carries at most the conjunction و, and the article only inside a
 * definite number («المئة والخامس والعشرون»). The word that opens a number may carry any clitic.
 */
function joins(r: WordReading, article: boolean): boolean {
  return r.clitic === 0 || (r.clitic === 1 && r.conj) ? !r.article || article : false;
}

/**
 * The group part a number word at `i` reads as: a hundred, a ten, a unit or a teen («خمسة عشر»). `opening`: the
 * word opens its group, where «ثلاث مئة», zero and «أحد» (with its "anyone" test) may stand; after و (not
 * opening) an ordinal unit may stand in a definite compound («المئة والخامس والعشرون», 125th). `first`: the group
 opens the number.
 */
function wordPart(ctx: Ctx, i: number, r: WordReading, opening: boolean, first: boolean, article: boolean): Group | null {
  if (r.cls === WordClass.hundred) return group(r.value, i, Slot.hundreds);
  if (r.cls === WordClass.ten) return group(r.value, i, Slot.tens);
  const tail = plainReading(ctx, i + 1);
  if (!first && r.cls === WordClass.ordinal && r.article && !(r.flags & Flag.needsAlefMaqsura)) {
    // «المئتين والخامس عشر» (215th), «الألف والخامس» (1005th).
    return isEntry(tail, WordClass.unit, 10) ? group(10 + r.value, i + 1, Slot.teen) : group(r.value, i, Slot.units);
  }
  if (r.cls !== WordClass.unit) return null;
  if (isEntry(tail, WordClass.unit, 10) && r.value >= 1 && r.value <= 9) return group(10 + r.value, i + 1, Slot.teen);
  if (r.flags & Flag.teenOnly) return null;
  if (opening) {
    if (r.article && r.flags & Flag.weekday) return null; // الاثنين Monday, الأحد Sunday
    if (hundredWord(tail) && r.value >= 3 && r.value <= 9) return group(r.value * 100, i + 1, Slot.hundreds); // ثلاث مئة، أربع مئات
    if (r.value === 0) return group(0, i, Slot.zero);
    if (r.flags & Flag.oneOf && !isTensNext(ctx, i, article) && (!first || r.article || !oneOfContext(ctx, i))) return null;
    if (r.value === 1 && !(r.flags & Flag.oneOf) && ONE_AS_PRONOUN.has(textOf(ctx, i - 1))) return null;
  } else if (r.value === 0) return null;
  return group(r.value, i, r.value > 10 ? Slot.teen : Slot.units); // a dialect teen (حداشر) is one word
}

/** Reads a group at token `i`. `first`: the group opens the number (any clitic and the article allowed). */
function readGroup(ctx: Ctx, i: number, first: boolean, article: boolean, pre?: WordReading | null): Group | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  let g: Group | null;
  if (t.kind === 'number') {
    const d = digitRun(ctx, i);
    if (!d) return null;
    g = group(d.value, d.last, Slot.digits, false);
    if (hundredWord(plainReading(ctx, d.last + 1))) g = group(d.value * 100, d.last + 1, Slot.hundreds, false);
  } else {
    const r = pre !== undefined ? pre : reading(ctx, i);
    if (!r || (!first && !joins(r, article))) return null;
    g = wordPart(ctx, i, r, true, first, article);
    if (!g || g.slot === Slot.zero) return g;
  }
  // Within a group, smaller parts follow after و: hundreds → units/teen/tens/digits, units → tens.
  for (;;) {
    let part = afterAnd(ctx, g.last + 1);
    // Spoken Egyptian drops و after the hundreds: «متين تلاتة وستين» (263).
    const bare = !part && g.head === Slot.hundreds && g.words ? plainReading(ctx, g.last + 1) : null;
    if (bare && (bare.cls === WordClass.unit || bare.cls === WordClass.ten)) part = { at: g.last + 1, r: bare };
    if (!part) return g;
    const next = component(ctx, part, article);
    if (!next) return g;
    if (next.slot === Slot.units && plainReading(ctx, next.last + 1)?.cls === WordClass.denominator) return g; // و ثلاثة أرباع
    const ok =
      (g.slot === Slot.hundreds && (next.slot === Slot.units || next.slot === Slot.teen || next.slot === Slot.tens || (next.slot === Slot.digits && next.value < 100 && next.value >= 1))) ||
      (g.slot === Slot.units && g.value % 100 < 10 && next.slot === Slot.tens && g.value % 100 >= 1) ||
      // Units after round tens, as spoken: «ستين وثلاثة» (63); not «عشرين وخمسة وعشرين» (a range's two ends).
      (g.slot === Slot.tens && g.value % 10 === 0 && next.slot === Slot.units && next.value > 0 && !isTensNext(ctx, next.last, article));
    if (!ok) return g;
    g.value += next.value;
    g.last = next.last;
    g.slot = next.slot;
    g.words ||= next.words;
  }
}

/** One part after و inside a group: plain digits or a number word. */
function component(ctx: Ctx, { at, r }: AndPart, article: boolean): Group | null {
  const t = ctx.tokens[at]!;
  if (t.kind === 'number') return isPlainDigits(t.text) ? group(Number(t.text), at, Slot.digits, false) : null;
  return r && joins(r, article) ? wordPart(ctx, at, r, false, false, article) : null;
}

function isTensNext(ctx: Ctx, i: number, article: boolean): boolean {
  const r = afterAnd(ctx, i + 1)?.r;
  return r?.cls === WordClass.ten && (!r.article || article);
}

/**
 * A group optionally multiplied by scale words, or a scale word on its own («ألف»، «مليونين»). Scales stack, each at
 * least the one before, up to a trillion (so a chunk stays bounded): «ثلاثين مئة ألف» (3,000,000), «خمسة آلاف ألف»,
 * «ألف مليون».
 */
function readChunk(ctx: Ctx, i: number, first: boolean, article: boolean, pre?: WordReading | null): Group | null {
  let g = readGroup(ctx, i, first, article, pre);
  if (g) {
    if (g.slot === Slot.zero) return g;
    if ((g.slot === Slot.tens || g.slot === Slot.teen) && g.head !== Slot.hundreds && hundredWord(plainReading(ctx, g.last + 1))) {
      g.value *= 100; // «ثلاثين مئة»، «خمسة عشر مئة»
      g.last++;
      g.slot = Slot.hundreds;
    }
  } else {
    const r = pre !== undefined ? pre : reading(ctx, i);
    if (!r || r.cls !== WordClass.scale || r.number === ScaleNumber.plural) return null;
    if (!first && !joins(r, article)) return null;
    // «ألفا»، «مليونا»: with tanween (ألفاً) the accusative singular, without it the construct dual (ألفا شخص = 2000).
    const dual = r.number === ScaleNumber.dual || (r.flags & Flag.tanweenOrDual && !endsWithOriginal(ctx, i, '\u064b'));
    g = group((dual ? 2 : 1) * r.value, i, Slot.hundreds);
    g.scale = r.value;
  }
  for (let step = g.scale, s = plainReading(ctx, g.last + 1); s?.cls === WordClass.scale && s.number !== ScaleNumber.dual && s.value >= step && g.value > 0 && (g.scale || 1) * s.value <= 1e12; s = plainReading(ctx, g.last + 1)) {
    g.value *= s.value;
    g.last++;
    g.words = true;
    g.scale = (g.scale || 1) * s.value;
    step = s.value;
  }
  return g;
}

// ---------------------------------------------------------------------------------------------------------------
// The rule

/** The body of a number at `b`: chunks in falling scale, then decimal, fraction and percent tails. */
interface Body {
  value: number;
  last: number;
  /** True when it has a number word (not only digits). */
  words: boolean;
  /** True when a percent sign or word follows. */
  percent: boolean;
}

function readBody(ctx: Ctx, b: number, article: boolean): Body | null {
  const c1 = readChunk(ctx, b, true, article);
  if (!c1) return null;
  let value = c1.value;
  let last = c1.last;
  let words = c1.words;
  let lastScale = c1.scale;
  let lastGroup: Group = c1;
  while (lastScale > 0) {
    const part = afterAnd(ctx, last + 1);
    let c: Group | null;
    if (part) c = readChunk(ctx, part.at, false, article, part.r);
    else {
      // Without و only a hundreds group or another scaled chunk continues: «٤ آلاف ٣ مائة و ٢١».
      c = readChunk(ctx, last + 1, false, article);
      if (c && !(c.scale > 0 || (c.head === Slot.hundreds && !c.words))) c = null;
      if (c && (reading(ctx, last + 1)?.clitic ?? 0) > 0) c = null;
    }
    if (!c || c.slot === Slot.zero || c.value >= lastScale || (c.scale > 0 && c.scale >= lastScale)) break;
    value += c.value;
    last = c.last;
    words = words || c.words;
    lastGroup = c;
    if (!c.scale) break;
    lastScale = c.scale;
  }
  // Parts in rising order, as spoken: «خمسة وتسعين وثمانمئة وألفين» (2895); each adds a higher place. Not after
  // «بين», where و joins the two ends of a range («بين عشرة ومئة»).
  if (words && value > 0 && !BETWEEN.has(textOf(ctx, b - 1))) {
    for (let part = afterAnd(ctx, last + 1); part; part = afterAnd(ctx, last + 1)) {
      const c = readChunk(ctx, part.at, false, article, part.r);
      if (!c || !c.words || !c.value || c.value % 10 ** String(value).length) break;
      value += c.value;
      last = c.last;
      lastGroup = c;
    }
  }
  const scaled = lastGroup.scale > 0;
  // Decimal in words: «واحد فاصلة واحد»، «1 فاصلة 1»، «صفر فاصلة خمسة»; a scale after it multiplies the whole
  // («ثلاثة فاصلة سبعة مليون»).
  const p = reading(ctx, last + 1);
  if (p && p.key === WordKey.point && p.clitic === 0 && !scaled) {
    const t = ctx.tokens[last + 2];
    const f = t?.kind === 'number' ? null : readGroup(ctx, last + 2, false, false);
    if (t && t.kind === 'number' && isPlainDigits(t.text)) {
      value += Number(`0.${t.text}`);
      last += 2;
    } else if (f && f.slot !== Slot.digits) {
      value += f.value / 10 ** String(f.value).length;
      last = f.last;
    }
    const s = plainReading(ctx, last + 1);
    if (last > c1.last && s?.cls === WordClass.scale && s.number !== ScaleNumber.dual) {
      value *= s.value;
      last++;
    }
  } else {
    // A fraction after و: «مليون ونصف»، «واحد وربع»، «مليونين ونصف المليون»، «مئة وثلاثة أرباع».
    const part = afterAnd(ctx, last + 1);
    const fraction = part?.r && !part.r.article ? fractionAt(ctx, part.at, part.r) : null;
    if (fraction && (words || scaled)) {
      value += fraction.value * (scaled ? lastGroup.scale : 1);
      last = fraction.last;
      const s = reading(ctx, last + 1);
      if (scaled && s && s.article && s.clitic === 0 && s.cls === WordClass.scale && s.value === lastGroup.scale) last++;
    }
  }
  const percent = percentTail(ctx, last);
  if (percent) {
    last = percent[0];
    value = (value * 100) / percent[1]; // the value is a percentage: «5 بالألف» is 0.5 %
  }
  return { value, last, words, percent: !!percent };
}

/**
 * A percent or per-mille sign or word after token `last` («95%»، «90 بالمائة»، «في المئة»، «خمسة بالمية»، «بالألف»،
 * «‰»): its last token and 100 or 1000; null when none follows.
 */
function percentTail(ctx: Ctx, last: number): [number, number] | null {
  const t = ctx.tokens[last + 1];
  if (!t) return null;
  if (t.kind === 'punct') return PER[t.text] && t.start - endOf(ctx, last) <= 1 ? [last + 1, PER[t.text]!] : null;
  // «بالمئة» with ب on the word, or «في المئة» apart.
  const at = t.text === 'في' ? last + 2 : last + 1;
  const r = reading(ctx, at);
  const per = r && r.article && (r.cls === WordClass.hundred || r.number === ScaleNumber.singular) ? r.value : 0;
  const ok = at > last + 1 ? r?.clitic === 0 : r?.clitic === 1 && t.text[0] === 'ب';
  return ok && (per === 100 || per === 1000) ? [at, per] : null;
}

/** One dot before three digits: a decimal point or a thousands separator, as the next word says. */
const DOT_THOUSANDS = /^\d{1,3}\.\d{3}$/u;
/** Starts of the measure words after which «2.500» is a decimal (كم، كيلومتر، أمتار، طن، ساعة، درجة …), normalized. */
const MEASURES = 'كم كيلو متر امتار ميل طن اطنان غرام لتر درج ساع دقي دقا هكتار دونم نقط'.split(' ');

/** True when token `i` is a word that a figure counts: not a number word, not a measure. */
function countedNoun(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return t?.kind === 'word' && !reading(ctx, i) && !MEASURES.some((m) => t.text.startsWith(m));
}

/** A designation in Latin letters: F-16, MiG 21. */
const LATIN_DESIGNATION = /^[a-z]{1,3}$/iu;

/**
 * The clitic length of a designation before a number at token `i` (بي 52، إف-16، F-16، «وسو-34» → 1), or -1.
 */
function designation(ctx: Ctx, i: number): number {
  const text = textOf(ctx, i);
  if (DESIGNATIONS.has(text) || LATIN_DESIGNATION.test(text)) return 0;
  return (text[0] === 'و' || text[0] === 'ف') && DESIGNATIONS.has(text.slice(1)) ? 1 : -1;
}

/**
 * The cardinal rule: prefixes (sign, article, clitics, designation), the body, then what kind of number it is.
 * @internal
 * @example
 * ```ts
 * cardinalRule(createCtx(prepare('13 ألف مدني')), 0); // → { first: 0, last: 1, value: 13000, rule: 'digits-scale', … }
 * ```
 */
export function cardinalRule(ctx: Ctx, i: number): Candidate | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  let b = i; // the body's first token
  let from = -1; // normalized start of the span when a prefix is part of it
  let sign = 1;
  let name = false;
  let rule = '';
  if (t.kind === 'punct') {
    const next = ctx.tokens[i + 1];
    if (!next || next.kind !== 'number' || !next.joined) return null;
    const prev = ctx.tokens[i - 1];
    const glued = t.joined && prev && prev.kind !== 'punct';
    // The last dot of an ellipsis is no decimal point («اليوم ..12 ضحية» is 12, not 0.12).
    const ellipsis = t.joined && (prev?.text === '.' || prev?.text === '…');
    if (t.text === '-' && !glued) {
      sign = -1;
      rule = 'negative-';
    } else if ((t.text === '.' || t.text === '٫') && !glued && !ellipsis && isPlainDigits(next.text)) {
      return candidate(ctx, i, t.start, i + 1, 'cardinal', 'digits-decimal', { value: Number(`0.${next.text}`) }); // «.5»
    } else return null;
    from = t.start;
    b = i + 1;
  } else if (t.kind === 'word') {
    const r = reading(ctx, i);
    const clitics = r ? null : cliticOnly(t.text);
    const designated = designation(ctx, i);
    if (r && r.key === WordKey.minus) {
      sign = -1;
      rule = 'negative-';
      from = startOf(ctx, i, r.clitic);
      b = i + 1;
    } else if (clitics && ctx.tokens[i + 1]?.kind === 'number') {
      if (!clitics.article && !ctx.tokens[i + 1]!.joined) return null; // «و 60»: read at «60»
      if (clitics.article) from = startOf(ctx, i, clitics.clitic);
      b = i + 1;
    } else if (designated >= 0) {
      let k = i + 1;
      if (textOf(ctx, k) === '-' && ctx.tokens[k]!.joined) k++;
      const num = ctx.tokens[k];
      if (!num || num.kind !== 'number' || (k > i + 1 && !num.joined)) return null;
      name = true;
      rule = 'designation-';
      from = t.start + designated;
      b = k;
    }
  }
  const first = ctx.tokens[b];
  if (!first) return null;
  const r0 = reading(ctx, b);
  const article = !!r0 && r0.article;
  const body = readBody(ctx, b, article);
  if (!body) return null;
  if (from < 0) from = startOf(ctx, b, r0?.clitic ?? 0);
  // «2.500» alone: a decimal point («2.500 كم», «4.800»), but thousands before a counted noun («2.500 قتيل»).
  if (body.last === b && DOT_THOUSANDS.test(first.text) && countedNoun(ctx, b + 1)) body.value = Math.round(body.value * 1000);
  let kind: NumberKind = body.percent ? 'percent' : 'cardinal';
  // A definite compound in words is an ordinal: «الحادي عشر» is the ordinal rule's, «الواحد والعشرون»، «العشرين» here.
  if (kind === 'cardinal' && article && body.words && body.value >= 11 && sign > 0) kind = 'ordinal';
  if (!name && NAME_CONTEXT.has(textOf(ctx, i - 1))) name = kind === 'cardinal' && !body.words;
  rule += body.percent ? 'percent' : !body.words ? 'digits' : first.kind === 'number' ? 'digits-scale' : 'words';
  if (kind === 'ordinal') rule = 'definite-ordinal';
  return candidate(ctx, i, from, body.last, kind, rule, { value: sign * body.value || 0, name }); // «سالب صفر» is 0, not -0
}
