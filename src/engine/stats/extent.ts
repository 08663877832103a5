/**
 * Minimum and maximum of the non-missing values ([Infinity, −Infinity] when there are none).
 * @example extent([3, NaN, 1, 2]) // [1, 3]
 */
export function extent(x: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}
