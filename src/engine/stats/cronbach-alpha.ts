import { covariance } from './covariance.js';

/**
 * Cronbach's alpha from the covariance matrix of the columns, each covariance on pairwise complete rows (as
 * COINr's get_cronbach): with Σ the sum of all covariances and c̄ the mean off-diagonal one, α = k²·c̄ / Σ.
 * Equals k/(k−1)·(1 − Σ var(item) / var(total)) when no value is missing.
 * @example cronbachAlpha([[1, 2, 3], [2, 4, 6]]) // 0.888…
 */
export function cronbachAlpha(columns: ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return NaN;
  let all = 0;
  let diagonal = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const c = covariance(columns[i]!, columns[j]!);
      if (Number.isNaN(c)) continue;
      all += c;
      if (i === j) diagonal += c;
    }
  const meanOff = (all - diagonal) / (k * (k - 1));
  return (k * k * meanOff) / all;
}
