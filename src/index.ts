/**
 * hasila — structured casualty facts from Arabic conflict news.
 * @module hasila
 */
export * from './normalize/index.js';
export * from './numbers/index.js';
export { charClass, cliticSplits, tokenize, type CliticSplit, type Token, type TokenKind } from './tokenize/index.js';
export type { Quantity, VagueLabel } from './quantity.js';
export type { Span } from './document.js';
