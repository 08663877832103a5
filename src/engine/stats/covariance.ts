import { pairedMoments } from './paired-moments.js';

/**
 * Sample covariance over the rows where both values are finite (R's cov(use = "pairwise.complete.obs")).
 * @example covariance([1, 2, 3], [2, 4, 6]) // 2
 */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const { n, sxy } = pairedMoments(x, y);
  return n < 2 ? NaN : sxy / (n - 1);
}
