/**
 * A unit × column matrix: one Float64Array per column, NaN for a missing value. Columns keep insertion order.
 * Every step of the pipeline takes a Dataset and returns a new one; nothing is modified in place.
 */
export interface Dataset {
  units: string[];
  columns: Record<string, Float64Array>;
}

/** Keep only the units whose index is listed. */
export function selectUnits(d: Dataset, keep: ArrayLike<number>): Dataset {
  const columns: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(d.columns)) {
    const y = new Float64Array(keep.length);
    for (let j = 0; j < keep.length; j++) y[j] = v[keep[j]!]!;
    columns[k] = y;
  }
  return { units: Array.from(keep, (i) => d.units[i]!), columns };
}

/**
 * Apply `f` to every value of a column into a new column. A plain loop: Float64Array.from with a mapping
 * function is several times slower in V8, and this runs inside every replication.
 */
export function mapColumn(x: ArrayLike<number>, f: (v: number, i: number) => number): Float64Array {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = f(x[i]!, i);
  return y;
}
