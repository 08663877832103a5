import { finiteValues } from './finite.js';
import { selectQuantiles } from './select.js';

/**
 * Quantiles of the finite values with linear interpolation (R's default, type 7), by selection.
 * @example quantiles([1, 2, 3, 4], [0.05, 0.5]) // [1.15, 2.5]
 */
export function quantiles(x: ArrayLike<number>, ps: readonly number[]): number[] {
  const { values, n } = finiteValues(x);
  return selectQuantiles(values, n, ps);
}

/**
 * Quantile of the finite values with linear interpolation (R's default, type 7).
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(x: ArrayLike<number>, p: number): number {
  return quantiles(x, [p])[0]!;
}
