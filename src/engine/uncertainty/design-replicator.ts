import { columnArena } from '../column-arena.js';
import type { Dataset } from '../dataset.js';
import { maxLevel } from '../framework.js';
import type { IndexInput } from '../index-input.js';
import type { IndexSpec } from '../spec.js';
import { aggregateNodes, aggregateOutputs, aggregationPlan } from '../steps/aggregate.js';
import { resolveWeights } from '../steps/weights.js';
import { designSampler } from './design-sampler.js';
import type { Design } from './design.js';
import { normalisedMemo } from './normalised-memo.js';
import { createReplicator, descendingRanks, type RankedReplication } from './replicator.js';

/** What the replications with one combination of discrete choices share. */
type Combination =
  | {
      units: string[];
      /** By node: the normalised indicators; the aggregates' places are rewritten by every replication. */
      columns: (Float64Array | undefined)[];
      /** By node; null when the design's weight noise sets them at every replication. */
      weights: Float64Array | null;
      aggregate: IndexSpec['aggregate'];
    }
  /** Data-driven (PCA) weights: such replications take the general path. */
  | { spec: IndexSpec };

/**
 * The replications of a design, point by point: `(u) => ranked replication`, the result of `runIndex` for the spec
 * `specSampler` gives at u. What depends only on the discrete choices — the validated spec, the data up to
 * normalisation, the weights unless they are noisy — is worked out once per combination of choices; a replication
 * then only draws its weight noise, aggregates and ranks, on arrays indexed by node (no lookups by code, no objects
 * per replication). Scores and ranks are carved from shared buffers (see columnArena).
 */
export function createDesignReplicator(
  input: IndexInput,
  base: IndexSpec,
  design: Design,
): (u: ArrayLike<number>) => RankedReplication {
  const normalised = normalisedMemo(input);
  const general = createReplicator(input, normalised);
  const sampler = designSampler(base, input.framework, design.factors);
  const plan = aggregationPlan(input.framework);
  const top = plan.levels.find((l) => l.level === maxLevel(input.framework))!.nodes[0]!.out;
  const combinations = new Map<number, Combination>();
  const combination = (spec: IndexSpec): Combination => {
    if (spec.weight.method === 'pca') return { spec };
    const data: Dataset = normalised(spec);
    const w = sampler.baseWeights ? null : resolveWeights(input.framework, spec.weight, spec.weightSets);
    return {
      units: data.units,
      columns: plan.nodes.map((n) => (n.level === 1 ? data.columns[n.code] : undefined)),
      weights: w && Float64Array.from(plan.nodes, (n) => w[n.code]!),
      aggregate: spec.aggregate,
    };
  };
  const noisy = new Float64Array(plan.nodes.length);
  // The aggregates below the top are scratch, reused by every replication with as many units.
  const scratch = new Map<number, Float64Array[]>();
  const column = columnArena();
  return (u) => {
    const choice = sampler.choice(u);
    let c = combinations.get(choice);
    if (!c) combinations.set(choice, (c = combination(sampler.specOf(choice))));
    if ('spec' in c) {
      const { units, scores, ranks } = general(c.spec);
      return { units, scores, ranks };
    }
    const n = c.units.length;
    let outputs = scratch.get(n);
    if (!outputs) scratch.set(n, (outputs = aggregateOutputs(plan, n)));
    const scores = (outputs[top] = column(n));
    let weights = c.weights;
    if (!weights) sampler.noisyWeights(u, (weights = noisy));
    aggregateNodes(c.columns, weights, c.aggregate, plan, c.units, outputs);
    return { units: c.units, scores, ranks: descendingRanks(scores, column(n)) };
  };
}
