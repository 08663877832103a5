export type Ties = 'min' | 'average' | 'max';

/** How many of the sorted values `v` are below `x` (`orEqual`: at most `x`): a binary search. */
function countBelow(v: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v[mid]! < x || (orEqual && v[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranks of the values, 1 = smallest (or largest, `descending`); NaN stays NaN (R's `rank(na.last = "keep")`). Ties get the minimum rank
 * (sport ranking, COINr's default) or their average (for Spearman correlation).
 * @example rank([10, 30, 20, 20]) // [1, 4, 2, 2]
 */
export function rank(
  x: ArrayLike<number>,
  ties: Ties = 'min',
  descending = false,
  /** Where to write the ranks; a new array when not given. */
  out: Float64Array = new Float64Array(x.length),
): Float64Array {
  // The finite values sorted natively, then each value's place by binary search: sorting positions with a comparator
  // calls back into JavaScript for every comparison, several times slower. Equal values (0 and −0 too) are counted
  // together, as ties.
  let m = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) m++;
  const v = new Float64Array(m);
  m = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) v[m++] = x[i]!;
  v.sort();
  const average = ties === 'average';
  const low = ties === 'min';
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (!Number.isFinite(xi)) {
      out[i] = NaN;
      continue;
    }
    // The tie group of xi spans sorted positions first..last (0-based), counted from the top when descending; each
    // bound needs one search.
    const below = average || low !== descending ? countBelow(v, xi, false) : 0;
    const upTo = average || low === descending ? countBelow(v, xi, true) : 0;
    const first = descending ? m - upTo : below;
    const last = descending ? m - below - 1 : upTo - 1;
    out[i] = ties === 'min' ? first + 1 : ties === 'max' ? last + 1 : (first + last) / 2 + 1;
  }
  return out;
}
