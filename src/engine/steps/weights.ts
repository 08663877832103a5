import type { Framework } from '../framework.js';
import type { IndexSpec } from '../spec.js';

/**
 * The weight of every node (indicators and aggregates) under the spec: the framework's own weights, equal
 * weights, or manual ones (nodes not listed keep the framework's weight).
 */
export function resolveWeights(framework: Framework, spec: IndexSpec['weight']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of framework.nodes) {
    if (spec.method === 'equal') out[n.code] = 1;
    else if (spec.method === 'manual') out[n.code] = spec.weights[n.code] ?? n.weight;
    else out[n.code] = n.weight;
  }
  if (spec.method === 'manual')
    for (const code of Object.keys(spec.weights))
      if (!(code in out)) throw new Error(`weight: ${JSON.stringify(code)} is not a node of the framework`);
  return out;
}
