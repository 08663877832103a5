import type { Position } from 'geojson';
import { haversineKm } from './distance.js';
import type { Shape } from './land-borders.js';
import { LandRaster } from './land-raster.js';
import { builtOnce } from './built-once.js';
import { bboxesOf, ringsOf } from './rings.js';
import { polygonIndexOf } from './polygon-index.js';
import { otherRegionNear } from './other-region-near.js';
import { segmentIndexOf } from './segment-index.js';
import { VertexMap } from './vertex-map.js';

export interface SeaProximityOptions {
  /**
   * A coast counts towards a country when that country's land lies within this distance (km). Default 400 nautical
   * miles (740.8 km): coasts closer than that have adjoining or overlapping 200-nm exclusive economic zones
   * (UNCLOS art. 57 and 74), i.e. the two states are maritime neighbours.
   */
  maxDistanceKm: number;
  /**
   * A boundary point this close to a foreign country (or inside it) is on a land border, not on the coast. Twice the
   * land-border tolerance: along a land border the 1:10m and 1:50m outlines leave slivers that are not sea.
   */
  landToleranceKm: number;
  /** A boundary point this close to another region of the set is internal, not on the coast. */
  internalToleranceKm: number;
  /** Coasts and outlines are read at points this far apart; the result is accurate to about half of it. */
  sampleKm: number;
  /** Share of the straight line from the coast to the country's nearest coast that must lie over water. */
  minWaterShare: number;
  /** Cell size (degrees) of the land raster that tells sea from land along those lines. */
  rasterDeg: number;
  /** Pairs whose closeness-weighted coast is shorter than this are dropped (a headland at the edge of the range). */
  minWeightedKm: number;
}

export const DEFAULT_SEA_PROXIMITY_OPTIONS: SeaProximityOptions = {
  maxDistanceKm: 740.8,
  landToleranceKm: 10,
  internalToleranceKm: 1,
  sampleKm: 5,
  minWaterShare: 0.5,
  rasterDeg: 0.05,
  minWeightedKm: 5,
};

export interface SeaProximity {
  regionId: string;
  countryId: string;
  /** Length of the region's coast within maxDistanceKm of the country's land. */
  coastKm: number;
  /** Σ over that coast of length × (1 − distance / maxDistanceKm): long and close coasts weigh most. */
  weightedKm: number;
  /** The shortest distance from the region's coast to the country's land. */
  minDistanceKm: number;
}

const KM_PER_DEGREE = 111.2;
const EARTH_RADIUS_KM = 6371.0088;
const CELL_KM = 200;

/** A point on the sphere in km (x, y, z): chord distances are cheap and have no antimeridian or pole seams. */
function xyz(p: Position): [number, number, number] {
  const lon = (p[0]! * Math.PI) / 180;
  const lat = (p[1]! * Math.PI) / 180;
  const r = EARTH_RADIUS_KM * Math.cos(lat);
  return [r * Math.cos(lon), r * Math.sin(lon), EARTH_RADIUS_KM * Math.sin(lat)];
}

const cellKey = (x: number, y: number, z: number) => (x + 64) * 16384 + (y + 64) * 128 + (z + 64);

/** Coastal points of a country's outline in a grid of 200-km cubes, for nearest-point search. */
class CoastPoints {
  private readonly cells = new Map<number, { p: Position; v: [number, number, number] }[]>();
  private readonly lo = [Infinity, Infinity, Infinity];
  private readonly hi = [-Infinity, -Infinity, -Infinity];
  size = 0;

  add(p: Position): void {
    const v = xyz(p);
    const key = cellKey(Math.floor(v[0] / CELL_KM), Math.floor(v[1] / CELL_KM), Math.floor(v[2] / CELL_KM));
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = []));
    cell.push({ p, v });
    for (let i = 0; i < 3; i++) {
      this.lo[i] = Math.min(this.lo[i]!, v[i]!);
      this.hi[i] = Math.max(this.hi[i]!, v[i]!);
    }
    this.size++;
  }

  /**
   * The nearest point within the chord `maxChord` (km) of the point `v` (as `xyz` gives it), or null; the caller
   * converts once for all countries.
   */
  nearest(v: readonly [number, number, number], maxChord: number): { q: Position; km: number } | null {
    // Most countries are far from most coasts: their bounding box answers without a search.
    let box2 = 0;
    for (let i = 0; i < 3; i++) box2 += Math.max(0, this.lo[i]! - v[i]!, v[i]! - this.hi[i]!) ** 2;
    if (box2 > maxChord * maxChord) return null;
    const n = Math.ceil(maxChord / CELL_KM);
    // The cells within reach, clipped to those the country's points can occupy (the same cells in the same order,
    // less the empty ones outside its box: a small country spans a few of the 9³ cells within reach).
    const from = [0, 0, 0];
    const to = [0, 0, 0];
    for (let i = 0; i < 3; i++) {
      const c = Math.floor(v[i]! / CELL_KM);
      from[i] = Math.max(c - n, Math.floor(this.lo[i]! / CELL_KM));
      to[i] = Math.min(c + n, Math.floor(this.hi[i]! / CELL_KM));
    }
    let best: Position | null = null;
    let bestD2 = Infinity;
    for (let x = from[0]!; x <= to[0]!; x++)
      for (let y = from[1]!; y <= to[1]!; y++)
        for (let z = from[2]!; z <= to[2]!; z++) {
          const cell = this.cells.get(cellKey(x, y, z));
          if (!cell) continue;
          for (const q of cell) {
            const d2 = (q.v[0] - v[0]) ** 2 + (q.v[1] - v[1]) ** 2 + (q.v[2] - v[2]) ** 2;
            if (d2 < bestD2) {
              best = q.p;
              bestD2 = d2;
            }
          }
        }
    if (!best || bestD2 > maxChord * maxChord) return null;
    return { q: best, km: 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(bestD2) / (2 * EARTH_RADIUS_KM)) };
  }
}

