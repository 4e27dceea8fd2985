// The analyzer's vocabulary (`WordTable`): one id per word form, bounded, and a document prepared before the
// vocabulary was emptied still reads its own words.
import { describe, expect, it } from 'vitest';
import { prepareMended } from '../src/document.js';
import { compileLexicons } from '../src/lexicon/compile.js';
import { matchText } from '../src/lexicon/match.js';
import { defaultLexicon } from '../src/lexicons/syria/index.js';
import { WordTable, wordInfo } from '../src/tokenize/words.js';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** `n` distinct made-up words of four letters. */
function words(n: number): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let w = '';
    for (let x = k, d = 0; d < 4; d++, x = Math.floor(x / LETTERS.length)) w += LETTERS[x % LETTERS.length];
    out.push(w);
  }
  return out.join(' ');
}

describe('WordTable', () => {
  it('gives a word the same id wherever it stands, and different words different ids', () => {
    const table = new WordTable();
    const a = prepareMended('قتل خمسة مدنيين، وقتل طفل.', table);
    const b = prepareMended('أصيب طفل وقتل خمسة.', table);
    // «وقتل»، «طفل»، «خمسة» and the full stop stand in both.
    expect([4, 5, 1, 6].map((i) => a.ids![i])).toEqual([2, 1, 3, 4].map((i) => b.ids![i]));
    expect(new Set(a.tokens.map((t) => t.text)).size).toBe(new Set(a.ids).size);
    for (let i = 0; i < b.tokens.length; i++) expect(table.forms[b.ids![i]!]).toBe(b.tokens[i]!.text);
  });

  it('is emptied when full, and a document of the era before reads its own words', () => {
    const table = new WordTable();
    const before = prepareMended('قصفت طائرات النظام مدينة دوما', table);
    prepareMended(words(100_001), table);
    const after = prepareMended('غارة على سراقب', table);
    expect(table.forms.length).toBe(3);
    expect(after.era).not.toBe(before.era);
    for (let i = 0; i < before.tokens.length; i++) expect(wordInfo(before, i).stems[0]).toBe(before.tokens[i]!.text);
    for (let i = 0; i < after.tokens.length; i++) expect(wordInfo(after, i).stems[0]).toBe(after.tokens[i]!.text);
  });

  it('gives no id to a word whose probe passes too many full slots, and the word still reads as itself', () => {
    const table = new WordTable();
    // Every slot taken by another word (as words made to collide would take them): no probe finds room.
    table.forms.push('x');
    table.infos.push(undefined);
    (table as unknown as { index: Int32Array }).index.fill(1);
    const doc = prepareMended('قتل خمسة مدنيين', table);
    expect([...doc.ids!]).toEqual([-1, -1, -1]);
    for (let i = 0; i < doc.tokens.length; i++) expect(wordInfo(doc, i).stems[0]).toBe(doc.tokens[i]!.text);
  });

  it('matches the lexicon the same on words with no id', () => {
    const text = 'قصفت طائرات النظام والطيران الروسي مدينة دوما، ما أدى إلى مقتل خمسة مدنيين بينهم طفلان';
    const full = compileLexicons([defaultLexicon]);
    (full.memo.words as unknown as { index: Int32Array }).index.fill(1);
    full.memo.words.forms.push('x');
    full.memo.words.infos.push(undefined);
    expect(matchText(full, text)).toEqual(matchText(compileLexicons([defaultLexicon]), text));
    expect(matchText(full, text).length).toBeGreaterThan(4);
  });
});
