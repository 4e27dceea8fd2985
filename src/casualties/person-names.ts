/**
 * Personal names as reports write them after a title: in quotes («الشاب "سامي خليل"»), and followed by a nickname
 * («الملقب بـ (أبو علي)»). Both belong to the one person the title names.
 * @module casualties/person-names
 */
import { wordIn, type Context } from './context.js';
import { CALLED, NICKNAMED } from './grammar.js';
import { F } from './tokens.js';

/** The most words of a name in quotes or of a nickname. */
const MAX_NAME_WORDS = 5;
const NICKNAME_WORDS = /* @__PURE__ */ new Set(NICKNAMED);
const CALLED_WORDS = /* @__PURE__ */ new Set(CALLED);

/** The closing quote of a name in quotes opening at `k` («"عبد الله ماجد"»), -1 if none: words only between. */
export function quotedNameEnd(ctx: Context, k: number): number {
  if (!(ctx.bits[k]! & F.QUOTE) || ctx.words[k] === '(' || ctx.words[k] === ')') return -1;
  for (let e = k + 1; e < ctx.n && e <= k + MAX_NAME_WORDS + 1; e++) {
    if (ctx.bits[e]! & F.QUOTE) return e > k + 1 && ctx.words[e] !== '(' && ctx.words[e] !== ')' ? e : -1;
    if (ctx.doc.tokens[e]!.kind !== 'word' || ctx.bits[e]! & (F.COMMA | F.END)) return -1;
  }
  return -1;
}

/**
 * The last token of a nickname after a name ending at `end` («الملقب بـ (الحمش)»، «المعروف بأبي علي»), else `end`:
 * a nickname word, then the name after «ب» — in quotes or brackets, or up to two plain words.
 */
export function nicknameEnd(ctx: Context, end: number): number {
  const k = end + 1;
  if (!wordIn(ctx, k, NICKNAME_WORDS)) return end;
  // «بـ» may stand alone, or «ب» be joined to the nickname.
  let at = ctx.words[k + 1] === 'ب' || ctx.words[k + 1] === 'بـ' ? k + 2 : k + 1;
  if (ctx.words[at] === 'ـ') at++;
  const w = ctx.words[at] ?? '';
  if (ctx.bits[at]! & F.QUOTE) {
    for (let e = at + 1; e < ctx.n && e <= at + MAX_NAME_WORDS + 1; e++) {
      if (ctx.bits[e]! & F.QUOTE) return e;
      if (ctx.doc.tokens[e]!.kind !== 'word' || ctx.bits[e]! & (F.COMMA | F.END)) return end;
    }
    return end;
  }
  const word = (e: number) => ctx.doc.tokens[e]?.kind === 'word' && !(ctx.bits[e]! & (F.COMMA | F.END | F.AND | F.QUOTE | F.TIME));
  if (!w.startsWith('ب') || !word(at)) return end;
  // «بأبي علي»: a kunya takes the name after it.
  return word(at + 1) && /^باب(ي|و)$/u.test(w) ? at + 1 : at;
}

/**
 * «امرأة مسنة تدعى مريم حسن والطفل محمد»: the last token of a name given by a verb of calling after a person's noun
 * ending at `end` (one adjective may stand between), when «و» joins someone after it; -1 if none. The name is up to
 * `maxWords` words that `nameWord` accepts, in quotes or not.
 */
export function calledNameEnd(ctx: Context, end: number, maxWords: number, nameWord: (k: number) => boolean): number {
  let k = end + 1;
  if (!wordIn(ctx, k, CALLED_WORDS)) k++;
  if (!wordIn(ctx, k, CALLED_WORDS)) return -1;
  const quoted = quotedNameEnd(ctx, k + 1);
  let e = quoted;
  if (e < 0) {
    e = k;
    while (e < k + maxWords && nameWord(e + 1) && !(ctx.bits[e + 1]! & (F.AND | F.TIME))) e++;
    if (e === k) return -1;
  }
  const next = ctx.bits[e + 1]! & F.COMMA ? e + 2 : e + 1;
  return ctx.bits[next]! & F.AND ? e : -1;
}
