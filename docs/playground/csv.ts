/**
 * The table as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so that
 * spreadsheet programs read the Arabic as UTF-8 rather than a legacy code page.
 */
import { COLUMNS, UI, type Lang } from './labels.js';
import type { Row } from './rows.js';

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * One field: quoted when it holds a quote, comma or line break, quotes doubled. A text field that a spreadsheet
 * would run as a formula (leading = + - @, tab or carriage return) gets a leading apostrophe, as spreadsheets
 * themselves do for literal text; numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** A CSV document of records (the first is the header), CRLF between records, no BOM. */
export function csvLines(records: readonly (readonly (string | number | null)[])[]): string {
  return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One report's rows, for {@link tableCsv}. */
export interface ReportRows {
  id: string;
  publishedAt: string;
  rows: readonly Row[];
}

/** The machine columns after the table's own: the bounds of the count and the span. */
const EXTRA = ['min', 'max', 'start', 'end'] as const;

/** The casualty table of every report as one CSV file, header in `lang`, with the BOM. */
export function tableCsv(reports: readonly ReportRows[], lang: Lang): string {
  const header = [UI.report[lang], UI.published[lang], ...COLUMNS.map((c) => c[lang]), ...EXTRA];
  const records = reports.flatMap((r) =>
    r.rows.map((row) => [r.id, r.publishedAt, ...COLUMNS.map((c) => row.cells[c.id]), row.min, row.max, row.start, row.end]),
  );
  return BOM + csvLines([header, ...records]);
}

/**
 * Reads CSV back into records (RFC 4180, as written above). For tests and for checking an export; it does not
 * undo the formula apostrophe.
 */
export function parseCsv(csv: string): string[][] {
  const text = csv.startsWith(BOM) ? csv.slice(1) : csv;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) record.push(field), records.push(record);
  return records;
}
