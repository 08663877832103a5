import type { Position } from 'geojson';

/**
 * A map keyed by a point's exact coordinates (as `${x},${y}` would key it, without turning doubles into strings,
 * which dominated the time of deriving borders).
 */
export class VertexMap<V> {
  private readonly byX = new Map<number, Map<number, V>>();

  get(p: Position): V | undefined {
    return this.byX.get(p[0]!)?.get(p[1]!);
  }

  set(p: Position, value: V): void {
    let byY = this.byX.get(p[0]!);
    if (!byY) this.byX.set(p[0]!, (byY = new Map()));
    byY.set(p[1]!, value);
  }
}
