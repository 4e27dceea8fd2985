/**
 * The wounded and the dead first told as the object of what is done for them: «قامت فرق الإسعاف بنقل المصابين إلى
 * المستشفيات»، «هرعت سيارات الإسعاف لإخلاء الشهداء والجرحى» — presupposed, some, of no class (rule `cared-for`). Once a
 * casualty of that kind was told, they are those (as `tended-dead.ts` drops the dead searched for or buried).
 * @module casualties/cared-for
 */
import { wordIn, type Context } from './context.js';
import { CARING_FOR } from './grammar.js';
import type { Candidate } from './phrases.js';

const CARING = /* @__PURE__ */ new Set(CARING_FOR);
/** How many definite casualty words joined by «و» the object may list: «الشهداء والجرحى». */
const MAX_LIST = 3;

/** Adds to `found` the definite wounded or dead right after a word of caring for them, where none of that kind came before. */
export function caredFor(ctx: Context, found: Candidate[]): void {
  const firstOf = new Map<string, number>();
  for (const c of found) if (!firstOf.has(c.kind) || firstOf.get(c.kind)! > c.first) firstOf.set(c.kind, c.first);
  for (let i = 0; i + 1 < ctx.n; i++) {
    if (!wordIn(ctx, i, CARING)) continue;
    let k = i + 1;
    for (let n = 0; n < MAX_LIST; n++) {
      const p = ctx.casualtyAt.get(k);
      if (!p || p.entry.pos !== 'participle' || !p.article || p.prefix !== (n === 0 ? '' : 'و')) break;
      const kind = p.entry.kind;
      if ((kind === 'killed' || kind === 'injured') && (firstOf.get(kind) ?? ctx.n) > i) {
        found.push({ kind, first: p.firstToken, last: p.lastToken, trigger: [p.firstToken, p.lastToken], count: { vague: 'some' }, victims: 'unspecified', others: false, rule: 'cared-for' });
      }
      k = p.lastToken + 1;
    }
  }
}
