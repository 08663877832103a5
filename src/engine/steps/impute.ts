import type { Dataset } from '../dataset.js';
import { mean } from '../stats/mean.js';
import { median } from '../stats/median.js';
import type { IndexSpec } from '../spec.js';

export interface ImputedPoint {
  unit: string;
  indicator: string;
  value: number;
}

/**
 * Fill missing values column by column with the mean or median of the available values — of all units, or of
 * the unit's group (COINr i_mean, i_median, i_mean_grp, i_median_grp). Units without a group are left missing.
 * Every imputed point is recorded.
 */
export function impute(
  data: Dataset,
  groups: Record<string, (string | null)[]>,
  spec: IndexSpec['impute'],
): { data: Dataset; imputed: ImputedPoint[] } {
  if (spec.method === 'none') return { data, imputed: [] };
  const f = spec.method.startsWith('mean') ? mean : median;
  let labels: (string | null)[];
  if (spec.method.endsWith('_group')) {
    const g = groups[spec.group!];
    if (!g)
      throw new Error(
        `impute: group ${JSON.stringify(spec.group)} is not in the data; groups: ${Object.keys(groups).join(', ')}`,
      );
    labels = g;
  } else labels = data.units.map(() => '*');
  const imputed: ImputedPoint[] = [];
  const columns: Record<string, Float64Array> = {};
  for (const [code, x] of Object.entries(data.columns)) {
    const y = Float64Array.from(x);
    const fill = new Map<string, number>();
    for (let i = 0; i < x.length; i++) {
      const label = labels[i];
      if (!Number.isNaN(x[i]!) || label === null || label === undefined) continue;
      let v = fill.get(label);
      if (v === undefined) {
        v = f(x.filter((_, j) => labels[j] === label));
        fill.set(label, v);
      }
      if (!Number.isNaN(v)) {
        y[i] = v;
        imputed.push({ unit: data.units[i]!, indicator: code, value: v });
      }
    }
    columns[code] = y;
  }
  return { data: { units: data.units, columns }, imputed };
}
