import type { Universe } from '../registry/region.js';
import { inScope } from './in-scope.js';
import type { Snapshot } from './snapshot.js';

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
  const out = new Map<string, Value>();
  for (const o of s.observations) {
    if (o.indicator_id !== indicatorId || !inScope(o.scope, universe)) continue;
    const prev = out.get(o.region_iso);
    if (!prev || o.period > prev.period)
      out.set(o.region_iso, { value: o.value, period: o.period, source_id: o.source_id, flags: o.flags });
  }
  return out;
}
