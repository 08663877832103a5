/**
 * Quantiles with linear interpolation (R's default, type 7) of whole numbers given by their counts: `count[v]` values
 * equal to v, `n` in all. The numbers `selectQuantiles` gives for the values themselves, found by walking the counts
 * instead of rearranging the values: for ranks, which take few distinct values over many runs.
 * @example countedQuantiles(Int32Array.of(0, 2, 1, 1), 4, [0.5]) // the values 1, 1, 2, 3: [1.5]
 */
export function countedQuantiles(count: ArrayLike<number>, n: number, ps: readonly number[]): number[] {
  if (n === 0) return ps.map(() => NaN);
  // The walk: v and how many values are ≤ v. Ascending `ps` continue where the previous quantile stopped.
  let v = 0;
  let upTo = count[0]!;
  /** The k-th smallest value (from 0): the smallest v with more than k values ≤ v. */
  const orderStatistic = (k: number) => {
    if (upTo - count[v]! > k) {
      v = 0;
      upTo = count[0]!;
    }
    while (upTo <= k) upTo += count[++v]!;
    return v;
  };
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const x = orderStatistic(lo);
    if (h === lo) return x;
    const next = orderStatistic(lo + 1);
    return x + (h - lo) * (next - x);
  });
}
