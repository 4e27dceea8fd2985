/**
 * Fuzzing every layer with fast-check over generated Arabic-heavy text (news-like sentences with figures, actors,
 * places and casualty words, spelled every way the press spells them, plus noise): no exceptions; every span in
 * range with `text === input.slice(start, end)`; deterministic results; a mention found in a sentence is found the
 * same when other sentences are added around it (attributes the sentence leaves empty may come from the sentence
 * before, as the casualty layer documents); normalization is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as hasila from '../src/index.js';
import { layerFunctions, publicFunctions, spanProblems, spansIn } from './robustness-api.js';

const { text: TEXT_FUNCTIONS } = publicFunctions();
const LAYERS = layerFunctions(TEXT_FUNCTIONS);

// Words written for these tests: the vocabulary of casualty reports, with spelling variants (hamza, ى/ي, ة/ه,
// tanween), clitics and digits in three scripts.
const WORDS = {
  verbs: ['قتل', 'قُتل', 'استشهد', 'أصيب', 'اصيب', 'جرح', 'لقي', 'حتفهم', 'أعدمت', 'أسفرت عن', 'أدى إلى', 'مقتل', 'إصابة', 'سقوط', 'ارتفاع حصيلة', 'راح ضحيتها'],
  counts: ['52', '٥٢', '۵۲', '3', '1,070', '١٬٠٧٠', '2.5', 'خمسة وعشرين', 'ثلاثة عشر', 'مائة', 'مئتين', 'ألفين وخمسمائة', 'ستين', 'عشرات', 'مئات', 'نحو 30', 'أكثر من 90', 'ما لا يقل عن 7', 'عدد من', 'الـ72', 'الـ 24', '95%', 'قرابة ثلاثين'],
  victims: ['مدنيا', 'مدنياً', 'مدنيين', 'أشخاص', 'شخصا', 'أطفال', 'طفلاً', 'نساء', 'امرأة', 'عناصر', 'جنود', 'مسعفين', 'آخرين', 'قتيلا', 'جريحا', 'قتلى', 'قتلي', 'جرحى'],
  actors: ['قوات النظام', 'النظام السوري', 'الطيران الروسي', 'طائرات التحالف', 'تنظيم الدولة', 'داعش', 'قسد', 'فصائل المعارضة', 'هيئة تحرير الشام', 'الجيش التركي', 'حزب الله', 'الطائرات السورية والروسية', 'لقوات الأسد', 'والنظام'],
  causes: ['جراء غارات', 'بقصف مدفعي', 'ببراميل متفجرة', 'بصاروخ', 'انفجار سيارة مفخخة', 'برصاص قناص', 'لغم أرضي', 'انهيار مبنى'],
  places: ['في حلب', 'بريف إدلب', 'على مدينة الرقة', 'في حي الشعار', 'بلدة سراقب', 'في دير الزور', 'بمحافظة حمص', 'بالغوطة الشرقية'],
  sources: ['بحسب الدفاع المدني', 'قال المرصد السوري', 'أفاد ناشطون', 'وكالة أعماق', 'وفق مصادر محلية'],
  fillers: ['اليوم', 'الأحد', 'الخميس', 'الثلاثاء', 'في', 'على', 'من', 'إلى', 'أن', 'و', 'كما', 'بينهم', 'معظمهم من', 'الذى', 'فى', 'مسؤول', 'ساعة', 'غارة', 'برميلا', 'بي 52', 'نسمة', 'غادروا'],
};
const NOISE = ['ً', 'ٌ', 'ّ', 'ـ', '\u200c', '\u200f', '\u00a0', '،', '؛', '؟', '«', '»', '(', ')', ':', '-', 'x', 'ﻻ', '😀', '\ud800'];

const word = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...Object.values(WORDS).flat()) },
  { weight: 1, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat({ max: 1_000_000 }).map(String) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '، ', '  ', '\u00a0', ' و');
/** A sentence without a full stop. */
const sentence = fc
  .array(fc.tuple(word, separator), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.map(([w, s]) => w + s).join('').trim())
  .map((s) => s.replace(/[.\n]/gu, ' '));
/** Sentences ending with a full stop, on lines. */
const article = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.map((s) => `${s}.`).join('\n'));

// `npm run fuzz` draws many more cases from a fresh seed (test/setup/fast-check.ts).
const RUNS = Number(process.env.HASILA_FUZZ_RUNS) || 150;

