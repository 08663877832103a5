import type { Position } from 'geojson';
import Flatbush from 'flatbush';
import { pointSegmentKmXY } from './distance.js';
import type { Shape } from './land-borders.js';
import { ringsOf } from './rings.js';

/** Kilometres per degree of latitude, rounded down (111.19 on the sphere of pointSegmentKm): boxes err on the large side. */
const KM_PER_DEGREE = 111;

/**
 * Labelled segments in a static R-tree (flatbush), to find the segments near a point without scanning them all.
 * Segments are added first; the tree is packed on the first query. Ends and labels are kept in flat arrays (a
 * country layer has hundreds of thousands of segments: an object each was most of the garbage).
 */
export class SegmentIndex<L> {
  /** Per segment: ax, ay, bx, by. */
  private ends: number[] = [];
  private coords: Float64Array | null = null;
  private readonly labelOf: number[] = [];
  private readonly labels: L[] = [];
  private readonly labelId = new Map<L, number>();
  private tree: Flatbush | null = null;

  add(a: Position, b: Position, label: L): void {
    if (this.tree) throw new Error('SegmentIndex: segments are added before the first query');
    let id = this.labelId.get(label);
    if (id === undefined) {
      this.labelId.set(label, (id = this.labels.length));
      this.labels.push(label);
    }
    this.ends.push(a[0]!, a[1]!, b[0]!, b[1]!);
    this.labelOf.push(id);
  }

  addRing(ring: Position[], label: L): void {
    for (let i = 1; i < ring.length; i++) this.add(ring[i - 1]!, ring[i]!, label);
  }

  private packed(): Flatbush {
    if (this.tree) return this.tree;
    const e = (this.coords = Float64Array.from(this.ends));
    this.ends = [];
    const count = e.length / 4;
    const tree = new Flatbush(Math.max(1, count));
    for (let i = 0; i < e.length; i += 4)
      tree.add(
        Math.min(e[i]!, e[i + 2]!),
        Math.min(e[i + 1]!, e[i + 3]!),
        Math.max(e[i]!, e[i + 2]!),
        Math.max(e[i + 1]!, e[i + 3]!),
      );
    if (!count) tree.add(NaN, NaN, NaN, NaN);
    tree.finish();
    return (this.tree = tree);
  }

  /**
   * Report (`found`) the label id of every segment within `km` of p, in the tree's order; segments whose label is
   * already `seen` are skipped without measuring their distance.
   */
  private search(p: Position, km: number, seen: (id: number) => boolean, found: (id: number) => void): void {
    const tree = this.packed();
    const e = this.coords!;
    const [x, y] = p as [number, number];
    // A box around p holding every point within km (a degree of longitude shrinks with latitude, by cos ≥ 1/20; the
    // regions reach 82° N, where cos is 0.14). Candidates are then measured exactly.
    const dy = km / KM_PER_DEGREE;
    const dx = km / (KM_PER_DEGREE * Math.max(0.05, Math.cos((y * Math.PI) / 180)));
    tree.search(x - dx, y - dy, x + dx, y + dy, (i) => {
      const id = this.labelOf[i]!;
      if (!seen(id) && pointSegmentKmXY(x, y, e[4 * i]!, e[4 * i + 1]!, e[4 * i + 2]!, e[4 * i + 3]!) <= km)
        found(id);
      return false;
    });
  }

  /** Labels of all segments within `km` of the point. */
  near(p: Position, km: number): Set<L> {
    const ids = new Set<number>();
    this.search(
      p,
      km,
      (id) => ids.has(id),
      (id) => ids.add(id),
    );
    const out = new Set<L>();
    for (const id of ids) out.add(this.labels[id]!);
    return out;
  }

  /** Whether some segment within `km` of the point has a label other than `except` (any label when not given). */
  nearOther(p: Position, km: number, except?: L): boolean {
    const skip = except === undefined ? -1 : (this.labelId.get(except) ?? -1);
    let hit = false;
    this.search(
      p,
      km,
      (id) => hit || id === skip,
      () => (hit = true),
    );
    return hit;
  }
}

/** The segments of every ring of the shapes, labelled by the shape's id. */
export function segmentIndexOf(shapes: readonly Shape[]): SegmentIndex<string> {
  const index = new SegmentIndex<string>();
  for (const s of shapes) for (const ring of ringsOf(s.geometry)) index.addRing(ring, s.id);
  return index;
}
