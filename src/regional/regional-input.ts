import type { IndexInput } from '../engine/index-input.js';
import { inUniverse, type Universe } from '../registry/region.js';
import { inScope } from '../query/in-scope.js';
import { isRegionalTie } from '../query/regional-tie.js';
import { latestValues } from '../query/latest-values.js';
import type { Snapshot } from '../query/snapshot.js';
import { REGIONAL_FRAMEWORK } from './regional-framework.js';

/**
 * Partner countries and 1 − HHI of ties across them, per region, from the ties in the universe. Regions not
 * covered by the tie datasets (no twinning count recorded) get no value: missing, not zero.
 */
export function partnerBreadth(
  s: Snapshot,
  universe: Universe,
): Map<string, { countries: number; diversity: number }> {
  const covered = latestValues(s, 'twin_pairs', universe);
  const out = new Map<string, { countries: number; diversity: number }>();
  for (const r of s.regions) {
    if (!inUniverse(r, universe) || !covered.has(r.iso)) continue;
    const counts = new Map<string, number>();
    for (const t of s.ties)
      if (t.region_iso === r.iso && isRegionalTie(t) && inScope(t.scope, universe))
        if ((t.weight ?? 1) > 0)
          counts.set(t.country_iso2!, (counts.get(t.country_iso2!) ?? 0) + (t.weight ?? 1));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const hhi = total ? [...counts.values()].reduce((a, c) => a + (c / total) ** 2, 0) : 1;
    out.set(r.iso, { countries: counts.size, diversity: 1 - hhi });
  }
  return out;
}

/** The regional index input from the store: indicators, groups and denominators for the regions of a universe. */
export function regionalInput(s: Snapshot, universe: Universe): IndexInput {
  const regions = s.regions.filter((r) => inUniverse(r, universe));
  const units = regions.map((r) => r.iso);
  const breadth = partnerBreadth(s, universe);
  const column = (id: string) => {
    if (id === 'partner_countries') return Float64Array.from(units, (u) => breadth.get(u)?.countries ?? NaN);
    if (id === 'partner_diversity') return Float64Array.from(units, (u) => breadth.get(u)?.diversity ?? NaN);
    const v = latestValues(s, id, universe);
    return Float64Array.from(units, (u) => v.get(u)?.value ?? NaN);
  };
  const columns: Record<string, Float64Array> = {};
  for (const n of REGIONAL_FRAMEWORK.nodes) if (n.type === 'indicator') columns[n.code] = column(n.code);
  const population = latestValues(s, 'population', universe);
  return {
    data: { units, columns },
    unitNames: regions.map((r) => r.name_en_full),
    groups: {
      federal_district: regions.map((r) => r.federal_district_en),
      type: regions.map((r) => r.type_en),
      status: regions.map((r) => r.status),
    },
    denominators: { population_m: Float64Array.from(units, (u) => (population.get(u)?.value ?? NaN) / 1e6) },
    framework: REGIONAL_FRAMEWORK,
  };
}
