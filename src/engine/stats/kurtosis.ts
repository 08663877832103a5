/**
 * Sample excess kurtosis, type 2 of e1071 (Excel's KURT), as COINr's `kurt()`, over the finite values. NaN with
 * fewer than 4 values. Allocation-free.
 * @example kurtosis([1, 2, 3, 4, 5]) // -1.2
 */
export function kurtosis(x: ArrayLike<number>): number {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      n++;
      s += v;
    }
  }
  if (n < 4) return NaN;
  const m = s / n;
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    const d2 = (v - m) ** 2;
    s2 += d2;
    s4 += d2 * d2;
  }
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
