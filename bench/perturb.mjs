#!/usr/bin/env node
// Invariance testing of the casualty reader, in the spirit of CheckList (Ribeiro et al. 2020): every gold mention
// the build reads right is read again after one meaning-preserving change to its sentence (a figure in words, an
// adjunct after the trigger, a reporting frame, a conjunction, a synonym, quotes, a line break, a tatweel), and must
// still give a mention of the same kind and count over the (shifted) gold span. The breaks are the reader's
// fragilities: wording that real text varies on and the rules do not yet cover.
//
//   node bench/perturb.mjs GOLD.jsonl... [--lib dist/index.js] [--lexicons packs] [--examples 3] [--only TYPE]
//                          [--json FILE]
//
// Run it from the project root after `npm run build`. It prints a table per perturbation type (applied, broken,
// break rate) and, with --examples N, N broken examples per type (original and changed clause, to stdout only).
// Each mention is read in its sentence with the two sentences before and the one after as context; a mention the
// build does not read right in that window is left out (counted as `context`). Gold matching follows
// ../shared/corpus/score.mjs: overlapping spans, a kind the gold accepts, the gold count.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const valued = ['--lib', '--lexicons', '--examples', '--only', '--json'];
const files = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
const lib = await import(pathToFileURL(resolve(option('--lib') ?? 'dist/index.js')).href);
const lexiconDir = option('--lexicons') ?? 'packs';
const exampleCount = Number(option('--examples') ?? 3);
const only = option('--only');

const extractors = new Map();
function extractorFor(doc) {
  const file = doc.country ? resolve(lexiconDir, `${doc.country}.json`) : null;
  if (!file || !existsSync(file)) return lib.extractCasualties;
  if (!extractors.has(file)) {
    const analyzer = lib.createAnalyzer({ lexicons: [lib.defineLexicon(JSON.parse(readFileSync(file, 'utf8')))] });
    extractors.set(file, (text) => analyzer.extractCasualties(text));
  }
  return extractors.get(file);
}

// ---- gold matching, as score.mjs ----
const KIND_COVERS = { killed_or_injured: ['killed', 'injured', 'killed_or_injured', 'casualties'] };
const kindsFor = (g) => [g.kind, g.alt?.kind].filter(Boolean).flatMap((k) => KIND_COVERS[k] ?? [k]);
function countMatches(gold, pred) {
  if (gold == null) return pred == null || (pred.value == null && pred.min == null && pred.max == null);
  if (pred == null) return 'vague' in gold && gold.vague === 'unknown';
  if ('exact' in gold) return pred.value === gold.exact && !pred.approximate;
  if ('approx' in gold) return pred.value === gold.approx || pred.min === gold.approx;
  if ('min' in gold) return pred.min === gold.min || (pred.value === gold.min && pred.approximate);
  if ('max' in gold) return pred.max === gold.max;
  if ('vague' in gold) return pred.value == null && (pred.vague != null || pred.min != null);
  return false;
}
const countRight = (g, p) => countMatches(g.count, p.count) || (g.alt?.count != null && countMatches(g.alt.count, p.count));
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const readsRight = (g, span, preds) =>
  preds.find((p) => kindsFor(g).includes(p.kind) && overlap(p, span) && countRight(g, p));
function nthIndex(text, s, n) {
  let at = -1;
  for (let i = 0; i < n; i++) if ((at = text.indexOf(s, at + 1)) < 0) return -1;
  return at;
}

// ---- sentences ----
const BOUNDARY = new Set(['.', '!', '?', '؟', '\n', '؛']);
function sentenceStart(text, at) {
  let i = at;
  while (i > 0 && !BOUNDARY.has(text[i - 1])) i--;
  while (i < at && /\s/.test(text[i])) i++;
  return i;
}
function sentenceEnd(text, at) {
  let i = at;
  while (i < text.length && !BOUNDARY.has(text[i])) i++;
  return Math.min(text.length, i + 1);
}

