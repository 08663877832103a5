import type { Position } from 'geojson';

/**
 * Land as a lon/lat raster in a band of latitudes, filled from polygon rings by even-odd scanlines (an outer ring
 * and its holes toggle the same cells, so holes stay water). Coarse but enough to tell sea from land along a line.
 */
export class LandRaster {
  private readonly cells: Uint8Array;
  private readonly cols: number;
  private readonly rows: number;

  constructor(
    rings: Iterable<Position[]>,
    private readonly cellDeg: number,
    private readonly latMin: number,
    private readonly latMax: number,
  ) {
    this.cols = Math.round(360 / cellDeg);
    this.rows = Math.ceil((latMax - latMin) / cellDeg);
    this.cells = new Uint8Array(this.cols * this.rows);
    for (const ring of rings) this.fill(ring);
  }

  /**
   * This raster with more rings filled in, as a new raster: each ring toggles its own cells whatever is there, so
   * the result is the raster of all the rings together, in any order.
   */
  with(rings: Iterable<Position[]>): LandRaster {
    const r = new LandRaster([], this.cellDeg, this.latMin, this.latMax);
    r.cells.set(this.cells);
    for (const ring of rings) r.fill(ring);
    return r;
  }

  private fill(ring: Position[]): void {
    const c = this.cellDeg;
    const crossings = new Map<number, number[]>();
    for (let i = 1; i < ring.length; i++) {
      const [xa, ya] = ring[i - 1] as [number, number];
      const [xb, yb] = ring[i] as [number, number];
      if (ya === yb) continue;
      const r0 = Math.max(0, Math.ceil((Math.min(ya, yb) - this.latMin) / c - 0.5));
      const r1 = Math.min(this.rows - 1, Math.floor((Math.max(ya, yb) - this.latMin) / c - 0.5));
      for (let r = r0; r <= r1; r++) {
        const y = this.latMin + (r + 0.5) * c;
        if (ya > y === yb > y) continue;
        const x = xa + ((y - ya) * (xb - xa)) / (yb - ya);
        let list = crossings.get(r);
        if (!list) crossings.set(r, (list = []));
        list.push(x);
      }
    }
    for (const [r, xs] of crossings) {
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const from = Math.max(0, Math.ceil((xs[k]! + 180) / c - 0.5));
        const to = Math.min(this.cols - 1, Math.floor((xs[k + 1]! + 180) / c - 0.5));
        for (let col = from; col <= to; col++) this.cells[r * this.cols + col]! ^= 1;
      }
    }
  }

  isLand(p: Position): boolean {
    const r = Math.floor((p[1]! - this.latMin) / this.cellDeg);
    if (r < 0 || r >= this.rows) return false;
    const lon = ((((p[0]! + 180) % 360) + 360) % 360) - 180;
    const col = Math.min(this.cols - 1, Math.floor((lon + 180) / this.cellDeg));
    return this.cells[r * this.cols + col] === 1;
  }

  /**
   * Share of points along the line a → b (every `stepKm`, leaving out `endKm` at both ends, where coasts blur)
   * that fall on water; for a line too short to have inner points, whether its midpoint is on water.
   */
  waterShare(a: Position, b: Position, lengthKm: number, stepKm: number, endKm: number): number {
    let dx = b[0]! - a[0]!;
    if (dx > 180) dx -= 360;
    if (dx < -180) dx += 360;
    const dy = b[1]! - a[1]!;
    let n = 0;
    let water = 0;
    for (let s = endKm; s <= lengthKm - endKm; s += stepKm) {
      const t = s / lengthKm;
      n++;
      if (!this.isLand([a[0]! + t * dx, a[1]! + t * dy])) water++;
    }
    if (n === 0) return this.isLand([a[0]! + dx / 2, a[1]! + dy / 2]) ? 0 : 1;
    return water / n;
  }
}
