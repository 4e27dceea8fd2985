/**
 * Rules for number words that are not plain cardinals: ordinals, fractions, number nouns without a figure
 * (عشرات، مئات آلاف) and count quantifiers (عدة، عدد من، عديداً من).
 * @module numbers/word-rules
 */
import type { VagueLabel } from '../quantity.js';
import {
  afterAnd, candidate, wordSet, isEntry, endsWithOriginal, plainReading, reading, startOf, textOf, type Candidate, type Ctx,
} from './context.js';
import { Flag, ScaleNumber, WordClass, WordKey, type WordReading } from './lexicon.js';

/** Month names whose second word is an ordinal (كانون الأول، تشرين الثاني، ربيع الأول، جمادى الآخرة). */
const MONTH_HEADS = wordSet('كانون تشرين ربيع جمادي');

/**
 * Ordinals: «الأول»، «لأول»، «ثاني»، «الثامن»، «الحادي عشر»، «الثالثة عشرة»، «الخامس والعشرين». «الأولى» needs its
 * ى (أوّلي with ي is "initial"); a bare «ثانية» is a second of time, so it needs the article. @internal
 * @example
 * ```ts
 * ordinalRule(createCtx(prepare('الخامس والعشرين')), 0)?.value; // → 25
 * ```
 */
export function ordinalRule(ctx: Ctx, i: number): Candidate | null {
  const r = reading(ctx, i);
  if (!r || r.cls !== WordClass.ordinal) return null;
  if (MONTH_HEADS.has(textOf(ctx, i - 1).replace(/^[وفبل]/u, ''))) return null; // كانون الأول is December
  if (r.flags & Flag.needsAlefMaqsura && !endsWithOriginal(ctx, i, 'ى')) return null;
  if (r.value === 2 && r.stem.endsWith('ه') && !r.article) return null;
  const tail = plainReading(ctx, i + 1);
  if (isEntry(tail, WordClass.unit, 10) && r.value !== 10) {
    return candidate(ctx, i, startOf(ctx, i, r.clitic), i + 1, 'ordinal', 'ordinal-teen', { value: 10 + r.value });
  }
  const part = afterAnd(ctx, i + 1);
  const ten = part?.r;
  if (ten?.cls === WordClass.ten && r.value !== 10) {
    return candidate(ctx, i, startOf(ctx, i, r.clitic), part!.at, 'ordinal', 'ordinal-compound', { value: r.value + ten.value });
  }
  if (r.flags & Flag.teenOnly) return null;
  return candidate(ctx, i, startOf(ctx, i, r.clitic), i, 'ordinal', 'ordinal', { value: r.value });
}

/** خُمس، سُبع، تُسع، عُشر are spelled like the units خمس، سبع، تسع، عشر; before a definite noun they are fractions. */
const FRACTION_SPELLED_AS_UNIT = wordSet('خمس سبع تسع عشر');

/**
 * Fractions: «نصف»، «الثلث»، «ثلثي», a count with a plural denominator («ثلاثة أرباع»), and a unit-spelled fraction
 * before a definite noun («خمس السكان»). @internal
 * @example
 * ```ts
 * fractionRule(createCtx(prepare('ثلاثة أرباع')), 0)?.value; // → 0.75
 * ```
 */
export function fractionRule(ctx: Ctx, i: number): Candidate | null {
  const r = reading(ctx, i);
  if (!r || (r.cls === WordClass.unit && r.flags & (Flag.teenOnly | Flag.oneOf))) return null;
  if (r.cls === WordClass.unit && FRACTION_SPELLED_AS_UNIT.has(r.stem) && !r.article && ctx.tokens[i + 1]?.text.startsWith('ال')) {
    return candidate(ctx, i, startOf(ctx, i, r.clitic), i, 'fraction', 'fraction', { value: 1 / r.value }); // خمس السكان
  }
  const f = fractionAt(ctx, i, r);
  if (!f) return null;
  // «نصف مليون»، «ربع مليون»: a fraction of a bare scale word is a cardinal.
  const s = plainReading(ctx, f.last + 1);
  const scale = s && s.cls === WordClass.scale && s.number === ScaleNumber.singular && !s.article ? s.value : 0;
  return candidate(ctx, i, startOf(ctx, i, r.clitic), f.last + (scale && 1), scale ? 'cardinal' : 'fraction', scale ? 'fraction-scale' : f.last > i ? 'fraction-plural' : 'fraction', { value: f.value * (scale || 1) });
}

/**
 * The fraction a number word at token `at` starts: a fraction word («نصف»، «ثلثي») or a count with a plural
 * denominator («ثلاثة أرباع»), with its last token. The fraction rule and a cardinal's fraction tail («مئة وثلاثة
 * أرباع») both read it. @internal
 * @example
 * ```ts
 * const ctx = createCtx(prepare('ثلاثة أرباع'));
 * fractionAt(ctx, 0, reading(ctx, 0)!); // → { value: 0.75, last: 1 }
 * ```
 */
export function fractionAt(ctx: Ctx, at: number, r: WordReading): { value: number; last: number } | null {
  if (r.cls === WordClass.fraction) return { value: r.value, last: at };
  const d = r.cls === WordClass.unit && r.value > 0 ? plainReading(ctx, at + 1) : null;
  return d && d.cls === WordClass.denominator ? { value: r.value / d.value, last: at + 1 } : null;
}

