import type { Dataset } from '../dataset.js';
import { selectQuantiles } from '../stats/select.js';
import type { IndexSpec } from '../spec.js';
import { groupIndex } from './group-index.js';

/**
 * The points of one indicator that imputation filled in: their rows (unit positions in the data) and the values put
 * there. Kept as typed columns, not a record per point: a million units with 1 % missing in 50 indicators would be
 * half a million objects for every garbage collection to walk.
 */
export interface ImputedPoints {
  indicator: string;
  rows: Int32Array;
  values: Float64Array;
}

/** Per group, the mean of the column's finite values (NaN for a group without any), in one pass. */
function groupMeans(x: Float64Array, ids: Int32Array, groups: number): Float64Array {
  const sum = new Float64Array(groups);
  const count = new Float64Array(groups);
  for (let i = 0; i < x.length; i++) {
    const g = ids[i]!;
    const v = x[i]!;
    if (g >= 0 && Number.isFinite(v)) {
      sum[g] = sum[g]! + v;
      count[g] = count[g]! + 1;
    }
  }
  for (let g = 0; g < groups; g++) sum[g] = count[g] ? sum[g]! / count[g]! : NaN;
  return sum;
}

/** How many values are missing (NaN) in rows that belong to a group: the points imputation may fill. */
function missingInGroups(x: Float64Array, ids: Int32Array): number {
  let k = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== x[i] && ids[i]! >= 0) k++;
  return k;
}

/** Per group, the median of the column's finite values: values bucketed by group, then one selection per group. */
function groupMedians(x: Float64Array, ids: Int32Array, groups: number): Float64Array {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < x.length; i++)
    if (ids[i]! >= 0 && Number.isFinite(x[i]!)) start[ids[i]! + 1] = start[ids[i]! + 1]! + 1;
  for (let g = 0; g < groups; g++) start[g + 1] = start[g + 1]! + start[g]!;
  const at = start.slice(0, groups);
  const values = new Float64Array(start[groups]!);
  for (let i = 0; i < x.length; i++)
    if (ids[i]! >= 0 && Number.isFinite(x[i]!)) values[at[ids[i]!]!++] = x[i]!;
  const out = new Float64Array(groups);
  for (let g = 0; g < groups; g++)
    out[g] = selectQuantiles(values.subarray(start[g]!, start[g + 1]!), start[g + 1]! - start[g]!, [0.5])[0]!;
  return out;
}

/**
 * Fill missing values column by column with the mean or median of the available values — of all units, or of
 * the unit's group (COINr i_mean, i_median, i_mean_grp, i_median_grp). Units without a group are left missing.
 * Every imputed point is recorded (per indicator, as rows and values). Columns without a missing value are passed
 * on as they are.
 */
export function impute(
  data: Dataset,
  groups: Record<string, (string | null)[]>,
  spec: IndexSpec['impute'],
): { data: Dataset; imputed: ImputedPoints[] } {
  if (spec.method === 'none') return { data, imputed: [] };
  let ids: Int32Array;
  let count = 1;
  if (spec.method.endsWith('_group')) {
    const g = groups[spec.group!];
    if (!g)
      throw new Error(
        `impute: group ${JSON.stringify(spec.group)} is not in the data; groups: ${Object.keys(groups).join(', ')}`,
      );
    const index = groupIndex(g);
    ids = index.ids;
    count = index.labels.length;
  } else ids = new Int32Array(data.units.length);
  const fillOf = spec.method.startsWith('mean') ? groupMeans : groupMedians;
  const imputed: ImputedPoints[] = [];
  const columns: Record<string, Float64Array> = {};
  const n = data.units.length;
  const entries = Object.entries(data.columns);
  // The imputed columns share one allocation, made at the first column that needs it (with a million units each
  // column is 8 MB, and every few such buffers cost a full garbage collection of everything else alive).
  let block: Float64Array | null = null;
  let used = 0;
  for (const [k, [code, x]] of entries.entries()) {
    const missing = missingInGroups(x, ids);
    if (!missing) {
      columns[code] = x;
      continue;
    }
    const fill = fillOf(x, ids, count);
    const rows = new Int32Array(missing);
    const values = new Float64Array(missing);
    let m = 0;
    block ??= new Float64Array(n * (entries.length - k));
    const y = block.subarray(used * n, ++used * n);
    y.set(x);
    for (let i = 0; i < x.length; i++) {
      const g = ids[i]!;
      if (x[i] === x[i] || g < 0) continue;
      const v = fill[g]!;
      // A group without any available value has no mean to give: the point stays missing.
      if (v !== v) continue;
      y[i] = v;
      rows[m] = i;
      values[m++] = v;
    }
    // Only groups without any value left every point missing: the column is passed on as it is.
    if (!m) {
      used--;
      columns[code] = x;
      continue;
    }
    columns[code] = y;
    imputed.push({ indicator: code, rows: rows.subarray(0, m), values: values.subarray(0, m) });
  }
  return { data: { units: data.units, columns }, imputed };
}
