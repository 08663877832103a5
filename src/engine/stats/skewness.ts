/**
 * Sample skewness, type 2 of e1071 (Excel's SKEW), as COINr's `skew()`, over the finite values. NaN with fewer
 * than 3 values. Allocation-free: it runs many times per winsorisation.
 * @example skewness([1, 2, 3, 10]) // 1.76…
 */
export function skewness(x: ArrayLike<number>): number {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      n++;
      s += v;
    }
  }
  if (n < 3) return NaN;
  const m = s / n;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    const d = v - m;
    s2 += d * d;
    s3 += d * d * d;
  }
  const g = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}
