import { finite } from './finite.js';

/**
 * Sample excess kurtosis, type 2 of e1071 (Excel's KURT), as COINr's `kurt()`. NaN with fewer than 4 values.
 * @example kurtosis([1, 2, 3, 4, 100]) // 4.99…
 */
export function kurtosis(x: ArrayLike<number>): number {
  const v = finite(x);
  const n = v.length;
  if (n < 4) return NaN;
  const m = v.reduce((s, a) => s + a, 0) / n;
  let s2 = 0;
  let s4 = 0;
  for (const a of v) {
    const d2 = (a - m) ** 2;
    s2 += d2;
    s4 += d2 * d2;
  }
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
