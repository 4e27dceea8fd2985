/**
 * Ways the same sentence is spelled on real pages, as data: each variant rewrites a whole text. A casualty reading
 * must not depend on them (test/casualties-surface.test.ts). Leads before a headline (a dateline, a tag, a bullet)
 * are cases of their own in casualty-patterns.ts, since a few sentences read differently with a word before them.
 */
export interface SurfaceVariant {
  name: string;
  /** What pages do that makes this spelling. */
  why: string;
  rewrite: (text: string) => string;
}

const INDIC = '٠١٢٣٤٥٦٧٨٩';

export const surfaceVariants: readonly SurfaceVariant[] = [
  { name: 'no-break spaces', why: 'word processors and CMS editors', rewrite: (s) => s.replace(/ /g, '\u00a0') },
  { name: 'doubled spaces', why: 'pasted and justified text', rewrite: (s) => s.replace(/ /g, '  ') },
  { name: 'zero-width non-joiner after spaces', why: 'copied from social media', rewrite: (s) => s.replace(/ /g, ' \u200c') },
  { name: 'bare alef for hamza alefs', why: 'informal typing («اصيب» for «أصيب»)', rewrite: (s) => s.replace(/[أإآ]/g, 'ا') },
  { name: 'final ه for ة', why: 'informal typing («اصابه» for «إصابة»)', rewrite: (s) => s.replace(/ة(?=[\s.,،:؛)]|$)/g, 'ه') },
  { name: 'Arabic-Indic digits', why: 'Gulf and Egyptian outlets', rewrite: (s) => s.replace(/[0-9]/g, (d) => INDIC[Number(d)]!) },
  { name: 'Latin commas', why: 'keyboards without the Arabic comma', rewrite: (s) => s.replace(/،/g, ',') },
  { name: 'a closing full stop', why: 'headlines with and without one', rewrite: (s) => (/[.!؟?]$/.test(s) ? s : `${s}.`) },
];
