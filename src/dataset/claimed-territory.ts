import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PolygonIndex } from '../geo/polygon-index.js';
import { polygonsOf } from '../geo/rings.js';
import type { Region } from '../registry/region.js';

/**
 * Finds the entity Russia claims (Crimea, Sevastopol since 2014; the four entities of 2022) that contains a
 * foreign partner's point. A partner city there is not a tie with the country ISO lists the territory under: in
 * the "all" universe it is a region of the universe (a domestic pair), in the "iso" universe a town in territory
 * annexed by Russia, not recognised. See docs/borders.md.
 */
export function claimedTerritoryFinder(
  regions: readonly Region[],
  shapes: FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string }>,
): (lat: number | null, lon: number | null, countryIso2: string | null) => Region | null {
  const claimed = new Map(regions.filter((r) => r.status !== 'iso_3166_2_ru').map((r) => [r.iso, r]));
  const index = new PolygonIndex(
    shapes.features
      .filter((f) => claimed.has(f.properties.iso_3166_2))
      .flatMap((f) => polygonsOf(f.geometry).map((rings) => ({ label: f.properties.iso_3166_2, rings }))),
  );
  return (lat, lon, countryIso2) => {
    if (lat === null || lon === null || countryIso2 === null) return null;
    // Only a partner coded with the country the territory is listed under: a point of another country that
    // falls there is a geocoding error, not a partner in the territory.
    const hit = index
      .containing([lon, lat])
      .map((iso) => claimed.get(iso)!)
      .find((r) => r.isoCountry === countryIso2);
    return hit ?? null;
  };
}
