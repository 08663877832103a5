import type { Position } from 'geojson';

// The bits of a coordinate, for hashing (one shared scratch: the map is used from one thread at a time).
const scratch = new Float64Array(1);
const bits = new Uint32Array(scratch.buffer);

/** A hash of the exact coordinates x, y (−0 as 0, as a Map keyed by numbers treats them). */
function hashOf(x: number, y: number): number {
  scratch[0] = x === 0 ? 0 : x;
  let h = Math.imul(bits[0]! ^ Math.imul(bits[1]!, 0x9e3779b1), 0x85ebca6b);
  scratch[0] = y === 0 ? 0 : y;
  h = Math.imul(h ^ bits[0]! ^ (h >>> 15), 0xc2b2ae35) ^ Math.imul(bits[1]!, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A map keyed by a point's exact coordinates (as `${x},${y}` would key it, without turning doubles into strings):
 * open addressing over typed arrays, since nested Maps keyed by doubles took most of the time of deriving borders.
 */
export class VertexMap<V> {
  private xs = new Float64Array(64);
  private ys = new Float64Array(64);
  /** Per slot: 1 + the index of the value, 0 for an empty slot. */
  private slots = new Int32Array(32);
  private readonly values: V[] = [];

  /** The slot holding (x, y), or the empty slot where it would go. */
  private find(x: number, y: number): number {
    const mask = this.slots.length - 1;
    let s = hashOf(x, y) & mask;
    for (;;) {
      const v = this.slots[s]!;
      if (v === 0 || (this.xs[v - 1] === x && this.ys[v - 1] === y)) return s;
      s = (s + 1) & mask;
    }
  }

  get(p: Position): V | undefined {
    const v = this.slots[this.find(p[0]!, p[1]!)]!;
    return v === 0 ? undefined : this.values[v - 1];
  }

  set(p: Position, value: V): void {
    const x = p[0]!;
    const y = p[1]!;
    const s = this.find(x, y);
    const v = this.slots[s]!;
    if (v !== 0) {
      this.values[v - 1] = value;
      return;
    }
    const k = this.values.length;
    this.values.push(value);
    if (k >= this.xs.length) {
      const xs = new Float64Array(2 * this.xs.length);
      const ys = new Float64Array(2 * this.ys.length);
      xs.set(this.xs);
      ys.set(this.ys);
      this.xs = xs;
      this.ys = ys;
    }
    this.xs[k] = x;
    this.ys[k] = y;
    this.slots[s] = k + 1;
    // At most half full, so that probes stay short.
    if (2 * (k + 1) > this.slots.length) this.rehash();
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.values.length; k++) {
      let s = hashOf(this.xs[k]!, this.ys[k]!) & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = k + 1;
    }
  }
}
