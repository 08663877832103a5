import type { Dataset } from '../dataset.js';
import { maxLevel, validateFramework } from '../framework.js';
import type { IndexInput } from '../index-input.js';
import { runIndex } from '../pipeline.js';
import { rank } from '../stats/rank.js';
import type { IndexSpec } from '../spec.js';
import { aggregate, aggregationPlan } from '../steps/aggregate.js';
import { denominate } from '../steps/denominate.js';
import { impute } from '../steps/impute.js';
import { normalise } from '../steps/normalise.js';
import { screen } from '../steps/screen.js';
import { treat } from '../steps/treat.js';
import { resolveWeights } from '../steps/weights.js';

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

/** Ranks with 1 for the highest value (sport ranking for ties). */
export function descendingRanks(x: Float64Array): Float64Array {
  return rank(x, 'min', true);
}

/**
 * Runs the pipeline for many specs quickly: every stage is memoised on its own spec and the upstream stages', so
 * a replication recomputes only what its factors change (usually weighting and aggregation). The results are
 * those of `runIndex` for the same spec.
 */
export function createReplicator(input: IndexInput): (spec: IndexSpec) => Replication {
  validateFramework(input.framework);
  const top = input.framework.nodes.find((n) => n.level === maxLevel(input.framework))!.code;
  const raw = runIndex(input, { denominate: { method: 'none' }, normalise: { method: 'none' } }).steps.Raw;
  const plan = aggregationPlan(input.framework);
  const cache = new Map<string, { data: Dataset }>();
  const memo = (key: string, f: () => { data: Dataset }) => {
    let v = cache.get(key);
    if (!v) cache.set(key, (v = f()));
    return v;
  };
  // Replications share the parts of their specs (see specSampler): each part is serialised once.
  const json = new WeakMap<object, string>();
  const keyOf = (part: object) => {
    let k = json.get(part);
    if (k === undefined) json.set(part, (k = JSON.stringify(part)));
    return k;
  };
  return (spec) => {
    const k1 = keyOf(spec.denominate) + keyOf(spec.impute) + keyOf(spec.screen);
    const pre = memo(k1, () => {
      const d = denominate(raw, input.framework, input.denominators, spec.denominate);
      const imp = impute(d, input.groups, spec.impute);
      return { data: screen(imp.data, spec.screen).data };
    });
    const k2 = k1 + keyOf(spec.treat);
    const treated = memo(k2, () => ({ data: treat(pre.data, spec.treat).data }));
    const k3 = k2 + keyOf(spec.normalise);
    const normalised = memo(k3, () => ({ data: normalise(treated.data, input.framework, spec.normalise) }));
    const agg =
      spec.weight.method === 'pca'
        ? runIndex(input, spec).steps.Aggregated
        : aggregate(
            normalised.data,
            input.framework,
            resolveWeights(input.framework, spec.weight, spec.weightSets),
            spec.aggregate,
            plan,
          );
    const scores = agg.columns[top]!;
    return { units: agg.units, scores, ranks: descendingRanks(scores), columns: agg.columns };
  };
}
