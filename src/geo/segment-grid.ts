import type { Position } from 'geojson';
import { pointSegmentKm } from './distance.js';

const KM_PER_DEGREE = 111.2;

/** A uniform lon/lat grid of labelled segments, to find the segments near a point without scanning them all. */
export class SegmentGrid<L> {
  private readonly cells = new Map<string, { a: Position; b: Position; label: L }[]>();

  constructor(private readonly cellDeg = 0.1) {}

  add(a: Position, b: Position, label: L): void {
    const c = this.cellDeg;
    const x0 = Math.floor(Math.min(a[0]!, b[0]!) / c);
    const x1 = Math.floor(Math.max(a[0]!, b[0]!) / c);
    const y0 = Math.floor(Math.min(a[1]!, b[1]!) / c);
    const y1 = Math.floor(Math.max(a[1]!, b[1]!) / c);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const key = `${x},${y}`;
        let cell = this.cells.get(key);
        if (!cell) this.cells.set(key, (cell = []));
        cell.push({ a, b, label });
      }
  }

  addRing(ring: Position[], label: L): void {
    for (let i = 1; i < ring.length; i++) this.add(ring[i - 1]!, ring[i]!, label);
  }

  /** Labels of all segments within `km` of the point. */
  near(p: Position, km: number): Set<L> {
    const c = this.cellDeg;
    const dy = Math.ceil(km / KM_PER_DEGREE / c);
    const cos = Math.max(0.05, Math.cos((p[1]! * Math.PI) / 180));
    const dx = Math.ceil(km / (KM_PER_DEGREE * cos) / c);
    const cx = Math.floor(p[0]! / c);
    const cy = Math.floor(p[1]! / c);
    const out = new Set<L>();
    for (let x = cx - dx; x <= cx + dx; x++)
      for (let y = cy - dy; y <= cy + dy; y++) {
        const cell = this.cells.get(`${x},${y}`);
        if (!cell) continue;
        for (const s of cell) if (!out.has(s.label) && pointSegmentKm(p, s.a, s.b) <= km) out.add(s.label);
      }
    return out;
  }
}
