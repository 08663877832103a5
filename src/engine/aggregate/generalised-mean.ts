import { geometricMean } from './geometric-mean.js';

/**
 * Weighted generalised (power) mean (Σ wᵢxᵢᵖ / Σ wᵢ)^(1/p): p = 1 arithmetic, p = −1 harmonic, p → 0 geometric.
 * @example generalisedMean([1, 3], [1, 1], 2) // √5
 */
export function generalisedMean(x: ArrayLike<number>, w: ArrayLike<number>, p: number): number {
  if (p === 0) return geometricMean(x, w);
  let sw = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (v < 0 || (v === 0 && p < 0))
      throw new RangeError(`generalisedMean: value ${v} not allowed with p = ${p}`);
    sw += w[i]!;
    s += w[i]! * v ** p;
  }
  return sw === 0 ? NaN : (s / sw) ** (1 / p);
}
