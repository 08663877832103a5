import type { Universe } from '../registry/region.js';
import { inScope } from './in-scope.js';
import type { Value } from './latest-values.js';
import type { Snapshot } from './snapshot.js';

/**
 * For each region, the observation of an indicator for a year: the latest whose period (its first four characters,
 * the year) is not after `year`; with `year` null, the latest of all. Regions without one are absent.
 * @example valuesAt(snapshot, 'exports_mln_usd', 'all', '2021').get('RU-TA')?.value
 */
export function valuesAt(
  s: Snapshot,
  indicatorId: string,
  universe: Universe,
  year: string | null,
): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const o of s.observations) {
    if (o.indicator_id !== indicatorId || !inScope(o.scope, universe)) continue;
    if (year !== null && o.period.slice(0, 4) > year) continue;
    const prev = out.get(o.region_iso);
    if (!prev || o.period > prev.period)
      out.set(o.region_iso, { value: o.value, period: o.period, source_id: o.source_id, flags: o.flags });
  }
  return out;
}
