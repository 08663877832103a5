import { inScope } from '../query/in-scope.js';
import { latestValues } from '../query/latest-values.js';
import { isRegionalTie } from '../query/regional-tie.js';
import type { Snapshot } from '../query/snapshot.js';
import { inUniverse, type Universe } from '../registry/region.js';
import type { TieRow } from '../store/rows.js';

/** Ties that are not the region's own doing: the partner's missions and land borders. */
const NOT_KEPT = new Set(['foreign_mission', 'border']);
const CONSULAR = /consul/i;

export interface TieMeasures {
  /** Twin pairs plus imported region-level ties, each counted with its weight (scenarios freeze some). */
  own_ties: number;
  /** Distinct countries over twinning, the consular posts hosted and imported ties; embassies and borders excluded. */
  partner_countries: number;
  /** Closeness-weighted km of the region's coast facing foreign land across the sea, summed over countries. */
  sea_proximity_km: number;
}

const isConsular = (t: TieRow) =>
  t.type === 'foreign_mission' &&
  CONSULAR.test(String((JSON.parse(t.attrs ?? '{}') as { mission_type?: string }).mission_type));

/**
 * The ties a region keeps and the breadth of its partners, from the ties in the store (imports included), and its
 * proximity to foreign coasts. Regions the tie datasets do not cover (no twinning count recorded) get no tie
 * measures: missing, not zero.
 * @example tieMeasures(snapshot, 'all').get('RU-TA')?.own_ties
 */
export function tieMeasures(s: Snapshot, universe: Universe): Map<string, Partial<TieMeasures>> {
  const covered = latestValues(s, 'twin_pairs', universe);
  const byRegion = new Map<string, TieRow[]>();
  const sea = new Map<string, number>();
  for (const t of s.ties) {
    if (!t.region_iso || !inScope(t.scope, universe)) continue;
    if (isRegionalTie(t)) byRegion.set(t.region_iso, [...(byRegion.get(t.region_iso) ?? []), t]);
    if (t.type === 'sea_proximity') sea.set(t.region_iso, (sea.get(t.region_iso) ?? 0) + (t.value ?? 0));
  }
  const out = new Map<string, Partial<TieMeasures>>();
  for (const r of s.regions) {
    if (!inUniverse(r, universe)) continue;
    // Geometry covers every region: no sea neighbour is a true zero.
    out.set(r.iso, { sea_proximity_km: sea.get(r.iso) ?? 0 });
    if (!covered.has(r.iso)) continue;
    let kept = 0;
    const countries = new Set<string>();
    for (const t of byRegion.get(r.iso) ?? []) {
      const w = t.weight ?? 1;
      if (!NOT_KEPT.has(t.type)) kept += w;
      if (w > 0 && (!NOT_KEPT.has(t.type) || isConsular(t))) countries.add(t.country_iso2!);
    }
    out.set(r.iso, {
      own_ties: kept,
      partner_countries: countries.size,
      sea_proximity_km: sea.get(r.iso) ?? 0,
    });
  }
  return out;
}
