/**
 * Quantities as short terminal text: «52», «~48», «≥112», «10–20», «tens (≥10)».
 * @module cli/quantity
 */
import type { Quantity } from '../quantity.js';

/** A quantity in a few characters; `null` (no figure in the text) is «?». */
export function formatQuantity(q: Quantity | null | undefined): string {
  if (!q) return '?';
  let figure = '';
  if (q.value !== undefined) figure = (q.approximate ? '~' : '') + q.value.toLocaleString('en');
  else if (q.min !== undefined && q.max !== undefined) figure = `${q.min.toLocaleString('en')}–${q.max.toLocaleString('en')}`;
  else if (q.min !== undefined) figure = `≥${q.min.toLocaleString('en')}`;
  else if (q.max !== undefined) figure = `≤${q.max.toLocaleString('en')}`;
  if (q.vague) return figure ? `${q.vague} (${figure})` : q.vague;
  return figure || '?';
}
