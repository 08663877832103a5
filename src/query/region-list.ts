import type { Universe } from '../registry/region.js';
import { inUniverse, UNIVERSES } from '../registry/region.js';
import { inScope } from './in-scope.js';
import { latestValues } from './latest-values.js';
import type { RegionRecord, Snapshot } from './snapshot.js';

export interface RegionSummary {
  iso: string;
  status: RegionRecord['status'];
  name_en: string;
  name_ru: string;
  type_en: string;
  federal_district_en: string;
  federal_district_ru: string;
  capital_ru: string | null;
  /** Latest value of every indicator (null = missing). */
  values: Record<string, number | null>;
  /** Number of ties by type. */
  ties: Record<string, number>;
  /** Distinct partner countries over all ties. */
  partner_countries: number;
}

export interface RegionList {
  universe: Universe;
  universe_label: { en: string; ru: string };
  regions: RegionSummary[];
}

export function regionList(s: Snapshot, universe: Universe): RegionList {
  const values = new Map(s.indicators.map((i) => [i.id, latestValues(s, i.id, universe)]));
  const regions = s.regions
    .filter((r) => inUniverse(r, universe))
    .map((r): RegionSummary => {
      const own = s.ties.filter((t) => t.region_iso === r.iso && inScope(t.scope, universe));
      const ties: Record<string, number> = {};
      for (const t of own) ties[t.type] = (ties[t.type] ?? 0) + 1;
      return {
        iso: r.iso,
        status: r.status,
        name_en: r.name_en_full,
        name_ru: r.name_ru,
        type_en: r.type_en,
        federal_district_en: r.federal_district_en,
        federal_district_ru: r.federal_district_ru,
        capital_ru: r.capital_ru,
        values: Object.fromEntries(
          s.indicators.map((i) => [i.id, values.get(i.id)?.get(r.iso)?.value ?? null]),
        ),
        ties,
        partner_countries: new Set(own.map((t) => t.country_iso2).filter(Boolean)).size,
      };
    });
  return { universe, universe_label: UNIVERSES[universe], regions };
}
