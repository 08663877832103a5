/**
 * Copeland scores: for each pair of units, the unit better on the greater weight of (commonly available)
 * indicators wins; score = wins − losses. A non-compensatory aggregation (COINr a_copeland).
 * `columns` are the children's values, each aligned with the units.
 * @example copeland([[1, 2, 3], [1, 3, 2]], [1, 1]) // [-2, 1, 1]
 */
export function copeland(
  columns: ArrayLike<number>[],
  w: ArrayLike<number>,
  /** Where to write the scores (e.g. a view into a block shared by many aggregates). */
  out: Float64Array = new Float64Array(columns[0]?.length ?? 0),
): Float64Array {
  const n = columns[0]?.length ?? 0;
  out.fill(0);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      let wa = 0;
      let wb = 0;
      for (let k = 0; k < columns.length; k++) {
        const xa = columns[k]![a]!;
        const xb = columns[k]![b]!;
        if (Number.isNaN(xa) || Number.isNaN(xb)) continue;
        if (xa > xb) wa += w[k]!;
        else if (xb > xa) wb += w[k]!;
      }
      if (wa > wb) {
        out[a]!++;
        out[b]!--;
      } else if (wb > wa) {
        out[b]!++;
        out[a]!--;
      }
    }
  return out;
}
