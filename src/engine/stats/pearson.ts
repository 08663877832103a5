import { pairedMoments } from './paired-moments.js';

/**
 * Pearson correlation over the pairs where both values are finite (R's `use = "pairwise.complete.obs"`).
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.99…
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const { n, sxx, syy, sxy } = pairedMoments(x, y);
  return n < 2 ? NaN : sxy / Math.sqrt(sxx * syy);
}
