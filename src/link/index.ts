/**
 * Linking reports: one incident across many outlets' reports, with their figures side by side.
 * Import it from `hasila/link` (or the root `hasila`).
 * @module link
 */
export { linkReports } from './link.js';
export type { CountRange, DayRange, Incident, IncidentEvent, IncidentFigure, LinkOptions, LinkReport, ReportFigure } from './types.js';
