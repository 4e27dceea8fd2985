/**
 * Tokenizer examples as data: text → tokens `[kind, text, joined]`, and words → clitic readings
 * `[prefix, stem, article]`, longest prefix first. Written for these tests.
 */
import type { TokenKind } from '../../src/tokenize/index.js';

export type TokenCase = readonly [input: string, tokens: readonly (readonly [TokenKind, string, boolean])[], why: string];

export const TOKEN_CASES: readonly TokenCase[] = [
  ['قتل 52 مدنيا، وال72', [['word', 'قتل', false], ['number', '52', false], ['word', 'مدنيا', false], ['punct', '،', true], ['word', 'وال', false], ['number', '72', true]],
    'letters and digits never share a token; «ال72» is joined'],
  ['1,500 و2.5 و١٢٣', [['number', '1,500', false], ['word', 'و', false], ['number', '2.5', true], ['word', 'و', false], ['number', '١٢٣', true]],
    'separators between digits stay in the number; و before a number is its own word'],
  ['12٫5 ١٬٠٠٠ ۱۲', [['number', '12٫5', false], ['number', '١٬٠٠٠', false], ['number', '۱۲', false]], 'Arabic separators and all digit sets'],
  ['52, و3.', [['number', '52', false], ['punct', ',', true], ['word', 'و', false], ['number', '3', true], ['punct', '.', true]],
    'a separator not followed by a digit is punctuation'],
  ['قُتِلَ مدنياً', [['word', 'قُتِلَ', false], ['word', 'مدنياً', false]], 'diacritics stay inside their word (display text)'],
  ['الـ72', [['word', 'الـ', false], ['number', '72', true]], 'tatweel stays with the article'],
  ['حل\u200Cب', [['word', 'حل\u200Cب', false]], 'ZWNJ stays inside the word'],
  ['ب\u0898ب', [['word', 'ب\u0898ب', false]], 'an Arabic Extended-B mark stays inside the word'],
  ['ISIS-K', [['word', 'ISIS', false], ['punct', '-', true], ['word', 'K', true]], 'Latin words and a hyphen'],
  ['😀 حلب', [['word', 'حلب', false]], 'an emoji separates words as a space does'],
  ['مدنياً😢 حلب', [['word', 'مدنياً', false], ['word', 'حلب', false]], 'an emoji is no part of the word it touches'],
  ['؟!', [['punct', '؟', false], ['punct', '!', true]], 'one token per punctuation sign'],
  ['حلب\n\tادلب\u00A0حماة', [['word', 'حلب', false], ['word', 'ادلب', false], ['word', 'حماة', false]], 'newline, tab and no-break space separate'],
  ['٪50 50%', [['punct', '٪', false], ['number', '50', true], ['number', '50', false], ['punct', '%', true]], 'percent signs are punctuation'],
  ['', [], 'empty'],
];

export type CliticCase = readonly [word: string, readings: readonly (readonly [string, string, boolean])[], why: string];

export const CLITIC_CASES: readonly CliticCase[] = [
  ['وبالنظام', [['وبال', 'نظام', true], ['وب', 'النظام', false], ['و', 'بالنظام', false], ['', 'وبالنظام', false]], 'conjunction + preposition + article'],
  ['للنظام', [['لل', 'نظام', true], ['ل', 'لنظام', false], ['', 'للنظام', false]], 'ل + ال is written لل'],
  ['فللمدنيين', [['فلل', 'مدنيين', true], ['فل', 'لمدنيين', false], ['ف', 'للمدنيين', false], ['', 'فللمدنيين', false]], 'ف + لل'],
  ['كالعادة', [['كال', 'عادة', true], ['ك', 'العادة', false], ['', 'كالعادة', false]], 'ك + ال'],
  ['وال', [['و', 'ال', false], ['', 'وال', false]], 'no empty stem'],
  ['بيت', [['ب', 'يت', false], ['', 'بيت', false]], 'every reading is offered; the caller decides'],
];
