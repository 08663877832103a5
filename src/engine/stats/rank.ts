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

// Where short columns are sorted, kept between calls: a typed array with a buffer of its own costs more to allocate
// (and collect) than ranking fifty values, and uncertainty analysis ranks thousands of such columns. Ranking is
// synchronous, so one scratch serves every call.
const SCRATCH_MAX = 1024;
let scratch = new Float64Array(64);

/** A column of m values to sort: a view of the scratch when m is small, else a new array. */
function sortScratch(m: number): Float64Array {
  if (m > SCRATCH_MAX) return new Float64Array(m);
  if (m > scratch.length) scratch = new Float64Array(SCRATCH_MAX);
  return scratch.subarray(0, m);
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
  const v = sortScratch(m);
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
