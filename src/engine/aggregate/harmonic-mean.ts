import { generalisedMean } from './generalised-mean.js';

/**
 * Weighted harmonic mean of positive values (the generalised mean with p = −1); missing values drop out with
 * their weights (COINr a_hmean).
 * @example harmonicMean([1, 4], [1, 1]) // 1.6
 */
export function harmonicMean(x: ArrayLike<number>, w: ArrayLike<number>): number {
  return generalisedMean(x, w, -1);
}
