import { childrenOf, type Framework } from '../framework.js';
import { pca } from '../stats/pca.js';
import type { WeightRule } from './aggregate.js';
import type { IndexSpec } from '../spec.js';

/**
 * The weight of every node (indicators and aggregates) under the spec: the framework's own weights, equal
 * weights, or manual ones (nodes not listed keep the framework's weight).
 */
export function resolveWeights(
  framework: Framework,
  spec: IndexSpec['weight'],
  sets: IndexSpec['weightSets'] = {},
): Record<string, number> {
  let manual: Record<string, number> | null = null;
  if (spec.method === 'manual') manual = spec.weights;
  else if (spec.method === 'set') {
    manual = sets?.[spec.name] ?? null;
    if (!manual)
      throw new Error(
        `weight: no weight set ${JSON.stringify(spec.name)}; sets: ${Object.keys(sets ?? {}).join(', ') || 'none'}`,
      );
  }
  const out: Record<string, number> = {};
  for (const n of framework.nodes) out[n.code] = spec.method === 'equal' ? 1 : (manual?.[n.code] ?? n.weight);
  if (manual)
    for (const code of Object.keys(manual))
      if (!(code in out)) throw new Error(`weight: ${JSON.stringify(code)} is not a node of the framework`);
  return out;
}

/**
 * PCA weights (OECD/JRC Handbook): within each aggregate, the children's squared loadings on the first principal
 * component, scaled to sum to 1 — variables that share more variance get more weight. Computed level by level on
 * the columns available (normalised indicators, then aggregates).
 */
export function pcaWeightRule(framework: Framework): WeightRule {
  const children = childrenOf(framework);
  return (level, columns) => {
    const out: Record<string, number> = {};
    for (const node of framework.nodes.filter((x) => x.level === level)) {
      const kids = children.get(node.code) ?? [];
      if (kids.length === 1) {
        out[kids[0]!.code] = 1;
        continue;
      }
      const loadings = pca(kids.map((k) => columns[k.code]!)).loadings[0]!;
      const sq = loadings.map((l) => l * l);
      const total = sq.reduce((a, b) => a + b, 0);
      kids.forEach((k, i) => (out[k.code] = sq[i]! / total));
    }
    return out;
  };
}

/**
 * Effective weight of every node in the top aggregate: the product of its normalised weights (share among its
 * siblings) along the path to the top (COINr get_eff_weights). Exact for arithmetic aggregation; a guide otherwise.
 */
export function effectiveWeights(
  framework: Framework,
  weights: Record<string, number>,
): Record<string, number> {
  const children = childrenOf(framework);
  const out: Record<string, number> = {};
  const top = framework.nodes.filter((n) => n.parent === null);
  const walk = (code: string, share: number) => {
    out[code] = share;
    const kids = children.get(code) ?? [];
    const total = kids.reduce((s, k) => s + (weights[k.code] ?? k.weight), 0);
    for (const k of kids) walk(k.code, total ? (share * (weights[k.code] ?? k.weight)) / total : 0);
  };
  for (const t of top) walk(t.code, 1);
  return out;
}