describe('every layer, on generated Arabic-heavy text', () => {
  it('covers the layers that exist', () => {
    expect(LAYERS.map((f) => f.name)).toEqual(expect.arrayContaining(['normalize', 'normalizeWithOffsets', 'tokenize']));
  });
  for (const f of LAYERS) {
    it(`${f.name}: no exception, spans in range with text === input.slice(start, end), deterministic`, () => {
      fc.assert(
        fc.property(article, (input) => {
          const first = f.fn(input, ...f.rest);
          expect(spanProblems(input, first)).toEqual([]);
          expect(JSON.stringify(f.fn(input, ...f.rest))).toBe(JSON.stringify(first));
        }),
        { numRuns: RUNS },
      );
    });
  }
});

/** What identifies a mention, without its position: everything but the spans' offsets. */
function withoutOffsets(value: unknown, shift: number): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => {
    if ((key === 'start' || key === 'end') && typeof v === 'number') return v - shift;
    return v;
  }));
}

/**
 * Differences between the mentions found in context and those found alone, except what the casualty layer documents
 * as coming from the sentences before: an attribute the sentence alone left empty (an attack named in one sentence,
 * its toll in the next), and a bare toll that continues the kind of a mention before it («ارتفعت الحصيلة إلى 9»
 * after a killing). Every other mention, its span and every attribute the sentence does give must be the same.
 */
function enrichedOnly(inContext: unknown, alone: unknown): string[] {
  type Mention = Record<string, unknown>;
  // A span may hold several mentions («الطائرات السورية والروسية»: two actors): they pair in order.
  const keyed = (ms: Mention[]): Map<string, Mention> => {
    const seen = new Map<string, number>();
    return new Map(ms.map((m) => {
      const span = `${String(m.start)}-${String(m.end)}-${String(m.kind)}`;
      const nth = seen.get(span) ?? 0;
      seen.set(span, nth + 1);
      return [`${span}#${nth}`, m];
    }));
  };
  const inside = keyed(inContext as Mention[]);
  const solo = keyed(alone as Mention[]);
  const continuesToll = (m: Mention) => m.rule === 'toll' && m.victims === 'unspecified';
  const extra = [...inside].filter(([k, m]) => !solo.has(k) && !continuesToll(m)).map(([, m]) => m);
  const lost = [...solo].filter(([k]) => !inside.has(k)).map(([, m]) => m);
  if (extra.length || lost.length) return [`in context only: ${JSON.stringify(extra)}; alone only: ${JSON.stringify(lost)}`];
  const diffs: string[] = [];
  const empty = (v: unknown) => v === null || v === undefined || v === 'unspecified' || (Array.isArray(v) && v.length === 0);
  for (const [k, m] of inside) {
    const s = solo.get(k);
    if (!s) continue;
    for (const field of new Set([...Object.keys(m), ...Object.keys(s)])) {
      if (empty(s[field])) continue;
      if (JSON.stringify(m[field]) !== JSON.stringify(s[field])) {
        diffs.push(`mention ${k} .${field}: ${JSON.stringify(m[field])} in context, ${JSON.stringify(s[field])} alone`);
      }
    }
  }
  return diffs;
}

/** Mention-returning layers: the text functions that return arrays of objects with spans. */
const MENTION_LAYERS = LAYERS.filter((f) => {
  const r = f.fn('قتل 52 مدنيا بقصف لقوات النظام على حلب، وأصيب عشرات آخرين', ...f.rest);
  return Array.isArray(r) && r.length > 0 && spansIn(r[0]).length > 0 && f.name !== 'tokenize';
});

describe('a mention is found the same when other sentences are added around it', () => {
  it('covers the mention layers that exist', () => {
    // Numbers land first; actors and casualties join as they land.
    expect(MENTION_LAYERS.length).toBeGreaterThan(0);
  });
  for (const f of MENTION_LAYERS) {
    it(f.name, () => {
      fc.assert(
        fc.property(sentence, article, article, (s, before, after) => {
          const alone = f.fn(s, ...f.rest) as unknown[];
          const prefix = `${before}\n`;
          const text = `${prefix}${s}.\n${after}`;
          const inside = (f.fn(text, ...f.rest) as unknown[]).filter((m) => {
            const [span] = spansIn(m);
            return span !== undefined && span.start >= prefix.length && span.end <= prefix.length + s.length;
          });
          expect(enrichedOnly(withoutOffsets(inside, prefix.length), withoutOffsets(alone, 0))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('normalization is idempotent on Arabic-heavy text', () => {
  for (const preset of ['search', 'display'] as const) {
    it(preset, () => {
      fc.assert(
        fc.property(article, (input) => {
          const once = hasila.normalize(input, { preset });
          expect(hasila.normalize(once, { preset })).toBe(once);
        }),
        { numRuns: 500 },
      );
    });
  }
});