/**
 * Whether a point can lie within `km` of some region: a mask of 1° cells around every cell that holds a region vertex,
 * widened by the distance (more degrees of longitude towards the poles).
 */
function withinReach(regions: readonly Shape[], km: number): (p: Position) => boolean {
  const key = (x: number, y: number) => (y + 90) * 360 + ((((x + 180) % 360) + 360) % 360);
  const occupied = new Set<number>();
  for (const r of regions)
    for (const ring of ringsOf(r.geometry))
      for (const p of ring) occupied.add(key(Math.floor(p[0]!), Math.floor(p[1]!)));
  const mask = new Uint8Array(360 * 180);
  const dy = Math.ceil(km / KM_PER_DEGREE) + 1;
  for (const k of occupied) {
    const cy = Math.floor(k / 360) - 90;
    const cx = (k % 360) - 180;
    for (let y = Math.max(-90, cy - dy); y <= Math.min(89, cy + dy); y++) {
      const lat = Math.min(89, Math.max(Math.abs(y), Math.abs(y + 1)));
      const dx = Math.min(180, Math.ceil(km / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180))) + 1);
      for (let x = cx - dx; x <= cx + dx; x++) mask[key(x, y)] = 1;
    }
  }
  return (p) => mask[key(Math.floor(p[0]!), Math.floor(p[1]!))] === 1;
}

/**
 * Proximity across the sea between regions and foreign countries, derived from geometry: a region's coast is its
 * boundary away from other regions of the set and from any foreign land border; each stretch of coast counts
 * towards every foreign country whose land lies within `maxDistanceKm`, weighted by how close it is.
 * @example deriveSeaProximity(regions, countries).filter(s => s.regionId === 'RU-SAK') // JP (the Kurils, about 15 km from Hokkaido), …
 */
