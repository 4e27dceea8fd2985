/**
 * The article summary as a line of labelled figures: killed (with civilians, children, women…), injured, events,
 * and the main event's actor, cause, place and date — only what the summary gives.
 */
import type { ArticleSummary } from 'hasila';
import { BOUND_WORDS, COLUMNS, UI, type Lang, type Namer } from './labels.js';
import { datePhrase } from './rows.js';

/** The summary of the library; the fields shown (all but `killed.total` may be left out). */
export type SummaryLike = Partial<Omit<ArticleSummary, 'killed'>> & { killed?: Partial<ArticleSummary['killed']> };

/** One labelled item of the summary line. */
export interface SummaryItem {
  id: string;
  label: string;
  value: string;
}

const column = (id: string, lang: Lang) => COLUMNS.find((c) => c.id === id)![lang];

/** The items of the summary line, in order, empty ones left out. */
export function summaryItems(s: SummaryLike, lang: Lang, name: Namer): SummaryItem[] {
  const sep = lang === 'ar' ? '، ' : ', ';
  const killed = s.killed ?? {};
  const classes = (['civilians', 'children', 'women', 'nonCivilians', 'unspecified'] as const)
    .filter((k) => (killed[k] ?? 0) > 0)
    .map((k) => {
      const who = k === 'nonCivilians' ? UI.nonCivilians[lang] : k === 'unspecified' ? BOUND_WORDS.unspecified[lang] : name('victims', k, lang);
      return `${who} ${killed[k]}`;
    });
  const place = s.location ?? null;
  const governorate = place?.governorate ? ` (${name('places', place.governorate, lang)})` : '';
  const items: SummaryItem[] = [
    { id: 'killed', label: UI.total[lang], value: `${killed.total ?? 0}${classes.length ? ` (${classes.join(sep)})` : ''}` },
    { id: 'injured', label: UI.injuredTotal[lang], value: String(s.injured ?? 0) },
    { id: 'events', label: UI.events[lang], value: String(s.events ?? 0) },
    { id: 'actor', label: column('actor', lang), value: (s.actors ?? []).map((a) => name('actors', a, lang)).join(sep) },
    { id: 'cause', label: column('cause', lang), value: s.cause ? name('causes', s.cause, lang) : '' },
    { id: 'place', label: column('place', lang), value: place ? `${place.text}${governorate}` : '' },
    { id: 'date', label: column('date', lang), value: datePhrase(s.date) },
  ];
  return items.filter((i) => i.value !== '');
}
