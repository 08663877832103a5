import { mapColumn, type Dataset } from '../dataset.js';
import { indicatorsOf, type Framework } from '../framework.js';
import type { IndexSpec } from '../spec.js';

/**
 * Divide indicators by their denominators (population, area, GDP…): those named in the framework's
 * `denominator` (method "metadata"), or in `by` (method "custom").
 * @example denominate(raw, framework, denoms, { method: 'metadata' })
 */
export function denominate(
  data: Dataset,
  framework: Framework,
  denominators: Record<string, Float64Array>,
  spec: IndexSpec['denominate'],
): Dataset {
  if (spec.method === 'none') return data;
  const by: Record<string, string> =
    spec.method === 'custom'
      ? spec.by
      : Object.fromEntries(
          indicatorsOf(framework).flatMap((n) => (n.denominator ? [[n.code, n.denominator]] : [])),
        );
  const columns: Record<string, Float64Array> = { ...data.columns };
  for (const [code, denom] of Object.entries(by)) {
    const x = data.columns[code];
    if (!x) throw new Error(`denominate: indicator ${JSON.stringify(code)} is not in the data`);
    const d = denominators[denom];
    if (!d)
      throw new Error(`denominate: denominator ${JSON.stringify(denom)} (for ${code}) is not in the data`);
    columns[code] = mapColumn(x, (v, i) => v / d[i]!);
  }
  return { units: data.units, columns };
}
