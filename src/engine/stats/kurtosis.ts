import { centralMoments, type CentralMoments } from './central-moments.js';

/** Excess kurtosis (type 2) from central moment sums; NaN with fewer than 4 values. */
export function kurtosisOf({ n, m2, m4 }: CentralMoments): number {
  if (n < 4) return NaN;
  const r = (n * m4) / (m2 * m2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/**
 * Sample excess kurtosis, type 2 of e1071 (Excel's KURT), as COINr's `kurt()`, over the finite values. NaN with
 * fewer than 4 values.
 * @example kurtosis([1, 2, 3, 4, 5]) // -1.2
 */
export function kurtosis(x: ArrayLike<number>): number {
  return kurtosisOf(centralMoments(x));
}
