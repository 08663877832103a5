import type { MultiPolygon, Polygon, Position } from 'geojson';
import { builtOnce } from './built-once.js';

/** The rings (outer and holes) of a polygon or multipolygon. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The polygons of a geometry as lists of rings, first ring outer. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function bboxOf(rings: Position[][]): BBox {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < b.minX) b.minX = x!;
      if (x! > b.maxX) b.maxX = x!;
      if (y! < b.minY) b.minY = y!;
      if (y! > b.maxY) b.maxY = y!;
    }
  return b;
}

/** The bounding box of each shape, in order, and of them all: computed once per shapes array. */
export function bboxesOf(shapes: readonly { geometry: Polygon | MultiPolygon }[]): {
  each: BBox[];
  all: BBox;
} {
  return builtOnce(shapes, 'bboxes', () => {
    const each = shapes.map((s) => bboxOf(ringsOf(s.geometry)));
    const all = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (const b of each) {
      all.minX = Math.min(all.minX, b.minX);
      all.minY = Math.min(all.minY, b.minY);
      all.maxX = Math.max(all.maxX, b.maxX);
      all.maxY = Math.max(all.maxY, b.maxY);
    }
    return { each, all };
  });
}

/** Even-odd ray casting on lon/lat: whether the point lies inside the polygon (outer ring minus holes). */
export function pointInPolygon(p: Position, polygon: Position[][]): boolean {
  let inside = false;
  const [x, y] = p as [number, number];
  for (const ring of polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}
