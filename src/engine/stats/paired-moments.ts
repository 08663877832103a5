/**
 * Over the rows where both values are finite (R's "pairwise.complete.obs"): their count and the centred sums
 * Σdx², Σdy², Σdx·dy — the basis of covariance and Pearson correlation.
 * @example pairedMoments([1, 2, 3], [2, 4, NaN]) // { n: 2, sxx: 0.5, syy: 2, sxy: 1 }
 */
export function pairedMoments(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { n: number; sxx: number; syy: number; sxy: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
      n++;
      sx += x[i]!;
      sy += y[i]!;
    }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
      const dx = x[i]! - mx;
      const dy = y[i]! - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
  return { n, sxx, syy, sxy };
}
