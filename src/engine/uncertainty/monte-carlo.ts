import type { IndexInput } from '../index-input.js';
import { mulberry32 } from '../random/mulberry32.js';
import { parseSpec, type IndexSpec, type IndexSpecInput } from '../spec.js';
import type { Design } from './design.js';
import { createDesignReplicator } from './design-replicator.js';
import { rankStats, type UnitRankStats } from './rank-stats.js';
import { createReplicator, type RankedReplication } from './replicator.js';

export interface UncertaintyOptions {
  runs: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface UncertaintyResult {
  runs: number;
  failed: number;
  /** Why runs failed (e.g. a geometric mean over zeros), with how many times. */
  failures: Record<string, number>;
  seed: number;
  design: Design;
  spec: IndexSpec;
  units: UnitRankStats[];
}

/** The u-vectors of a Monte Carlo run: `runs` points, one coordinate per factor, from the seeded PRNG. */
export function monteCarloSample(runs: number, factors: number, seed: number): Float64Array[] {
  const rand = mulberry32(seed);
  return Array.from({ length: runs }, () => Float64Array.from({ length: factors }, () => rand()));
}

/**
 * Evaluate replications for the given u-vectors. Runs that throw are counted by message, not hidden.
 * Exported for workers, which each take a slice of the sample.
 */
export function replicate(
  input: IndexInput,
  base: IndexSpec,
  design: Design,
  sample: Float64Array[],
  onEach?: () => void,
): { results: (RankedReplication | null)[]; failures: Record<string, number> } {
  // Only the index and ranks are kept: thousands of runs × every column would be garbage to collect (or, from
  // workers, to copy).
  const run = createDesignReplicator(input, base, design);
  const failures: Record<string, number> = {};
  const results = sample.map((u) => {
    try {
      return run(u);
    } catch (err) {
      const msg = (err as Error).message.replace(/for unit \S+/, 'for some unit');
      failures[msg] = (failures[msg] ?? 0) + 1;
      return null;
    } finally {
      onEach?.();
    }
  });
  return { results, failures };
}

/**
 * Uncertainty analysis: run the index under `runs` random combinations of the design's factors (seeded,
 * reproducible) and summarise each unit's rank.
 */
export function runUncertainty(
  input: IndexInput,
  specInput: IndexSpecInput | IndexSpec,
  design: Design,
  options: UncertaintyOptions,
): UncertaintyResult {
  const spec = parseSpec(specInput);
  const nominal = createReplicator(input)(spec);
  const sample = monteCarloSample(options.runs, design.factors.length, options.seed);
  let done = 0;
  const { results, failures } = replicate(input, spec, design, sample, () =>
    options.onProgress?.(++done, options.runs),
  );
  return summarise(input, spec, design, options, nominal, results, failures);
}

export function summarise(
  _input: IndexInput,
  spec: IndexSpec,
  design: Design,
  options: Pick<UncertaintyOptions, 'runs' | 'seed'>,
  nominal: RankedReplication,
  results: (RankedReplication | null)[],
  failures: Record<string, number>,
): UncertaintyResult {
  const ok = results.filter((r): r is RankedReplication => r !== null);
  if (!ok.length) throw new Error(`runUncertainty: every run failed: ${Object.keys(failures).join('; ')}`);
  return {
    runs: options.runs,
    failed: options.runs - ok.length,
    failures,
    seed: options.seed,
    design,
    spec,
    units: rankStats(
      nominal.units,
      nominal.ranks,
      nominal.scores,
      ok.map((r) => r.ranks),
      ok.map((r) => r.scores),
    ),
  };
}
