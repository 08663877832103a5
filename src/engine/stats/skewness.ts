import { centralMoments } from './central-moments.js';

/**
 * Sample skewness, type 2 of e1071 (Excel's SKEW), as COINr's `skew()`, over the finite values. NaN with fewer
 * than 3 values.
 * @example skewness([1, 2, 3, 10]) // 1.76…
 */
export function skewness(x: ArrayLike<number>): number {
  const { n, m2, m3 } = centralMoments(x);
  if (n < 3) return NaN;
  const g = (Math.sqrt(n) * m3) / m2 ** 1.5;
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}
