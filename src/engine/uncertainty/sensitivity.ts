import type { IndexInput } from '../index-input.js';
import { parseSpec, type IndexSpec, type IndexSpecInput } from '../spec.js';
import type { Design } from './design.js';
import { replicate } from './monte-carlo.js';
import { createReplicator, type Replication } from './replicator.js';
import { saltelliSample, sobolWithBootstrap } from './sobol.js';

export interface SensitivityResult {
  n: number;
  runs: number;
  failed: number;
  seed: number;
  /** The output analysed: mean absolute shift of the units' ranks from the nominal ranking (COINr's default). */
  output: 'mean_abs_rank_shift';
  factors: {
    name: string;
    first: number;
    firstCI: [number, number];
    total: number;
    totalCI: [number, number];
  }[];
  variance: number;
}

/** One row per factor: first-order and total indices with their confidence intervals. */
export function sobolFactors(
  design: Design,
  s: ReturnType<typeof sobolWithBootstrap>,
): SensitivityResult['factors'] {
  return design.factors.map((f, i) => ({
    name: f.name,
    first: s.first[i]!,
    firstCI: s.firstCI[i]!,
    total: s.total[i]!,
    totalCI: s.totalCI[i]!,
  }));
}

/** Mean over units of |rank − nominal rank|, over units ranked in both. */
export function meanAbsRankShift(r: Pick<Replication, 'ranks'>, nominal: Pick<Replication, 'ranks'>): number {
  let s = 0;
  let m = 0;
  for (let i = 0; i < r.ranks.length; i++) {
    const a = r.ranks[i]!;
    const b = nominal.ranks[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    s += Math.abs(a - b);
    m++;
  }
  return m ? s / m : NaN;
}

/**
 * Variance-based sensitivity analysis: Saltelli design with N base points (N·(k + 2) runs), Jansen estimators,
 * bootstrap confidence intervals. Failed runs make the analysis fail, since the estimators need every run.
 */
export function runSensitivity(
  input: IndexInput,
  specInput: IndexSpecInput | IndexSpec,
  design: Design,
  options: {
    n: number;
    seed: number;
    bootstrap?: number;
    onProgress?: (done: number, total: number) => void;
  },
): SensitivityResult {
  const spec = parseSpec(specInput);
  const k = design.factors.length;
  const { points } = saltelliSample(options.n, k, options.seed);
  const nominal = createReplicator(input)(spec);
  let done = 0;
  const { results, failures } = replicate(input, spec, design, points, () =>
    options.onProgress?.(++done, points.length),
  );
  const failed = results.filter((r) => r === null).length;
  if (failed)
    throw new Error(
      `runSensitivity: ${failed} of ${points.length} runs failed: ${Object.keys(failures).join('; ')}`,
    );
  const y = Float64Array.from(results, (r) => meanAbsRankShift(r!, nominal));
  const s = sobolWithBootstrap(y, options.n, k, {
    bootstrap: options.bootstrap ?? 500,
    seed: options.seed + 1,
  });
  return {
    n: options.n,
    runs: points.length,
    failed,
    seed: options.seed,
    output: 'mean_abs_rank_shift',
    variance: s.variance,
    factors: sobolFactors(design, s),
  };
}
