// The same index engine as the CLI and the server, run in the browser on the data served by /api/index/input.
import type { Framework } from '../../../src/engine/framework';
import type { DocumentedNode } from '../../../src/regional/documented-node';
import type { IndexInput } from '../../../src/engine/index-input';
import { runIndex, type IndexResult } from '../../../src/engine/pipeline';
import type { IndexSpec, IndexSpecInput } from '../../../src/engine/spec';
import type { Design } from '../../../src/engine/uncertainty/design';

export interface InputPayload {
  universe: string;
  units: string[];
  unitNames: string[];
  columns: Record<string, (number | null)[]>;
  groups: Record<string, (string | null)[]>;
  denominators: Record<string, (number | null)[]>;
  framework: DocumentedNode[];
  spec: IndexSpec;
  design: Design;
}

const f64 = (xs: (number | null)[]) => Float64Array.from(xs, (v) => (v === null ? NaN : v));

export function toInput(p: InputPayload): IndexInput {
  const framework: Framework = { nodes: p.framework };
  return {
    data: {
      units: p.units,
      columns: Object.fromEntries(Object.entries(p.columns).map(([k, v]) => [k, f64(v)])),
    },
    unitNames: p.unitNames,
    groups: p.groups,
    denominators: Object.fromEntries(Object.entries(p.denominators).map(([k, v]) => [k, f64(v)])),
    framework,
  };
}

export function whatIfSpec(
  base: IndexSpec,
  weights: Record<string, number>,
  norm: string,
  agg: string,
): IndexSpecInput {
  const normalise =
    norm === 'zscore'
      ? { method: 'zscore' as const, mean: 50, sd: 10 }
      : norm === 'rank'
        ? { method: 'percentile_rank' as const }
        : {
            method: 'minmax' as const,
            range: (agg === 'geometric' ? [1, 100] : [0, 100]) as [number, number],
          };
  return {
    ...base,
    normalise,
    aggregate: { ...base.aggregate, method: agg as 'arithmetic' | 'geometric' },
    weight: Object.keys(weights).length ? { method: 'manual', weights } : base.weight,
  };
}

export function compute(input: IndexInput, spec: IndexSpecInput): { result: IndexResult; ms: number } {
  const t = performance.now();
  const result = runIndex(input, spec);
  return { result, ms: performance.now() - t };
}

export type { IndexResult, IndexSpec };
