/**
 * The finite values of a column (missing values are NaN in the engine).
 * @example finite(new Float64Array([1, NaN, 3])) // [1, 3]
 */
export function finite(x: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) out.push(x[i]!);
  return out;
}
