/**
 * Linking reports: one incident across many outlets' reports, with their figures side by side.
 * Import it from `hasila/link` (or the root `hasila`). Its `linkReports` reads reports given as text with the
 * built-in `analyze` (the Arabic core and the Syria pack); to link with other packs without bundling Syria, use an
 * analyzer's `linkReports` (`createAnalyzer` of `hasila/core`).
 * @module link
 */
export { linkReports } from '../root.js';
export type { CountRange, DayRange, Incident, IncidentEvent, IncidentFigure, LinkOptions, LinkReport, ReportFigure } from './types.js';
