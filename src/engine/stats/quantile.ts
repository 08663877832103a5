import { finite } from './finite.js';

/**
 * Quantile of the finite values with linear interpolation (R's default, type 7).
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(x: ArrayLike<number>, p: number): number {
  const v = finite(x).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const h = (v.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return v[lo]! + (h - lo) * (v[hi]! - v[lo]!);
}