/**
 * Number nouns: «عشرات»، «المئات»، «آلاف»، «الآلاف»، «ملايين»، «بضعة», and a number noun before a scale plural
 * («عشرات الآلاف» tens of thousands, «مئات آلاف», «بضعة ملايين» millions) or «بضع مئات» (hundreds). A compound's lower
 * bound is the product of the two. @internal
 * @example
 * ```ts
 * vagueRule(createCtx(prepare('عشرات الآلاف')), 0); // → { vague: 'tens-of-thousands', min: 10000, … }
 * ```
 */
export function vagueRule(ctx: Ctx, i: number): Candidate | null {
  const r = reading(ctx, i);
  if (!r?.vague || (r.vague === 'several' && r.article)) return null;
  // A few past a ten: «بضعة عشر» (13 to 19), «بضع وعشرون» (23 to 29), «نيف وثلاثون» (31 to 39) — «بضع» is three to
  // nine, «نيف» one to nine (alone no number; after a figure a qualifier: «مئة ونيف»).
  if (r.vague === 'several') {
    const part = afterAnd(ctx, i + 1);
    const ten = isEntry(plainReading(ctx, i + 1), WordClass.unit, 10) ? 10 : part?.r?.cls === WordClass.ten && !part.r.article ? part.r.value : 0;
    if (ten) {
      const last = ten > 10 ? part!.at : i + 1;
      // «بضعة عشر ألفاً»: thousands of them.
      const scale = plainReading(ctx, last + 1);
      const times = scale?.cls === WordClass.scale && scale.number !== ScaleNumber.dual ? scale.value : 0;
      return candidate(ctx, i, startOf(ctx, i, r.clitic), times ? last + 1 : last, 'vague', 'vague-compound', { vague: 'several', min: (ten + r.value) * (times || 1), max: (ten + 9) * (times || 1) });
    }
  }
  if (r.flags & Flag.teenOnly) return null;
  const next = reading(ctx, i + 1);
  const of = r.cls === WordClass.vague && next && next.clitic === 0 ? next : undefined;
  if (of && (of.cls === WordClass.scale ? of.vague : of.vague === 'hundreds' && r.vague === 'several')) {
    const vague: VagueLabel = of.vague === 'thousands' && r.vague !== 'several' ? `${r.vague as 'tens' | 'hundreds'}-of-thousands` : of.vague!;
    return candidate(ctx, i, startOf(ctx, i, r.clitic), i + 1, 'vague', 'vague-compound', { vague, min: r.value * of.value });
  }
  return candidate(ctx, i, startOf(ctx, i, r.clitic), i, 'vague', 'vague-noun', { vague: r.vague, min: r.value });
}

/**
 * What follows «عدد/عدداً» to make it a quantifier: «عدد من/آخر/قليل» some, «عدد كبير/أكبر/ضخم/هائل» many. «عدد منهم»،
 * «عدداً منها» (some of them, of forces or a group named in the feminine) is some too.
 */
const SOME = wordSet('من اخر اخرا قليل قليلا منهم منهن منها');
const MANY = wordSet('كبير كبيرا اكبر ضخم ضخما هايل هائل هائلا');
/** «عدد غير معروف/محدد»: unknown. */
const UNKNOWN_TAILS = wordSet('معروف معروفا محدد محددا');

/**
 * Count quantifiers: «عدة» (several, ≥ 3), «عدد من»/«عدداً من»/«عدد آخر»/«مجموعة من»/«أعداد من» (some), «عدد كبير»
 * (many), «عدد غير معروف» (unknown), «عديد»/«العديد من»/«عديداً من» (several), «أعداد كبيرة»/«الكثير من» (many). «عدد القتلى» (the toll)
 * is not one. With clitics «بعدة» needs its ة: «بعده» is "after it". @internal
 * @example
 * ```ts
 * quantifierRule(createCtx(prepare('عدداً من الجرحى')), 0); // → { vague: 'some', last: 1, … }
 * ```
 */
export function quantifierRule(ctx: Ctx, i: number): Candidate | null {
  const r = reading(ctx, i);
  if (!r || r.cls !== WordClass.quantifier) return null;
  const from = startOf(ctx, i, r.clitic);
  if (r.key === WordKey.adid) {
    return candidate(ctx, i, from, textOf(ctx, i + 1) === 'من' ? i + 1 : i, 'quantifier', 'quantifier-adid', { vague: 'several', min: 3 });
  }
  // «الكثير من»، «كثير من» (many of); «كثير» alone is an adjective, «بكثير من» a comparison («أعلى بكثير من 100»).
  if (r.key === WordKey.kathir) return textOf(ctx, i + 1) === 'من' && r.clitic === (r.conj ? 1 : 0) ? candidate(ctx, i, from, i + 1, 'quantifier', 'quantifier-kathir', { vague: 'many' }) : null;
  if (r.article) return null;
  if (r.key === WordKey.idda) {
    // Written with final ة: the same letters with ه are another word («بعدة» several vs «بعده» after it).
    if (r.clitic > 0 && !endsWithOriginal(ctx, i, 'ة')) return null;
    return candidate(ctx, i, from, i, 'quantifier', 'quantifier-idda', { vague: 'several', min: 3 });
  }
  const next = textOf(ctx, i + 1);
  const vague: VagueLabel | undefined =
    r.key === WordKey.adadPlural ? (next === 'كبيره' || next === 'هائله' ? 'many' : next === 'من' ? 'some' : undefined)
    : SOME.has(next) ? 'some'
    : MANY.has(next) ? 'many'
    : next === 'غير' && UNKNOWN_TAILS.has(textOf(ctx, i + 2)) ? 'unknown'
    : undefined;
  return vague ? candidate(ctx, i, from, vague === 'unknown' ? i + 2 : i + 1, 'quantifier', 'quantifier-adad', { vague }) : null;
}
