/**
 * Sample covariance over the rows where both values are finite (R's cov(use = "pairwise.complete.obs")).
 * @example covariance([1, 2, 3], [2, 4, 6]) // 2
 */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
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
  let s = 0;
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) s += (x[i]! - mx) * (y[i]! - my);
  return s / (n - 1);
}
