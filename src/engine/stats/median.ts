import { quantile } from './quantile.js';

/**
 * Median of the finite values.
 * @example median([3, 1, NaN, 2]) // 2
 */
export function median(x: ArrayLike<number>): number {
  return quantile(x, 0.5);
}
