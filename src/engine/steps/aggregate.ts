import { copeland } from '../aggregate/copeland.js';
import { MeanDomainError, weightedMean } from '../aggregate/weighted-mean.js';
import type { Dataset } from '../dataset.js';
import { childrenOf, maxLevel, type Framework, type FrameworkNode } from '../framework.js';
import type { IndexSpec } from '../spec.js';

/** Weights of the children of the aggregates at `level`, given the columns computed so far. */
export type WeightRule = (level: number, columns: Record<string, Float64Array>) => Record<string, number>;

/** The framework's aggregates level by level, each with its children: worked out once, used by every run. */
export interface AggregationPlan {
  top: number;
  levels: { level: number; nodes: { node: FrameworkNode; kids: FrameworkNode[] }[] }[];
}

export function aggregationPlan(framework: Framework): AggregationPlan {
  const children = childrenOf(framework);
  const top = maxLevel(framework);
  const levels: AggregationPlan['levels'] = [];
  for (let level = 2; level <= top; level++)
    levels.push({
      level,
      nodes: framework.nodes
        .filter((x) => x.level === level)
        .map((node) => ({ node, kids: children.get(node.code) ?? [] })),
    });
  return { top, levels };
}

/**
 * Aggregate level by level up the framework: each aggregate from its children with their weights. An aggregate is
 * missing where the share of available children is below `minAvailability`. Returns the normalised indicators
 * plus every aggregate column. `plan` may be passed when aggregating the same framework many times.
 */
export function aggregate(
  data: Dataset,
  framework: Framework,
  weightsOrRule: Record<string, number> | WeightRule,
  spec: IndexSpec['aggregate'],
  plan: AggregationPlan = aggregationPlan(framework),
): Dataset {
  const columns: Record<string, Float64Array> = { ...data.columns };
  const n = data.units.length;
  // The columns made here are new at every call; the input columns may come back (memoised across replications).
  const computed = new Set<Float64Array>();
  // One allocation for every aggregate column: small typed arrays each cost more to allocate and collect than to fill.
  const block = new Float64Array(n * plan.levels.reduce((k, l) => k + l.nodes.length, 0));
  let at = 0;
  for (const { level, nodes } of plan.levels) {
    const m = spec.levels?.[String(level)] ?? spec;
    // Data-driven weights (PCA) need the columns of the level below, so they are resolved level by level.
    const weights = typeof weightsOrRule === 'function' ? weightsOrRule(level, columns) : weightsOrRule;
    for (const { node, kids } of nodes) {
      const cols = kids.map((k) => {
        const c = columns[k.code];
        if (!c) throw new Error(`aggregate: ${node.code} needs ${k.code}, which is not in the data`);
        return c;
      });
      const w = kids.map((k) => weights[k.code] ?? k.weight);
      let y: Float64Array;
      if (m.method === 'copeland') y = copeland(cols, w);
      else
        try {
          y = weightedMean(
            cols,
            w,
            m,
            cols.map((c) => !computed.has(c)),
            block.subarray(at * n, ++at * n),
          );
        } catch (err) {
          if (!(err instanceof MeanDomainError)) throw err;
          throw new Error(`aggregate: ${node.code} for unit ${data.units[err.row]}: ${err.message}`, {
            cause: err,
          });
        }
      if (spec.minAvailability !== undefined) {
        const available = new Float64Array(n);
        for (const c of cols)
          for (let i = 0; i < n; i++) if (!Number.isNaN(c[i]!)) available[i] = available[i]! + 1;
        for (let i = 0; i < n; i++) if (available[i]! / cols.length < spec.minAvailability) y[i] = NaN;
      }
      columns[node.code] = y;
      computed.add(y);
    }
  }
  return { units: data.units, columns };
}
