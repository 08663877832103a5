import { centralMoments, type CentralMoments } from './central-moments.js';

/** Skewness (type 2) from central moment sums; NaN with fewer than 3 values. */
export function skewnessOf({ n, m2, m3 }: CentralMoments): number {
  if (n < 3) return NaN;
  const g = (Math.sqrt(n) * m3) / m2 ** 1.5;
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample skewness, type 2 of e1071 (Excel's SKEW), as COINr's `skew()`, over the finite values. NaN with fewer
 * than 3 values.
 * @example skewness([1, 2, 3, 10]) // 1.76…
 */
export function skewness(x: ArrayLike<number>): number {
  return skewnessOf(centralMoments(x));
}
