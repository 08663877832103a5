/**
 * Weighted geometric mean of positive values; missing values drop out with their weights (COINr a_gmean).
 * Zero or negative values have no geometric mean: normalise onto a positive range (e.g. [1, 100]) first.
 * @example geometricMean([1, 100], [1, 1]) // 10
 */
export function geometricMean(x: ArrayLike<number>, w: ArrayLike<number>): number {
  let sw = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (v <= 0)
      throw new RangeError(
        `geometricMean: value ${v} is not positive; normalise onto a positive range such as [1, 100]`,
      );
    sw += w[i]!;
    s += w[i]! * Math.log(v);
  }
  return sw === 0 ? NaN : Math.exp(s / sw);
}
