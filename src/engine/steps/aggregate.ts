import { copeland } from '../aggregate/copeland.js';
import { MeanDomainError, weightedMean } from '../aggregate/weighted-mean.js';
import type { Dataset } from '../dataset.js';
import { childrenOf, maxLevel, type Framework, type FrameworkNode } from '../framework.js';
import type { IndexSpec } from '../spec.js';

/** Weights of the children of the aggregates at `level`, given the columns computed so far. */
export type WeightRule = (level: number, columns: Record<string, Float64Array>) => Record<string, number>;

/** One aggregate of the plan: its children, as positions in the plan's node list. */
export interface PlannedAggregate {
  node: FrameworkNode;
  /** Position of the aggregate in `AggregationPlan.nodes`. */
  at: number;
  /** Position of its column among the plan's outputs (aggregates in plan order). */
  out: number;
  kids: FrameworkNode[];
  kidsAt: Int32Array;
  /** Per child: whether its column comes from the data (an indicator), so it is met again and its logs are kept. */
  fromData: boolean[];
  /**
   * Per child: its column and weight, filled in by each aggregation (which is synchronous, and the means keep neither
   * array): a plan serves many replications, and two small arrays per aggregate per replication add up.
   */
  cols: Float64Array[];
  kw: number[];
}

/**
 * The framework's aggregates level by level, each with its children: worked out once, used by every run. Columns and
 * weights go to `aggregateNodes` as arrays indexed like `nodes`, so a run looks nothing up by code.
 */
export interface AggregationPlan {
  top: number;
  nodes: FrameworkNode[];
  /** How many aggregates the plan computes: the columns of output it needs. */
  aggregates: number;
  levels: { level: number; nodes: PlannedAggregate[] }[];
}

export function aggregationPlan(framework: Framework): AggregationPlan {
  const children = childrenOf(framework);
  const top = maxLevel(framework);
  const position = new Map<string, number>();
  framework.nodes.forEach((n, i) => position.set(n.code, i));
  const levels: AggregationPlan['levels'] = [];
  let out = 0;
  // Plain loops: the plan is made at every runIndex, and typed arrays from iterables are slow to build.
  for (let level = 2; level <= top; level++) {
    const nodes: PlannedAggregate[] = [];
    framework.nodes.forEach((node, at) => {
      if (node.level !== level) return;
      const kids = children.get(node.code) ?? [];
      const kidsAt = new Int32Array(kids.length);
      for (let k = 0; k < kids.length; k++) kidsAt[k] = position.get(kids[k]!.code)!;
      nodes.push({
        node,
        at,
        out: out++,
        kids,
        kidsAt,
        fromData: kids.map((k) => k.level === 1),
        cols: kids.map(() => NO_COLUMN),
        kw: kids.map(() => 0),
      });
    });
    levels.push({ level, nodes });
  }
  return { top, nodes: framework.nodes, aggregates: out, levels };
}

const NO_COLUMN = new Float64Array(0);

/**
 * Aggregate level by level up the framework on node-indexed arrays: `columns[i]` is the column of `plan.nodes[i]`
 * (the indicators given; each aggregate's is set here to `outputs[its out]`) and `weights[i]` its weight (or, for
 * data-driven weights, a function of the level, called once the level below is computed). An aggregate is missing
 * where the share of available children is below `minAvailability`.
 */
export function aggregateNodes(
  columns: (Float64Array | undefined)[],
  weights: ArrayLike<number> | ((level: number) => ArrayLike<number>),
  spec: IndexSpec['aggregate'],
  plan: AggregationPlan,
  units: readonly string[],
  outputs: Float64Array[],
): void {
  const n = units.length;
  for (const { level, nodes } of plan.levels) {
    const m = spec.levels?.[String(level)] ?? spec;
    const w = typeof weights === 'function' ? weights(level) : weights;
    for (const { node, at, out, kids, kidsAt, fromData, cols, kw } of nodes) {
      for (let k = 0; k < kidsAt.length; k++) {
        const c = columns[kidsAt[k]!];
        if (!c) throw new Error(`aggregate: ${node.code} needs ${kids[k]!.code}, which is not in the data`);
        cols[k] = c;
        kw[k] = w[kidsAt[k]!]!;
      }
      const y = outputs[out]!;
      if (m.method === 'copeland') copeland(cols, kw, y);
      else
        try {
          weightedMean(cols, kw, m, fromData, y);
        } catch (err) {
          if (!(err instanceof MeanDomainError)) throw err;
          throw new Error(`aggregate: ${node.code} for unit ${units[err.row]}: ${err.message}`, {
            cause: err,
          });
        }
      if (spec.minAvailability !== undefined) {
        const available = new Float64Array(n);
        for (const c of cols)
          for (let i = 0; i < n; i++) if (!Number.isNaN(c[i]!)) available[i] = available[i]! + 1;
        for (let i = 0; i < n; i++) if (available[i]! / cols.length < spec.minAvailability) y[i] = NaN;
      }
      columns[at] = y;
    }
  }
}

/** One column of n per aggregate of the plan, all views of one allocation. */
export function aggregateOutputs(plan: AggregationPlan, n: number): Float64Array[] {
  // Small typed arrays each cost more to allocate and collect than to fill.
  const block = new Float64Array(n * plan.aggregates);
  return Array.from({ length: plan.aggregates }, (_, k) => block.subarray(k * n, (k + 1) * n));
}

/**
 * Aggregate level by level up the framework: each aggregate from its children with their weights (a node not in
 * `weights` keeps the framework's). Returns the normalised indicators plus every aggregate column. `plan` may be
 * passed when aggregating the same framework many times.
 */
export function aggregate(
  data: Dataset,
  framework: Framework,
  weightsOrRule: Record<string, number> | WeightRule,
  spec: IndexSpec['aggregate'],
  plan: AggregationPlan = aggregationPlan(framework),
): Dataset {
  const columns: Record<string, Float64Array> = { ...data.columns };
  const byNode = plan.nodes.map((nd) => (nd.level === 1 ? data.columns[nd.code] : undefined));
  const byCode = (w: Record<string, number>) => plan.nodes.map((nd) => w[nd.code] ?? nd.weight);
  // The aggregates join the columns in plan order (level by level), each as soon as it is computed.
  const publish = (below: number) => {
    for (const { level, nodes } of plan.levels)
      if (level < below) for (const a of nodes) columns[a.node.code] = byNode[a.at]!;
  };
  aggregateNodes(
    byNode,
    typeof weightsOrRule === 'function'
      ? (level) => {
          // Data-driven weights (PCA) need the columns of the level below.
          publish(level);
          return byCode(weightsOrRule(level, columns));
        }
      : byCode(weightsOrRule),
    spec,
    plan,
    data.units,
    aggregateOutputs(plan, data.units.length),
  );
  publish(Infinity);
  return { units: data.units, columns };
}
