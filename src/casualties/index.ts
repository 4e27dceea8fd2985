/**
 * Layer 4: casualty mentions.
 * @module casualties
 */
export type { CasualtyMention, CasualtyOptions, IncludedGroup, Victims } from './types.js';
