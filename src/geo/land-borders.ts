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

/** The labels of a vertex that matches no country (most of them): one shared empty set. */
const NONE: ReadonlySet<string> = new Set();

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
  // Neighbouring regions of one layer mostly share vertices exactly: a hash answers those without a search. Per
  // vertex, the position of the region that has it, or −1 once a second region has it too.
  const vertexOwner = builtOnce(regions, 'vertex owner', () => {
    const owner = new VertexMap<number>();
    regions.forEach((r, k) => {
      for (const ring of ringsOf(r.geometry))
        for (const p of ring) {
          const o = owner.get(p);
          if (o === undefined) owner.set(p, k);
          else if (o !== k && o !== -1) owner.set(p, -1);
        }
    });
    return owner;
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
  // The countries a vertex is near or inside: the same in every universe (the vertex objects are shared).
  const countryLabels = builtOnce(
    countries,
    `labels ${options.toleranceKm} ${key}`,
    () => new Map<Position, ReadonlySet<string>>(),
  );

  const lengths = new Map<string, number>();
  for (const r of regions) {
    const otherRegionNear = otherRegionNearOf(regions, options.internalToleranceKm, r.id);
    const labelCache = new VertexMap<ReadonlySet<string>>();
    const labels = (p: Position): ReadonlySet<string> => {
      let set = labelCache.get(p);
      if (set) return set;
      set = NONE;
      if (vertexOwner.get(p) !== -1 && !otherRegionNear(p)) {
        let found = countryLabels.get(p);
        if (!found) {
          const ids = new Set<string>();
          for (const id of countryGrid.near(p, options.toleranceKm)) ids.add(id);
          for (const id of inside.containing(p)) ids.add(id);
          countryLabels.set(p, (found = ids.size ? ids : NONE));
        }
        set = found;
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
