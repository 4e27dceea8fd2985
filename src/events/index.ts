/**
 * Article-level events and summary.
 * @module events
 */
export type { ArticleSummary, CasualtyEvent, EventFigure, KilledCounts } from './types.js';
