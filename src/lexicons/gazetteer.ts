/**
 * Row helpers of the gazetteers: every pack writes its places with these, so that governorates, their capitals,
 * countryside and towns have one shape in every country (towns `isIn` a governorate, governorates `isIn` the
 * country).
 * @module lexicons/gazetteer
 */
import type { PlaceEntry, PlaceType } from '../lexicon/types.js';

/** One gazetteer row: id, English name, Arabic forms, type, enclosing place, and whether the name is a common word. */
export type Row = readonly [id: string, en: string, ar: string | readonly string[], type: PlaceType, isIn?: string, ambiguous?: 'ambiguous'];

export function entry([id, en, ar, type, isIn, ambiguous]: Row): PlaceEntry {
  const forms = typeof ar === 'string' ? [ar] : [...ar];
  return { id, labels: { ar: forms[0]!, en }, forms, type, ...(isIn ? { isIn } : {}), ...(ambiguous ? { ambiguous: true } : {}) };
}

/**
 * The row maker of one country's governorates: a governorate (`isIn` the country, or the region of the country
 * that holds it), its capital city (same name),
 * its countryside «ريف X» and the countryside's four directions. `unit` is the word news puts before a
 * governorate's name: محافظة (Syria, Yemen, Iraq, Palestine, Lebanon), ولاية (Sudan), إقليم (Somalia).
 * Without a capital of the same name, the bare name is the governorate's («غرب نينوى»، «بجنوب دارفور»), unless it is
 * marked with a leading `?` as a common word that names the governorate only after its unit («ولاية الجزيرة»).
 */
export const governorateOf = (country: string, unit = 'محافظة') => function governorate(id: string, en: string, marked: readonly string[], withCity = true): Row[] {
  const g = `${id}-governorate`;
  const ar = marked.map((a) => a.replace(/^\?/u, ''));
  const bare = withCity ? [] : marked.filter((a) => !a.startsWith('?'));
  const rows: Row[] = [[g, `${en} Governorate`, [...ar.map((a) => `${unit} ${a}`), ...bare], 'governorate', country]];
  if (withCity) rows.push([id, en, ar, 'city', g]);
  const directions: readonly (readonly [string, string])[] = [['الشمالي', 'northern'], ['الجنوبي', 'southern'], ['الشرقي', 'eastern'], ['الغربي', 'western']];
  rows.push([`${id}-countryside`, `${en} countryside`, ar.map((a) => `ريف ${a}`), 'region', g]);
  for (const [dir, dirEn] of directions) rows.push([`${id}-countryside-${dirEn}`, `${dirEn} ${en} countryside`, ar.map((a) => `ريف ${a} ${dir}`), 'region', g]);
  return rows;
};

/** District names in English from their ids: «bustan-al-qasr» → «Bustan al-Qasr», «al-shaar» → «Al-Shaar». */
export const titled = (id: string): string =>
  id.split('-').reduce((s, w, i, all) => (i === 0 ? '' : s + (all[i - 1] === 'al' ? '-' : ' ')) + (i > 0 && w === 'al' ? w : w[0]!.toUpperCase() + w.slice(1)), '');

/** Town names in English from their ids: «khan-shaykhun» → «khan shaykhun». */
export const spaced = (id: string): string => id.replace(/-/gu, ' ');

/**
 * Places of one type inside one parent, one string each: the Arabic forms (`|` between them), `:` and the id, then
 * `=` and the English name when `english` does not derive it from the id. A leading `?` marks an ambiguous name.
 */
export function within(type: PlaceType, isIn: string, english: (id: string) => string, list: readonly string[]): Row[] {
  return list.map((s) => {
    const ambiguous = s[0] === '?';
    const [ar, named] = (ambiguous ? s.slice(1) : s).split(':') as [string, string];
    const [id, en = english(id)] = named.split('=') as [string, string?];
    return [id, en, ar.split('|'), type, isIn, ambiguous ? 'ambiguous' : undefined];
  });
}

