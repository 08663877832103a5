import { pearson } from './pearson.js';
import { rank } from './rank.js';

/**
 * Spearman rank correlation: Pearson on average ranks of the complete pairs.
 * @example spearman([1, 2, 3, 4], [1, 3, 2, 4]) // 0.8
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++)
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) {
      xs.push(x[i]!);
      ys.push(y[i]!);
    }
  return pearson(rank(xs, 'average'), rank(ys, 'average'));
}
