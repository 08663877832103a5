/**
 * Rearrange `a[lo..hi]` so that `a[k]` holds the value it would have if sorted, smaller-or-equal values before it
 * and greater-or-equal after (Hoare's selection, median-of-three pivot): O(n) on average, no comparator calls.
 * `a` must hold no NaN.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot, moved to a[mid].
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Quantiles with linear interpolation (R's default, type 7) of the first `n` values of `a`, which must be finite;
 * `a` is rearranged. `ps` ascending lets each selection work right of the previous one.
 * @example selectQuantiles(Float64Array.of(4, 1, 3, 2), 4, [0.5]) // [2.5]
 */
export function selectQuantiles(a: Float64Array, n: number, ps: readonly number[]): number[] {
  if (n === 0) return ps.map(() => NaN);
  let from = 0;
  let prev = -1;
  return ps.map((p) => {
    if (p < prev) from = 0;
    prev = p;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const v = selectInPlace(a, lo, from, n - 1);
    from = lo;
    if (h === lo) return v;
    // Every value right of `lo` is now ≥ a[lo]: the next order statistic is the smallest of them.
    const next = selectInPlace(a, lo + 1, lo + 1, n - 1);
    return v + (h - lo) * (next - v);
  });
}
