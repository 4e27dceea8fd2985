// What to measure, detected from the built library's exports: a layer that has not landed yet is simply absent,
// and a new one is picked up without editing the harness.

/** A copy of a lexicon's data with every entry twice: the second under a new id, each form extended by a word. */
export function doubledLexicon(lexicon) {
  const data = JSON.parse(JSON.stringify(lexicon));
  const out = { id: 'bench-doubled' };
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.every((e) => e && typeof e.id === 'string' && Array.isArray(e.forms))) continue;
    out[key] = value.map((e) => ({
      ...e,
      id: `${e.id}-2`,
      ...(typeof e.isA === 'string' ? { isA: `${e.isA}-2` } : {}),
      ...(typeof e.parent === 'string' ? { parent: `${e.parent}-2` } : {}),
      // Each new form shares its first words with a built-in one, so every built-in match also explores a longer
      // candidate: the lexicon's real worst case, not a set of forms that never start a match.
      forms: e.forms.map((f) => `${f} الجديدة`),
    }));
  }
  return out;
}

/**
 * Everything `npm run bench` measures on the corpus, in table order: the library's layers that exist in `lib`,
 * then plain-JavaScript baselines. `run(text)` returns something that depends on the whole result.
 */
export function throughputCases(lib) {
  const cases = [];
  const has = (name) => typeof lib[name] === 'function';
  const layer = (name, run, baseline) => cases.push({ name, kind: 'layer', run, baseline });
  if (has('normalize')) {
    layer('normalize (search)', (t) => touch(lib.normalize(t)), 'String#normalize NFKC');
    layer('normalize (display)', (t) => touch(lib.normalize(t, { preset: 'display' })), 'String#normalize NFKC');
  }
  if (has('normalizeWithOffsets')) {
    layer('normalizeWithOffsets (search)', (t) => touch(lib.normalizeWithOffsets(t).text), 'String#normalize NFKC');
    layer('normalizeWithOffsets (display)', (t) => touch(lib.normalizeWithOffsets(t, { preset: 'display' }).text), 'String#normalize NFKC');
  }
  if (has('tokenize') && has('normalizeWithOffsets')) {
    layer('normalizeWithOffsets + tokenize', (t) => lib.tokenize(lib.normalizeWithOffsets(t).text).length, 'tokenizing split');
  }
  if (has('extractNumbers')) layer('extractNumbers', (t) => lib.extractNumbers(t).length, 'word count');
  if (has('extractDates')) layer('extractDates', (t) => lib.extractDates(t, { publishedAt: '2016-06-22' }).length, 'word count');
  if (has('findActors')) layer('findActors (built-in lexicon)', (t) => lib.findActors(t).length, 'word count');
  if (has('createAnalyzer') && lib.defaultLexicon) {
    const analyzer = lib.createAnalyzer({ lexicons: [doubledLexicon(lib.defaultLexicon)] });
    if (typeof analyzer.findActors === 'function') {
      layer('findActors (lexicon doubled)', (t) => analyzer.findActors(t).length, 'word count');
    }
  }
  if (has('extractCasualties')) layer('extractCasualties', (t) => lib.extractCasualties(t).length, 'word count');
  if (has('analyze')) layer('analyze', (t) => lib.analyze(t).casualties.length, 'word count');
  const baseline = (name, run) => cases.push({ name, kind: 'baseline', run });
  baseline('String#normalize NFKC', (t) => touch(t.normalize('NFKC')));
  baseline('regex diacritics strip', (t) => touch(t.replace(DIACRITICS, '')));
  baseline('tokenizing split', (t) => t.split(SPLIT).length);
  // The yardstick of the layers that read words: the least a word-reading pass does (split on whitespace, one Map
  // update per word). A fresh Map per article, as each call of a layer starts afresh.
  baseline('word count', (t) => {
    const counts = new Map();
    for (const w of t.split(WHITESPACE)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts.size;
  });
  return cases;
}

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
const SPLIT = /[\s.,:;!?،؛؟«»()"'\-]+/u;
const WHITESPACE = /\s+/u;

/** Reads a unit from the middle of a result string, so that a lazily built (rope) string is really built. */
function touch(s) {
  return s.charCodeAt(s.length >> 1) | 0;
}

/** The public functions of `lib` that read a text, each as `(text) => anything`; growth is checked for each. */
export function textFunctions(lib) {
  const fns = [];
  const add = (name, run) => fns.push({ name, run });
  const known = ['normalize', 'normalizeWithOffsets', 'tokenize', 'parseNumber', 'extractNumbers', 'findActors',
    'extractCasualties', 'analyze'];
  // Layers that land later follow the naming of the others (extractX, findX, parseX, analyzeX).
  const later = Object.keys(lib).filter((k) => !known.includes(k) && /^(extract|find|parse|analy[sz]e)/.test(k)).sort();
  for (const name of [...known, ...later]) {
    if (typeof lib[name] === 'function') add(name, (t) => lib[name](t));
  }
  return fns;
}
