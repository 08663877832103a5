import type { Dataset } from '../dataset.js';
import { maxLevel, validateFramework } from '../framework.js';
import type { IndexInput } from '../index-input.js';
import { runIndex } from '../pipeline.js';
import { rank } from '../stats/rank.js';
import type { IndexSpec } from '../spec.js';
import { aggregate, aggregationPlan } from '../steps/aggregate.js';
import { resolveWeights } from '../steps/weights.js';
import { normalisedMemo } from './normalised-memo.js';

export interface Replication {
  units: string[];
  /** The top aggregate (the index) per unit. */
  scores: Float64Array;
  /** Rank per unit, 1 = highest score; NaN where the score is missing. */
  ranks: Float64Array;
  /** Every column of the aggregated table (normalised indicators and aggregates), for analyses such as classes. */
  columns: Record<string, Float64Array>;
}

/** What an uncertainty run keeps of a replication: the index and the ranks, not every column. */
export type RankedReplication = Pick<Replication, 'units' | 'scores' | 'ranks'>;

/** Ranks with 1 for the highest value (sport ranking for ties), into `out` when given. */
export function descendingRanks(x: Float64Array, out?: Float64Array): Float64Array {
  return rank(x, 'min', true, out);
}

/**
 * Runs the pipeline for many specs quickly: the data up to normalisation is memoised (see normalisedMemo), so a
 * replication recomputes only what its factors change (usually weighting and aggregation). The results are those
 * of `runIndex` for the same spec.
 */
export function createReplicator(
  input: IndexInput,
  /** The data up to normalisation per spec: shared with other replicators of the same input. */
  normalised: (spec: IndexSpec) => Dataset = normalisedMemo(input),
): (spec: IndexSpec) => Replication {
  validateFramework(input.framework);
  const top = input.framework.nodes.find((n) => n.level === maxLevel(input.framework))!.code;
  const plan = aggregationPlan(input.framework);
  return (spec) => {
    const agg =
      spec.weight.method === 'pca'
        ? runIndex(input, spec).steps.Aggregated
        : aggregate(
            normalised(spec),
            input.framework,
            resolveWeights(input.framework, spec.weight, spec.weightSets),
            spec.aggregate,
            plan,
          );
    const scores = agg.columns[top]!;
    return { units: agg.units, scores, ranks: descendingRanks(scores), columns: agg.columns };
  };
}
