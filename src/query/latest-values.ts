import type { Universe } from '../registry/region.js';
import type { Snapshot } from './snapshot.js';
import { valuesAt } from './values-at.js';

export interface Value {
  value: number;
  period: string;
  source_id: string;
  flags: string | null;
}

/**
 * The latest observation of an indicator for each region, in the universe's scope. Regions without one are
 * absent from the map: missing stays missing.
 * @example latestValues(snapshot, 'twin_pairs', 'all').get('RU-KR')?.value
 */
export function latestValues(s: Snapshot, indicatorId: string, universe: Universe): Map<string, Value> {
  return valuesAt(s, indicatorId, universe, null);
}
