import type { TieRow } from '../store/rows.js';

/**
 * Ties at the federal level (Russia's own missions abroad) link no region. Proximity across the sea is geography that
 * only the crisis model reads (as a channel); counted here it would add "partners" to the activity measures.
 */
const NOT_REGIONAL = new Set(['ru_mission_abroad', 'sea_proximity']);

/**
 * Whether a tie is one of a region's own links to a country: bundled ones (twinning, the partner's missions in the
 * region, land borders) and every imported type (agreements, trade, offices…), but not federal ties.
 */
export function isRegionalTie(t: Pick<TieRow, 'type' | 'region_iso' | 'country_iso2'>): boolean {
  return t.region_iso !== null && t.country_iso2 !== null && !NOT_REGIONAL.has(t.type);
}
