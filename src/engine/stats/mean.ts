/**
 * Arithmetic mean of the finite values; NaN when there are none.
 * @example mean([1, 2, NaN, 3]) // 2
 */
export function mean(x: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      s += v;
      n++;
    }
  }
  return n === 0 ? NaN : s / n;
}
