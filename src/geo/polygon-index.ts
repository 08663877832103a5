import type { Position } from 'geojson';
import Flatbush from 'flatbush';
import type { Shape } from './land-borders.js';
import { polygonsOf } from './rings.js';

/**
 * Labelled polygons, to find those containing a point: even-odd ray casting as `pointInPolygon`, but the edges the
 * ray may cross come from a static R-tree of every edge (flatbush) instead of a scan of every vertex.
 */
export class PolygonIndex<L> {
  private readonly tree: Flatbush;
  /** Per edge: its polygon and its two ends, in the order pointInPolygon takes them (vertex i, then i − 1). */
  private readonly polygonOf: Int32Array;
  private readonly ends: Position[] = [];

  constructor(private readonly polygons: readonly { label: L; rings: Position[][] }[]) {
    let edges = 0;
    for (const { rings } of polygons) for (const ring of rings) edges += ring.length;
    this.tree = new Flatbush(Math.max(1, edges));
    this.polygonOf = new Int32Array(edges);
    this.crossings = new Int32Array(polygons.length);
    let e = 0;
    polygons.forEach(({ rings }, k) => {
      for (const ring of rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[i]!;
          const b = ring[j]!;
          this.tree.add(
            Math.min(a[0]!, b[0]!),
            Math.min(a[1]!, b[1]!),
            Math.max(a[0]!, b[0]!),
            Math.max(a[1]!, b[1]!),
          );
          this.ends.push(a, b);
          this.polygonOf[e++] = k;
        }
    });
    if (!edges) this.tree.add(NaN, NaN, NaN, NaN);
    this.tree.finish();
  }

  /** Ray crossings per polygon during a query, and the polygons crossed (reset after each query). */
  private readonly crossings: Int32Array;
  private readonly crossed: number[] = [];

  /** Labels of the polygons containing p (outer ring minus holes), in the order the polygons were given. */
  containing(p: Position): L[] {
    const [x, y] = p as [number, number];
    const crossings = this.crossings;
    const crossed = this.crossed;
    // Only edges spanning the point's latitude and reaching east of it can cross the ray cast towards +x.
    this.tree.search(x, y, Infinity, y, (e) => {
      const [xi, yi] = this.ends[2 * e] as [number, number];
      const [xj, yj] = this.ends[2 * e + 1] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
        const k = this.polygonOf[e]!;
        if (crossings[k] === 0) crossed.push(k);
        crossings[k] = crossings[k]! + 1;
      }
      return false;
    });
    const inside: number[] = [];
    for (const k of crossed) {
      if (crossings[k]! % 2 === 1) inside.push(k);
      crossings[k] = 0;
    }
    crossed.length = 0;
    return inside.sort((a, b) => a - b).map((k) => this.polygons[k]!.label);
  }
}

/** The polygons of the shapes, labelled by the shape's id, in the shapes' order. */
export function polygonIndexOf(shapes: readonly Shape[]): PolygonIndex<string> {
  return new PolygonIndex(
    shapes.flatMap((s) => polygonsOf(s.geometry).map((rings) => ({ label: s.id, rings }))),
  );
}
