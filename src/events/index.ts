/**
 * Article-level events and summary.
 * @module events
 */
export type { ArticleSummary, CasualtyEvent, EventDate, EventFigure, KilledCounts } from './types.js';
