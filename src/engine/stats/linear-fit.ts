import { pairedMoments } from './paired-moments.js';

export interface LinearFit {
  intercept: number;
  slope: number;
  /** Share of the variance of y explained by x. */
  r2: number;
  /** Rows where both values are finite. */
  n: number;
}

/**
 * Ordinary least squares of y on x over the rows where both are finite.
 * @example linearFit([1, 2, 3], [3, 5, 7]) // { intercept: 1, slope: 2, r2: 1, n: 3 }
 */
export function linearFit(x: ArrayLike<number>, y: ArrayLike<number>): LinearFit {
  const { n, sxx, syy, sxy } = pairedMoments(x, y);
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
      sx += x[i]!;
      sy += y[i]!;
    }
  const slope = sxy / sxx;
  return { intercept: sy / n - slope * (sx / n), slope, r2: (sxy * sxy) / (sxx * syy), n };
}