export function deriveSeaProximity(
  regions: readonly Shape[],
  countries: readonly Shape[],
  options: SeaProximityOptions = DEFAULT_SEA_PROXIMITY_OPTIONS,
): SeaProximity[] {
  const D = options.maxDistanceKm;
  const regionGrid = builtOnce(regions, 'segments', () => segmentIndexOf(regions));
  const extent = bboxesOf(regions).all;
  const padLat = D / KM_PER_DEGREE + 1;
  const latMin = Math.max(-90, extent.minY - padLat);
  const latMax = Math.min(90, extent.maxY + padLat);
  // Countries outside the band of latitudes cannot be sea neighbours (longitude is not pruned: the US spans ±180°).
  const boxes = bboxesOf(countries).each;
  const nearby = countries.filter((c, k) => {
    const b = boxes[k]!;
    return b.maxY >= latMin && b.minY <= latMax;
  });
  // What depends on the countries alone is built once for every universe (and shared with the land borders).
  const key = nearby.map((c) => c.id).join(',');
  const landGrid = builtOnce(countries, `segments ${key}`, () => segmentIndexOf(nearby));
  const inLand = builtOnce(countries, `polygons ${key}`, () => polygonIndexOf(nearby));
  // Each ring toggles its own cells, so the countries' raster is made once and the regions' rings added to a copy.
  const land = builtOnce(
    countries,
    `raster ${options.rasterDeg} ${latMin} ${latMax} ${key}`,
    () =>
      new LandRaster(
        nearby.flatMap((x) => ringsOf(x.geometry)),
        options.rasterDeg,
        latMin,
        latMax,
      ),
  ).with(regions.flatMap((x) => ringsOf(x.geometry)));
  // A country's coast: its outline away from every other land (foreign or one of the regions), thinned. Only
  // points within reach of some region are examined (most of the world's coasts are not).
  const reach = builtOnce(regions, `reach ${D}`, () => withinReach(regions, D));
  const coasts = new Map<string, CoastPoints>();
  for (const c of nearby) {
    const pts = new CoastPoints();
    // Whether an outline point of c has another country's outline near: the same for every set of regions.
    const foreignLandNear = builtOnce(
      countries,
      `land near ${options.landToleranceKm} ${key} ${c.id}`,
      () => new Map<Position, boolean>(),
    );
    for (const ring of ringsOf(c.geometry)) {
      let last: Position | null = null;
      for (const p of ring) {
        if (last && haversineKm(last, p) < options.sampleKm) continue;
        last = p;
        if (!reach(p)) continue;
        if (regionGrid.nearOther(p, options.landToleranceKm)) continue;
        let other = foreignLandNear.get(p);
        if (other === undefined)
          foreignLandNear.set(p, (other = landGrid.nearOther(p, options.landToleranceKm, c.id)));
        if (!other) pts.add(p);
      }
    }
    if (pts.size) coasts.set(c.id, pts);
  }
  // Cheap answers first: a vertex shared by two rings (of two regions, mostly) is internal; a vertex with no foreign outline in the
  // surrounding 1° cells is neither on nor inside a foreign country.
  // Per vertex, the number of the ring that has it, or −1 once a second ring has it too.
  const ringOf = builtOnce(regions, 'vertex ring', () => {
    const ring = new VertexMap<number>();
    let k = 0;
    for (const r of regions)
      for (const points of ringsOf(r.geometry)) {
        for (const p of points) {
          const o = ring.get(p);
          if (o === undefined) ring.set(p, k);
          else if (o !== k && o !== -1) ring.set(p, -1);
        }
        k++;
      }
    return ring;
  });
  // 1° cells holding a foreign vertex, keyed by the integer degrees (longitude × 1000 + latitude: unique, as |latitude| ≤ 91).
  const cellOf = (x: number, y: number) => x * 1000 + y;
  const foreignCells = builtOnce(countries, `cells ${key}`, () => {
    const cells = new Set<number>();
    for (const c of nearby)
      for (const ring of ringsOf(c.geometry))
        for (const p of ring) cells.add(cellOf(Math.floor(p[0]!), Math.floor(p[1]!)));
    return cells;
  });
  const foreignNear = (p: Position) => {
    const x = Math.floor(p[0]!);
    const y = Math.floor(p[1]!);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) if (foreignCells.has(cellOf(x + dx, y + dy))) return true;
    return false;
  };
  // Whether a boundary point is on or inside foreign land: the same in every universe (the points are shared).
  const onForeignLand = builtOnce(
    countries,
    `on land ${options.landToleranceKm} ${key}`,
    () => new Map<Position, boolean>(),
  );
  const onCoast = (p: Position, otherRegionNear: (p: Position) => boolean): boolean => {
    if (ringOf.get(p) === -1) return false;
    if (foreignNear(p)) {
      let foreign = onForeignLand.get(p);
      if (foreign === undefined)
        onForeignLand.set(
          p,
          (foreign = landGrid.nearOther(p, options.landToleranceKm) || inLand.containing(p).length > 0),
        );
      if (foreign) return false;
    }
    return !otherRegionNear(p);
  };
  /** Countries whose coast lies within D of p across water (most of the straight line over the sea). */
  const near = (p: Position): { id: string; d: number }[] => {
    const out: { id: string; d: number }[] = [];
    const v = xyz(p);
    const maxChord = 2 * EARTH_RADIUS_KM * Math.sin(D / (2 * EARTH_RADIUS_KM));
    for (const [id, pts] of coasts) {
      const hit = pts.nearest(v, maxChord);
      if (!hit) continue;
      const share = land.waterShare(p, hit.q, hit.km, options.sampleKm, 2 * options.sampleKm);
      if (share >= options.minWaterShare) out.push({ id, d: hit.km });
    }
    return out;
  };

  const acc = new Map<string, { coastKm: number; weightedKm: number; minDistanceKm: number }>();
  for (const r of regions) {
    const coastCache = new Map<Position, boolean>();
    const internal = otherRegionNear(regions, options.internalToleranceKm, r.id);
    const coast = (p: Position) => {
      let v = coastCache.get(p);
      if (v === undefined) coastCache.set(p, (v = onCoast(p, internal)));
      return v;
    };
    for (const ring of ringsOf(r.geometry)) {
      let pending = 0;
      const flush = (p: Position) => {
        for (const { id, d } of near(p)) {
          const key = `${r.id}\t${id}`;
          const a = acc.get(key) ?? { coastKm: 0, weightedKm: 0, minDistanceKm: Infinity };
          a.coastKm += pending;
          a.weightedKm += pending * (1 - d / D);
          a.minDistanceKm = Math.min(a.minDistanceKm, d);
          acc.set(key, a);
        }
        pending = 0;
      };
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        if (!coast(a) || !coast(b)) {
          if (pending > 0) flush(a);
          continue;
        }
        pending += haversineKm(a, b);
        if (pending >= options.sampleKm) flush(b);
      }
      if (pending > 0) flush(ring[ring.length - 1]!);
    }
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return [...acc]
    .map(([key, a]) => {
      const [regionId, countryId] = key.split('\t') as [string, string];
      return {
        regionId,
        countryId,
        coastKm: round(a.coastKm),
        weightedKm: round(a.weightedKm),
        minDistanceKm: round(a.minDistanceKm),
      };
    })
    .filter((s) => s.weightedKm >= options.minWeightedKm)
    .sort((x, y) => x.regionId.localeCompare(y.regionId) || x.countryId.localeCompare(y.countryId));
}