// ---- edits: [{at, del, ins}] in the context's coordinates, not overlapping ----
function applyEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.ins + out.slice(e.at + e.del);
  return out;
}
function mapSpan(edits, s, e) {
  let start = s, end = e;
  for (const d of edits) {
    const shift = d.ins.length - d.del;
    if (d.at + d.del <= s) start += shift;
    else if (d.at < s) start += d.at - s; // the span began inside a replaced stretch: it begins where that begins
    if (d.at < e && d.at + d.del <= e) end += shift;
    else if (d.at < e) end += d.at + d.ins.length - e;
  }
  return { start, end: Math.max(end, start + 1) };
}

// ---- vocabulary of the perturbations ----
const LETTER = /[\u0621-\u064A]/;
const NON_JOINING = new Set([...'اأإآدذرزوؤةءى']);
const ONES_MASC = { 3: 'ثلاثة', 4: 'أربعة', 5: 'خمسة', 6: 'ستة', 7: 'سبعة', 8: 'ثمانية', 9: 'تسعة', 10: 'عشرة' };
const ONES_FEM = { 3: 'ثلاث', 4: 'أربع', 5: 'خمس', 6: 'ست', 7: 'سبع', 8: 'ثماني', 9: 'تسع', 10: 'عشر' };
const TENS = { 20: 'عشر', 30: 'ثلاث', 40: 'أربع', 50: 'خمس', 60: 'ست', 70: 'سبع', 80: 'ثمان', 90: 'تسع' };
// Counted nouns that are feminine (the figure 3–10 takes the masculine form before them).
const FEMININE_NOUNS = new Set(['نساء', 'نسوة', 'سيدات', 'فتيات', 'طفلات', 'إصابات', 'اصابات', 'حالات', 'جثث', 'أسر', 'عائلات', 'عوائل', 'ممرضات', 'طالبات', 'شابات', 'مسنات', 'أمهات']);
const PREPOSITIONS = new Set(['من', 'إلى', 'الى', 'عن', 'على', 'في', 'بين', 'نحو', 'حوالي', 'قرابة', 'مقتل', 'إصابة', 'اصابة', 'استشهاد', 'اعتقال', 'مصرع', 'وفاة', 'إعدام', 'اختطاف']);
const wordAfter = (text, at) => /^\s*([\u0621-\u064A]+)/.exec(text.slice(at, at + 40))?.[1] ?? '';
const wordBefore = (text, at) => /([\u0621-\u064A]+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';

function inWords(value, text, start, end) {
  const noun = wordAfter(text, end).replace(/^(ال)/, '');
  if (value >= 3 && value <= 10) return (FEMININE_NOUNS.has(noun) || /ات$/.test(noun) ? ONES_FEM : ONES_MASC)[value];
  if (TENS[value]) {
    const before = wordBefore(text, start).replace(/^[وفب]/, '');
    return TENS[value] + (PREPOSITIONS.has(before) || PREPOSITIONS.has(wordBefore(text, start)) ? 'ين' : 'ون');
  }
  return null;
}

// Synonyms of the same class: [stem forms…] exchangeable after the same clitics.
const VICTIM_SYNONYMS = [
  ['مدنيين', 'مواطنين', 'أشخاص'],
  ['مدنيون', 'مواطنون', 'أشخاص'],
  ['مدنيا', 'مواطنا', 'شخصا'],
  ['مدنياً', 'مواطناً', 'شخصاً'],
  ['مدني', 'مواطن', 'شخص'],
  ['أطفال', 'قاصرين'],
  ['طفلا', 'قاصرا'],
  ['جنود', 'عسكريين'],
  ['جنديا', 'عسكريا'],
];
// Verbs (after «و/ف» only) and verbal nouns (only as the head before their object: «إصابة 5 أشخاص» → «جرح 5
// أشخاص», not «30 إصابة» → «30 جرح»).
const VERB_SYNONYMS = [
  ['أصيب', 'جرح'],
  ['أصيبت', 'جرحت'],
  ['أصيبوا', 'جرحوا'],
  ['اعتقل', 'احتجز', 'اختطف'],
  ['اعتقلت', 'احتجزت', 'اختطفت'],
  ['اعتقلوا', 'احتجزوا', 'اختطفوا'],
];
const NOUN_SYNONYMS = [
  ['مقتل', 'مصرع', 'وفاة'],
  ['إصابة', 'جرح'],
  ['اعتقال', 'احتجاز', 'اختطاف'],
];
const CLITICS = ['وب', 'ول', 'فب', 'و', 'ف', 'ب', 'ل'];
function splitClitic(word, forms, clitics = ['', ...CLITICS, 'ال', 'وال', 'بال', 'لل', 'فال']) {
  for (const c of clitics) {
    if (word.startsWith(c) && forms.includes(word.slice(c.length))) return { clitic: c, stem: word.slice(c.length) };
  }
  return null;
}
// Words of the span [s, e) in the context, with their offsets.
function words(text, s, e) {
  const out = [];
  for (const m of text.slice(s, e).matchAll(/[\u0621-\u064A\u064B-\u0652ـ]+/g)) out.push({ start: s + m.index, end: s + m.index + m[0].length, text: m[0] });
  return out;
}

// Whether a noun phrase ends where `after` begins: a break, a preposition or a time word follows.
const endsPhrase = (after) =>
  /^\s*([،,.؛:]|\n|$|(في|جراء|خلال|إثر|اثر|بعد|عندما|اليوم|أمس|امس|بسبب|على(?! الأقل)|برصاص|بنيران|بقصف|بغارة|بانفجار|وسط|قرب|شمال|جنوب|شرق|غرب)(\s|$))/.test(after);

// Words that end a count phrase: a bound, a preposition, a sub-group.
const PHRASE_STOPS = new Set(['على', 'في', 'من', 'بين', 'ما', 'بينهم', 'منهم', 'معظمهم', 'جراء', 'إثر', 'بجروح', 'آخرين', 'آخرون']);

// Readings whose trigger is a verb (others are nouns or participles).
const VERB_RULES = new Set(['verb-count', 'count-verb', 'verb-subject-object', 'verb-alone', 'verb-names', 'idiom', 'object-pronoun']);
const VERB_FIRST = new Set(['verb-count', 'verb-subject-object', 'verb-alone', 'verb-names', 'idiom']);
const isVerb = (p, trig) => VERB_RULES.has(p.rule) && !/^(ال|مقتل|مصرع|إصاب|اصاب|اعتقال|استشهاد|سقوط|وفاة)/.test(trig);

// ---- the perturbations: each returns [{type, edits}] for one mention in its context ----
function perturbations(ctx, s0, s1, p, g) {
  const out = [];
  const add = (type, ...edits) => out.push({ type, edits });
  const ev = p.evidence ?? {};
  const trig = ev.trigger;
  const span = { start: Math.min(p.start, g.start), end: Math.max(p.end, g.end) };

  // 1. figures in digits <-> words
  for (const n of lib.extractNumbers(ctx)) {
    if (n.start < s0 || n.end > s1 || !overlap(n, span) || n.kind !== 'cardinal') continue;
    const value = n.value ?? n.min ?? n.max;
    if (/^[0-9٠-٩]+$/.test(n.text)) {
      const w = inWords(value, ctx, n.start, n.end);
      if (w) add('number digits→words', { at: n.start, del: n.end - n.start, ins: w });
    } else if (/^[\u0621-\u064A]+$/.test(n.text) && value >= 3 && lib.parseNumber(n.text) === value && !n.text.startsWith('ال')) {
      // after an attached «ل/ب» pages write a tatweel before the digits («لـ10»); after «و» none («و4»)
      const tat = /[لب]/.test(ctx[n.start - 1] ?? '') && LETTER.test(ctx[n.start - 2] ?? ' ') === false ? 'ـ' : '';
      add('number words→digits', { at: n.start, del: n.end - n.start, ins: tat + String(value) });
    }
  }

  if (trig) {
    const verb = isVerb(p, trig.text);
    // 2. adjuncts after the trigger verb, or after a noun's phrase (a noun in construct keeps its genitive)
    const at = verb ? trig.end : Math.max(trig.end, p.end);
    if (at <= s1 && (verb || endsPhrase(ctx.slice(at, at + 16)))) {
      add('adjunct time «، مساء أمس،»', { at, del: 0, ins: '، مساء أمس،' });
      add('adjunct time «اليوم»', { at, del: 0, ins: ' اليوم' });
      add('adjunct place «في ريف المدينة»', { at, del: 0, ins: ' في ريف المدينة' });
    }
    // 4. a conjunction on a past verb that opens its clause
    const before = ctx.slice(Math.max(s0, trig.start - 2), trig.start);
    const attached = ctx[trig.start - 1] === 'و' || ctx[trig.start - 1] === 'ف' ? ctx[trig.start - 1] : '';
    const opens = trig.start === s0 || (attached && trig.start - 1 === s0) || /[،,]\s$/.test(before) || (attached && /[،,]\s?$/.test(ctx.slice(trig.start - 3, trig.start - 1)));
    if (verb && VERB_FIRST.has(p.rule) && opens && !/^[يتن]/.test(trig.text) && trig.end - trig.start >= 3) {
      const at0 = attached ? trig.start - 1 : trig.start;
      const del = attached ? 1 : 0;
      if (!attached) add('conjunction «و»', { at: at0, del, ins: 'و' });
      if (attached !== 'ف') add('conjunction «ف»', { at: at0, del, ins: 'ف' });
      add('particle «وقد»', { at: at0, del, ins: 'وقد ' });
    }
    // 5b. a casualty word for a synonym of the same kind
    for (const w of words(ctx, trig.start, trig.end).slice(0, 1)) {
      const head = !verb && ev.count && ev.count.start >= trig.end && ['noun-count', 'killing-phrase'].includes(p.rule);
      for (const set of verb ? VERB_SYNONYMS : head ? NOUN_SYNONYMS : []) {
        const hit = splitClitic(w.text, set, verb ? ['', 'و', 'ف'] : ['', ...CLITICS]);
        if (!hit) continue;
        for (const alt of set) if (alt !== hit.stem) add(`synonym trigger ${hit.stem}→${alt}`, { at: w.start, del: w.end - w.start, ins: hit.clitic + alt });
        break;
      }
      // «قتل/قتلت» + a counted subject → «لقي/لقيت» + subject + «حتفهم/حتفهما/حتفه»
      const np = ev.victims ?? ev.count;
      const npEnds = np ? endsPhrase(ctx.slice(np.end, np.end + 16)) : false;
      if (p.rule === 'verb-count' && /^(و|ف)?قتلت?$/.test(trig.text) && np && npEnds && ev.count && /^\s*$/.test(ctx.slice(trig.end, ev.count.start))) {
        const value = p.count?.value ?? p.count?.min ?? 3;
        const pronoun = value === 1 ? 'ه' : value === 2 ? 'هما' : 'هم';
        const c = /^(و|ف)/.test(w.text) ? w.text[0] : '';
        for (const object of ['حتف', 'مصرع']) {
          add(`synonym trigger قتل→لقي ${object}ه`, { at: w.start, del: w.end - w.start, ins: c + (w.text.endsWith('ت') ? 'لقيت' : 'لقي') }, { at: np.end, del: 0, ins: ` ${object}${pronoun}` });
        }
      }
    }
    // 6b. a tatweel and a diacritic inside the trigger
    const tw = words(ctx, trig.start, trig.end)[0];
    if (tw) {
      const lead = /^(و|ف|ب|ل)?(ال)?/.exec(tw.text)[0].length;
      const mid = tw.start + lead + Math.floor((tw.text.length - lead) / 2) - 1;
      if (mid > tw.start + lead - 1 && mid + 1 < tw.end && !NON_JOINING.has(ctx[mid]) && LETTER.test(ctx[mid + 1])) add('tatweel in trigger', { at: mid + 1, del: 0, ins: 'ـ' });
      if (tw.text.length - lead >= 2) add('diacritic in trigger', { at: tw.start + lead + 1, del: 0, ins: verb ? 'ُ' : 'َ' });
    }
  }

  // 3. a reporting frame before the sentence (none before a headline)
  if (p.rule !== 'headline') {
    const first = words(ctx, s0, s1)[0];
    const strip = first && first.start === s0 && first.text.startsWith('و') && trig && trig.start === s0 + 1 ? 1 : 0;
    if (!first || first.start === s0) add('frame «وبحسب مصادر محلية، »', { at: s0, del: strip, ins: 'وبحسب مصادر محلية، ' });
    if (trig && trig.start - strip === s0 && isVerb(p, trig.text) && !/^[يتن]/.test(trig.text)) add('frame «وأفاد مصدر محلي بأنه »', { at: s0, del: strip, ins: 'وأفاد مصدر محلي بأنه ' });
  }

  // 5a. a victim noun for a synonym of the same class
  if (ev.victims) {
    for (const w of words(ctx, ev.victims.start, ev.victims.end)) {
      for (const set of VICTIM_SYNONYMS) {
        const hit = splitClitic(w.text, set);
        if (!hit) continue;
        const counted = /([0-9٠-٩]|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|مئات|آلاف|عدد من)\s*$/.test(ctx.slice(Math.max(0, w.start - 12), w.start));
        if (['أشخاص', 'أطفال', 'جنود'].includes(hit.stem) && !counted) break;
        for (const alt of set) if (alt !== hit.stem) add(`synonym victim ${hit.stem}→${alt}`, { at: w.start, del: w.end - w.start, ins: hit.clitic + alt });
        break;
      }
    }
  }

  // 6a. quotes or brackets around the count phrase; a line break before the sentence
  if (ev.count) {
    const a = Math.min(ev.count.start, ev.victims?.start ?? Infinity);
    let b = Math.max(ev.count.end, ev.victims?.end ?? 0);
    if (trig && trig.start >= b && /^\s*$/.test(ctx.slice(b, trig.start))) b = trig.end;
    // a figure's noun the evidence does not name («9 أشخاص بين قتيل وجريح») is part of the phrase
    const next = /^ ([\u0621-\u064A\u064B-\u0652]+)/.exec(ctx.slice(b, b + 30));
    if (b === ev.count.end && next && b + next[0].length <= span.end && !PHRASE_STOPS.has(next[1])) b += next[0].length;
    if (!/["«»“”()]/.test(ctx.slice(a - 1, b + 1))) {
      add('quotes around count phrase', { at: a, del: 0, ins: '"' }, { at: b, del: 0, ins: '"' });
      add('brackets around count phrase', { at: a, del: 0, ins: '(' }, { at: b, del: 0, ins: ')' });
    }
  }
  if (s0 > 0 && ctx[s0 - 1] !== '\n') add('line break before sentence', ctx[s0 - 1] === ' ' ? { at: s0 - 1, del: 1, ins: '\n' } : { at: s0, del: 0, ins: '\n' });
  return out.filter((x) => !only || x.type.startsWith(only));
}

// The family a type is tallied under (synonym pairs are tallied per pair too).
const family = (type) => type.replace(/^(synonym (victim|trigger)) .*/, '$1').replace(/^(adjunct|frame|number) .*/, '$1');

const tallies = new Map();
const tally = (key) => tallies.get(key) ?? tallies.set(key, { applied: 0, broken: 0, examples: [] }).get(key);
let readRight = 0, contextLost = 0, goldTotal = 0;
const breaks = [];
for (const file of files) {
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const doc of docs) {
    const extract = extractorFor(doc);
    const text = doc.text;
    const preds = extract(text);
    for (const m of doc.mentions) {
      goldTotal++;
      const start = m.start ?? nthIndex(text, m.evidence, m.occurrence ?? 1);
      if (start < 0) continue;
      const g = { ...m, start, end: start + m.evidence.length };
      if (!readsRight(g, g, preds)) continue;
      readRight++;
      const s0 = sentenceStart(text, g.start);
      const s1 = Math.max(sentenceEnd(text, g.end - 1), g.end);
      let cs = s0;
      for (let k = 0; k < 2 && cs > 0; k++) cs = sentenceStart(text, cs - 1);
      const ce = Math.min(text.length, sentenceEnd(text, s1));
      const ctx = text.slice(cs, ce);
      const gc = { ...g, start: g.start - cs, end: g.end - cs };
      const p = readsRight(gc, gc, extract(ctx));
      if (!p) {
        contextLost++;
        continue;
      }
      for (const { type, edits } of perturbations(ctx, s0 - cs, s1 - cs, p, gc)) {
        const changed = applyEdits(ctx, edits);
        const mapped = mapSpan(edits, gc.start, gc.end);
        const ok = readsRight(gc, mapped, extract(changed));
        for (const key of new Set([family(type), type])) {
          const t = tally(key);
          t.applied++;
          if (!ok) t.broken++;
        }
        if (!ok) {
          const before = ctx.slice(s0 - cs, s1 - cs).trim();
          const e = mapSpan(edits, s0 - cs, s1 - cs);
          const after = changed.slice(e.start, e.end).trim();
          const record = { doc: doc.id, type, gold: m.evidence, kind: m.kind, count: m.count, rule: p.rule, before, after };
          breaks.push(record);
          for (const key of new Set([family(type), type])) if (tally(key).examples.length < exampleCount) tally(key).examples.push(record);
        }
      }
    }
  }
}

const families = [...tallies.keys()].filter((k) => family(k) === k).sort();
let applied = 0, broken = 0;
console.log(`gold ${goldTotal}, read right ${readRight}, left out (not read right in its sentence window) ${contextLost}`);
console.log('type'.padEnd(48) + 'applied'.padStart(8) + 'broken'.padStart(8) + 'rate'.padStart(8));
for (const f of families) {
  const t = tallies.get(f);
  applied += t.applied;
  broken += t.broken;
  console.log(f.padEnd(48) + String(t.applied).padStart(8) + String(t.broken).padStart(8) + (t.broken / t.applied).toFixed(3).padStart(8));
  for (const k of [...tallies.keys()].filter((k) => k !== f && family(k) === f).sort()) {
    const s = tallies.get(k);
    console.log(('  ' + k).padEnd(48) + String(s.applied).padStart(8) + String(s.broken).padStart(8) + (s.broken / s.applied).toFixed(3).padStart(8));
  }
}
console.log('all'.padEnd(48) + String(applied).padStart(8) + String(broken).padStart(8) + (broken / Math.max(1, applied)).toFixed(3).padStart(8));
if (exampleCount > 0) {
  for (const f of families) {
    const t = tallies.get(f);
    if (!t.examples.length) continue;
    console.log(`\n## ${f}`);
    for (const x of t.examples) console.log(`- ${x.doc} [${x.type}; ${x.kind} ${JSON.stringify(x.count)}; ${x.rule}] «${x.gold}»\n    ${x.before}\n  → ${x.after}`);
  }
}
if (option('--json')) writeFileSync(option('--json'), breaks.map((b) => JSON.stringify(b)).join('\n') + '\n');
