/**
 * Weighted arithmetic mean; missing values (NaN) drop out with their weights (COINr a_amean).
 * @example arithmeticMean([1, 3], [1, 3]) // 2.5
 */
export function arithmeticMean(x: ArrayLike<number>, w: ArrayLike<number>): number {
  let sw = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) sw += w[i]!;
  if (sw === 0) return NaN;
  let s = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) s += (w[i]! / sw) * x[i]!;
  return s;
}
