/**
 * The finite values of a column (missing values are NaN in the engine) in a new Float64Array, and how many there
 * are (the array may be longer).
 * @example finiteValues(new Float64Array([1, NaN, 3])) // { values: [1, 3, 0], n: 2 }
 */
export function finiteValues(x: ArrayLike<number>): { values: Float64Array; n: number } {
  const values = new Float64Array(x.length);
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) values[n++] = v;
  }
  return { values, n };
}
