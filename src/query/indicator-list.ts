import type { CatalogueEntry } from '../catalogue/catalogue-entry.js';
import { indicatorUnit, type IndicatorUnit } from '../catalogue/indicator-unit.js';
import { INDICATOR_CATALOGUE } from '../catalogue/indicator-catalogue.js';
import { indicatorsOf } from '../engine/framework.js';
import { REGIONAL_INDEX_IDS, REGIONAL_INDICES } from '../regional/regional-framework.js';
import { regionalInput } from '../regional/regional-input.js';
import { inUniverse, type Universe } from '../registry/region.js';
import type { IndicatorRow } from '../store/rows.js';
import type { Snapshot } from './snapshot.js';

export interface IndicatorListItem extends IndicatorRow, IndicatorUnit {
  /** The catalogue's description (concept, table, derivation, rationale, reference); null for an imported indicator. */
  catalogue: CatalogueEntry | null;
  /** The indices that score it. */
  indices: string[];
  /** Regions of the universe with a value. */
  coverage: number;
}

/**
 * Every indicator the store or the catalogue knows — bundled, derived at query time and imported — with its
 * catalogue entry, the indices using it and its coverage in a universe.
 */
export function indicatorList(s: Snapshot, universe: Universe): IndicatorListItem[] {
  const regions = new Set(s.regions.filter((r) => inUniverse(r, universe)).map((r) => r.iso));
  const covered = new Map<string, Set<string>>();
  for (const o of s.observations)
    if (regions.has(o.region_iso))
      covered.set(o.indicator_id, (covered.get(o.indicator_id) ?? new Set()).add(o.region_iso));
  // Indicators computed at query time (sums, tie counts): coverage from the index input itself.
  for (const id of REGIONAL_INDEX_IDS) {
    const input = regionalInput(s, universe, { index: id });
    for (const [code, col] of Object.entries(input.data.columns))
      if (!covered.has(code))
        covered.set(code, new Set(input.data.units.filter((_, i) => Number.isFinite(col[i]!))));
  }
  const usedBy = (code: string) =>
    REGIONAL_INDEX_IDS.filter((id) =>
      indicatorsOf(REGIONAL_INDICES[id].framework).some((n) => n.code === code),
    );
  const byId = new Map(INDICATOR_CATALOGUE.map((e) => [e.id, e]));
  const rows: IndicatorRow[] = [
    ...s.indicators,
    ...INDICATOR_CATALOGUE.filter(
      (e) => e.level === 'region' && !s.indicators.some((i) => i.id === e.id),
    ).map((e) => ({
      id: e.id,
      name_en: e.name_en,
      name_ru: e.name_ru,
      unit: e.unit_en,
      direction: e.direction,
      description_en: e.how_en,
      description_ru: e.how_ru,
      source_id: e.source_id,
    })),
  ];
  return rows.map((i) => ({
    ...i,
    ...indicatorUnit(i.id, i.unit),
    catalogue: byId.get(i.id) ?? null,
    indices: usedBy(i.id),
    coverage: covered.get(i.id)?.size ?? 0,
  }));
}
