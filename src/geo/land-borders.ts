import type { MultiPolygon, Polygon, Position } from 'geojson';
import { haversineKm } from './distance.js';
import { bboxesOf, ringsOf } from './rings.js';
import { builtOnce } from './built-once.js';
import { polygonIndexOf } from './polygon-index.js';
import { otherRegionNear as otherRegionNearOf } from './other-region-near.js';
import { segmentIndexOf } from './segment-index.js';
import { VertexMap } from './vertex-map.js';

export interface Shape {
  id: string;
  geometry: Polygon | MultiPolygon;
}

export interface LandBorderOptions {
  /**
   * How far (km) a region's boundary may lie from a foreign country's outline and still count as the border.
   * The region layer is Natural Earth 1:10m, the countries 1:50m: generalisation moves lines by up to a few km.
   */
  toleranceKm: number;
  /** How close (km) two regions' boundaries must be to count as shared (same source layer, so small). */
  internalToleranceKm: number;
  /** Borders shorter than this are dropped: they are matching noise or islands across a strait, not land borders. */
  minLengthKm: number;
}

export const DEFAULT_LAND_BORDER_OPTIONS: LandBorderOptions = {
  toleranceKm: 5,
  internalToleranceKm: 1,
  minLengthKm: 5,
};

export interface LandBorder {
  regionId: string;
  countryId: string;
  lengthKm: number;
}

/**
 * Land borders between regions and foreign countries, derived from geometry.
 * A boundary edge of a region counts towards country C when both its ends are within `toleranceKm` of C's
 * outline or inside C, and neither end lies on another region of the same set (so borders between regions of
 * the set are internal). Coasts match no country and are ignored: land borders only.
 * @example deriveLandBorders(regions, countries).filter(b => b.regionId === 'RU-PSK') // EE, LV, BY
 */
export function deriveLandBorders(
  regions: readonly Shape[],
  countries: readonly Shape[],
  options: LandBorderOptions = DEFAULT_LAND_BORDER_OPTIONS,
): LandBorder[] {
  // Neighbouring regions of one layer mostly share vertices exactly: a hash answers those without a search.
  const vertexOwners = builtOnce(regions, 'vertex-owners', () => {
    const owners = new VertexMap<Set<string>>();
    for (const r of regions)
      for (const ring of ringsOf(r.geometry))
        for (const p of ring) {
          let set = owners.get(p);
          if (!set) owners.set(p, (set = new Set()));
          set.add(r.id);
        }
    return owners;
  });
  const extent = bboxesOf(regions).all;
  const pad = 1;
  const boxes = bboxesOf(countries).each;
  const near = countries.filter((c, k) => {
    const bbox = boxes[k]!;
    return !(
      bbox.maxX < extent.minX - pad ||
      bbox.minX > extent.maxX + pad ||
      bbox.maxY < extent.minY - pad ||
      bbox.minY > extent.maxY + pad
    );
  });
  // The same countries for both universes (their extents agree): their indexes are built once.
  const key = near.map((c) => c.id).join(',');
  const countryGrid = builtOnce(countries, `segments ${key}`, () => segmentIndexOf(near));
  const inside = builtOnce(countries, `polygons ${key}`, () => polygonIndexOf(near));

  const lengths = new Map<string, number>();
  for (const r of regions) {
    const otherRegionNear = otherRegionNearOf(regions, options.internalToleranceKm, r.id);
    const labelCache = new VertexMap<Set<string>>();
    const labels = (p: Position): Set<string> => {
      let set = labelCache.get(p);
      if (set) return set;
      set = new Set();
      if ((vertexOwners.get(p)?.size ?? 0) > 1) {
        labelCache.set(p, set);
        return set;
      }
      if (!otherRegionNear(p)) {
        for (const id of countryGrid.near(p, options.toleranceKm)) set.add(id);
        for (const id of inside.containing(p)) set.add(id);
      }
      labelCache.set(p, set);
      return set;
    };
    for (const ring of ringsOf(r.geometry))
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        const la = labels(a);
        if (la.size === 0) continue;
        const lb = labels(b);
        for (const id of la)
          if (lb.has(id)) {
            const key = `${r.id}\t${id}`;
            lengths.set(key, (lengths.get(key) ?? 0) + haversineKm(a, b));
          }
      }
  }
  return [...lengths]
    .map(([key, lengthKm]) => {
      const [regionId, countryId] = key.split('\t') as [string, string];
      return { regionId, countryId, lengthKm: Math.round(lengthKm * 10) / 10 };
    })
    .filter((b) => b.lengthKm >= options.minLengthKm)
    .sort((x, y) => x.regionId.localeCompare(y.regionId) || x.countryId.localeCompare(y.countryId));
}
