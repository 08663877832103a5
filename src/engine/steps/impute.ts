import type { Dataset } from '../dataset.js';
import { selectQuantiles } from '../stats/select.js';
import type { IndexSpec } from '../spec.js';
import { groupIndex } from './group-index.js';

export interface ImputedPoint {
  unit: string;
  indicator: string;
  value: number;
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
 * Every imputed point is recorded. Columns without a missing value are passed on as they are.
 */
export function impute(
  data: Dataset,
  groups: Record<string, (string | null)[]>,
  spec: IndexSpec['impute'],
): { data: Dataset; imputed: ImputedPoint[] } {
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
  const imputed: ImputedPoint[] = [];
  const columns: Record<string, Float64Array> = {};
  const n = data.units.length;
  const entries = Object.entries(data.columns);
  // The imputed columns share one allocation, made at the first column that needs it (with a million units each
  // column is 8 MB, and every few such buffers cost a full garbage collection of everything else alive).
  let block: Float64Array | null = null;
  let used = 0;
  const copyOf = (x: Float64Array, k: number) => {
    block ??= new Float64Array(n * (entries.length - k));
    const y = block.subarray(used * n, ++used * n);
    y.set(x);
    return y;
  };
  for (const [k, [code, x]] of entries.entries()) {
    let y: Float64Array | null = null;
    let fill: Float64Array | null = null;
    for (let i = 0; i < x.length; i++) {
      const g = ids[i]!;
      if (!Number.isNaN(x[i]!) || g < 0) continue;
      fill ??= fillOf(x, ids, count);
      const v = fill[g]!;
      if (Number.isNaN(v)) continue;
      y ??= copyOf(x, k);
      y[i] = v;
      imputed.push({ unit: data.units[i]!, indicator: code, value: v });
    }
    columns[code] = y ?? x;
  }
  return { data: { units: data.units, columns }, imputed };
}
