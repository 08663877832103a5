import { rank } from '../engine/stats/rank.js';

/**
 * Rank-biserial correlation between membership of a published group and a score: 2·AUC − 1, where AUC is the
 * probability that a member outscores a non-member (ties count half; Mann–Whitney U / (n₁·n₀)). +1 when every
 * member ranks above every other unit, 0 when membership says nothing about the score, −1 when reversed.
 * @example rankBiserial([3, 2, 1], [true, false, false]) // 1
 */
export function rankBiserial(scores: readonly number[], member: readonly boolean[]): number {
  const r = rank(scores, 'average');
  let n1 = 0;
  let sum1 = 0;
  for (let i = 0; i < scores.length; i++)
    if (member[i]) {
      n1++;
      sum1 += r[i]!;
    }
  const n0 = scores.length - n1;
  if (n1 === 0 || n0 === 0) return NaN;
  const u = sum1 - (n1 * (n1 + 1)) / 2;
  return (2 * u) / (n1 * n0) - 1;
}
