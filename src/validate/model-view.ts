import type { TieRow } from '../store/rows.js';
import type { IndexBreakdown } from './index-breakdown.js';

/** A region's place for one partner country in the crisis analysis, with the channels it holds. */
export interface CrisisStanding {
  region: string;
  rank: number | null;
  score: number | null;
  channels: string[];
}

/**
 * What the validation reads from the model: index scores, classes, tags, ties and the crisis rankings. Built once
 * from the store and the configuration (model-view-of.ts); the checks are pure functions of it.
 */
export interface ModelView {
  regionNames: Map<string, string>;
  /** The region's own ties (regional, in the universe). */
  ties: readonly TieRow[];
  tags: Map<string, Record<string, boolean>>;
  /** Index name → region → composite score (regions without a score are absent). */
  indices: Record<string, Map<string, number>>;
  /** Index name → its pillars and indicators per region, to explain a failure (absent: composite only). */
  breakdown?: Record<string, IndexBreakdown>;
  classes: Map<string, string>;
  classNames: Map<string, string>;
  /** One line on why a region has its class (axis values, coverage). */
  classWhy: Map<string, string>;
  /** The crisis ranking for a partner country (rows for every region of the universe). */
  crisis: (country: string) => CrisisStanding[];
}
