/**
 * Pearson correlation over the pairs where both values are finite (R's `use = "pairwise.complete.obs"`).
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.99…
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
      n++;
      sx += x[i]!;
      sy += y[i]!;
    }
  if (n < 2) return NaN;
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
      const dx = x[i]! - mx;
      const dy = y[i]! - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
  return sxy / Math.sqrt(sxx * syy);
}
