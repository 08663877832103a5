/**
 * Weighted harmonic mean of positive values; missing values drop out with their weights (COINr a_hmean).
 * @example harmonicMean([1, 4], [1, 1]) // 1.6
 */
export function harmonicMean(x: ArrayLike<number>, w: ArrayLike<number>): number {
  let sw = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (v <= 0)
      throw new RangeError(
        `harmonicMean: value ${v} is not positive; normalise onto a positive range such as [1, 100]`,
      );
    sw += w[i]!;
    s += w[i]! / v;
  }
  return sw === 0 ? NaN : sw / s;
}
