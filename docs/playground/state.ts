/**
 * The page's state in a link: texts, publication dates and options as compact JSON, deflated with the platform's
 * CompressionStream when it has one, in base64url, in the URL's fragment (which browsers never send to a server,
 * so the texts stay on the reader's machine). Decoding takes both the deflated (`z…`) and the plain (`j…`) form.
 */
import { LANGS, type Lang } from './labels.js';

/** One report: its text and optional publication day (`YYYY-MM-DD`, '' when unknown). */
export interface ReportState {
  text: string;
  publishedAt: string;
}

/** Everything a link reproduces. `pack` is the chosen lexicon's id (custom files dropped in are not in links). */
export interface PageState {
  reports: ReportState[];
  lang: Lang;
  pack: string;
  nonFacts: boolean;
  /** The tab shown: a report's index, or -1 for the incidents. */
  view: number;
}

export const DEFAULT_STATE: PageState = { reports: [{ text: '', publishedAt: '' }], lang: 'ar', pack: 'builtin', nonFacts: false, view: 0 };

/** The compact JSON form: defaults left out. */
function compact(s: PageState): unknown {
  return {
    r: s.reports.map((r) => (r.publishedAt ? [r.text, r.publishedAt] : [r.text])),
    ...(s.lang !== 'ar' ? { l: s.lang } : {}),
    ...(s.pack !== 'builtin' ? { p: s.pack } : {}),
    ...(s.nonFacts ? { n: 1 } : {}),
    ...(s.view !== 0 ? { v: s.view } : {}),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The state a compact JSON value describes; anything malformed falls back to the default of that field. */
function expand(value: unknown): PageState {
  const o = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const reports = (Array.isArray(o.r) ? o.r : [])
    .filter((r): r is unknown[] => Array.isArray(r) && typeof r[0] === 'string')
    .map((r) => ({ text: r[0] as string, publishedAt: typeof r[1] === 'string' && DAY.test(r[1]) ? r[1] : '' }));
  const view = typeof o.v === 'number' && Number.isInteger(o.v) && o.v >= -1 && o.v < Math.max(reports.length, 1) ? o.v : 0;
  return {
    reports: reports.length ? reports : DEFAULT_STATE.reports,
    lang: LANGS.includes(o.l as Lang) ? (o.l as Lang) : 'ar',
    pack: typeof o.p === 'string' && o.p ? o.p : 'builtin',
    nonFacts: o.n === 1,
    view,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/gu, '+').replace(/_/gu, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** Runs bytes through a compression or decompression stream. */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The state as a URL fragment value: `z` + deflated base64url, or `j` + base64url where nothing compresses. */
export async function encodeState(s: PageState): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(compact(s)));
  if (typeof CompressionStream !== 'function') return `j${toBase64Url(bytes)}`;
  return `z${toBase64Url(await through(bytes, new CompressionStream('deflate-raw')))}`;
}

/** The state in a fragment value written by {@link encodeState}; the default state for anything unreadable. */
export async function decodeState(value: string): Promise<PageState> {
  try {
    const bytes = fromBase64Url(value.slice(1));
    if (value[0] === 'j') return expand(JSON.parse(new TextDecoder().decode(bytes)));
    if (value[0] === 'z') return expand(JSON.parse(new TextDecoder().decode(await through(bytes, new DecompressionStream('deflate-raw')))));
  } catch {
    // A truncated or hand-edited link: start from the default rather than fail.
  }
  return structuredClone(DEFAULT_STATE);
}
