import type { Position } from 'geojson';
import Flatbush from 'flatbush';
import { pointSegmentKm } from './distance.js';

/** Kilometres per degree of latitude, rounded down (111.19 on the sphere of pointSegmentKm): boxes err on the large side. */
const KM_PER_DEGREE = 111;

/**
 * Labelled segments in a static R-tree (flatbush), to find the segments near a point without scanning them all.
 * Segments are added first; the tree is packed on the first query.
 */
export class SegmentIndex<L> {
  private readonly segments: { a: Position; b: Position; label: L }[] = [];
  private tree: Flatbush | null = null;

  add(a: Position, b: Position, label: L): void {
    if (this.tree) throw new Error('SegmentIndex: segments are added before the first query');
    this.segments.push({ a, b, label });
  }

  addRing(ring: Position[], label: L): void {
    for (let i = 1; i < ring.length; i++) this.add(ring[i - 1]!, ring[i]!, label);
  }

  private packed(): Flatbush {
    if (this.tree) return this.tree;
    const tree = new Flatbush(Math.max(1, this.segments.length));
    for (const { a, b } of this.segments)
      tree.add(
        Math.min(a[0]!, b[0]!),
        Math.min(a[1]!, b[1]!),
        Math.max(a[0]!, b[0]!),
        Math.max(a[1]!, b[1]!),
      );
    if (!this.segments.length) tree.add(NaN, NaN, NaN, NaN);
    tree.finish();
    return (this.tree = tree);
  }

  /** Labels of all segments within `km` of the point. */
  near(p: Position, km: number): Set<L> {
    const tree = this.packed();
    // A box around p holding every point within km (a degree of longitude shrinks with latitude, by cos ≥ 1/20; the
    // regions reach 82° N, where cos is 0.14). Candidates are then measured exactly.
    const dy = km / KM_PER_DEGREE;
    const dx = km / (KM_PER_DEGREE * Math.max(0.05, Math.cos((p[1]! * Math.PI) / 180)));
    const out = new Set<L>();
    tree.search(p[0]! - dx, p[1]! - dy, p[0]! + dx, p[1]! + dy, (i) => {
      const s = this.segments[i]!;
      if (!out.has(s.label) && pointSegmentKm(p, s.a, s.b) <= km) out.add(s.label);
      return false;
    });
    return out;
  }
}
