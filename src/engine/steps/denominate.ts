import type { Dataset } from '../dataset.js';
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
  const pairs = Object.entries(by);
  const n = data.units.length;
  // One allocation for every denominated column (large buffers each push the collector towards a full collection).
  const block = new Float64Array(n * pairs.length);
  for (const [k, [code, denom]] of pairs.entries()) {
    const x = data.columns[code];
    if (!x) throw new Error(`denominate: indicator ${JSON.stringify(code)} is not in the data`);
    const d = denominators[denom];
    if (!d)
      throw new Error(`denominate: denominator ${JSON.stringify(denom)} (for ${code}) is not in the data`);
    const y = block.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) y[i] = x[i]! / d[i]!;
    columns[code] = y;
  }
  return { units: data.units, columns };
}
