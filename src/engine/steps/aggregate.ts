import { arithmeticMean } from '../aggregate/arithmetic-mean.js';
import { copeland } from '../aggregate/copeland.js';
import { generalisedMean } from '../aggregate/generalised-mean.js';
import { geometricMean } from '../aggregate/geometric-mean.js';
import { harmonicMean } from '../aggregate/harmonic-mean.js';
import type { Dataset } from '../dataset.js';
import { childrenOf, maxLevel, type Framework } from '../framework.js';
import type { AggregateMethod, IndexSpec } from '../spec.js';

/** Weights of the children of the aggregates at `level`, given the columns computed so far. */
export type WeightRule = (level: number, columns: Record<string, Float64Array>) => Record<string, number>;

function rowMean(m: AggregateMethod): (x: number[], w: number[]) => number {
  switch (m.method) {
    case 'arithmetic':
      return arithmeticMean;
    case 'geometric':
      return geometricMean;
    case 'harmonic':
      return harmonicMean;
    case 'generalised': {
      if (m.p === undefined) throw new Error('aggregate: the generalised mean needs "p"');
      const p = m.p;
      return (x, w) => generalisedMean(x, w, p);
    }
    case 'copeland':
      throw new Error('unreachable');
  }
}

/**
 * Aggregate level by level up the framework: each aggregate from its children with their weights. An aggregate is
 * missing where the share of available children is below `minAvailability`. Returns the normalised indicators
 * plus every aggregate column.
 */
export function aggregate(
  data: Dataset,
  framework: Framework,
  weightsOrRule: Record<string, number> | WeightRule,
  spec: IndexSpec['aggregate'],
): Dataset {
  const columns: Record<string, Float64Array> = { ...data.columns };
  const children = childrenOf(framework);
  const n = data.units.length;
  for (let level = 2; level <= maxLevel(framework); level++) {
    const m = spec.levels?.[String(level)] ?? spec;
    // Data-driven weights (PCA) need the columns of the level below, so they are resolved level by level.
    const weights = typeof weightsOrRule === 'function' ? weightsOrRule(level, columns) : weightsOrRule;
    for (const node of framework.nodes.filter((x) => x.level === level)) {
      const kids = children.get(node.code) ?? [];
      const cols = kids.map((k) => {
        const c = columns[k.code];
        if (!c) throw new Error(`aggregate: ${node.code} needs ${k.code}, which is not in the data`);
        return c;
      });
      const w = kids.map((k) => weights[k.code] ?? k.weight);
      let y: Float64Array;
      if (m.method === 'copeland') y = copeland(cols, w);
      else {
        const f = rowMean(m);
        y = new Float64Array(n);
        const row = new Array<number>(cols.length);
        for (let i = 0; i < n; i++) {
          for (let k = 0; k < cols.length; k++) row[k] = cols[k]![i]!;
          try {
            y[i] = f(row, w);
          } catch (err) {
            throw new Error(`aggregate: ${node.code} for unit ${data.units[i]}: ${(err as Error).message}`, {
              cause: err,
            });
          }
        }
      }
      if (spec.minAvailability !== undefined)
        for (let i = 0; i < n; i++) {
          const available = cols.filter((c) => !Number.isNaN(c[i]!)).length / cols.length;
          if (available < spec.minAvailability) y[i] = NaN;
        }
      columns[node.code] = y;
    }
  }
  return { units: data.units, columns };
}
