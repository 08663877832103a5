import { finite } from './finite.js';

/**
 * Sample skewness, type 2 of e1071 (Excel's SKEW), as COINr's `skew()`. NaN with fewer than 3 values.
 * @example skewness([1, 2, 3, 10]) // 1.8…
 */
export function skewness(x: ArrayLike<number>): number {
  const v = finite(x);
  const n = v.length;
  if (n < 3) return NaN;
  const m = v.reduce((s, a) => s + a, 0) / n;
  let s2 = 0;
  let s3 = 0;
  for (const a of v) {
    const d = a - m;
    s2 += d * d;
    s3 += d * d * d;
  }
  const g = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}
