import { runIndex } from '../src/engine/pipeline.js';
import { parseSpec } from '../src/engine/spec.js';
import { COINR_EXAMPLE_DESIGN } from '../src/engine/uncertainty/design.js';
import { monteCarloSample, replicate } from '../src/engine/uncertainty/monte-carlo.js';
import { parallelReplicate } from '../src/parallel/parallel-replicate.js';
import { ASEM_SPEC, asemInput } from '../test/helpers/coinr.js';
import { medianMs } from './measure.js';

const SPEC = parseSpec(ASEM_SPEC);

/** COINr's ASEM example: full pipeline time, and uncertainty throughput for COINr's documented design. */
export async function benchEngine(): Promise<[string, string][]> {
  const input = asemInput();
  for (let i = 0; i < 50; i++) runIndex(input, SPEC);
  const full = await medianMs(200, () => runIndex(input, SPEC));
  const k = COINR_EXAMPLE_DESIGN.factors.length;
  const warm = monteCarloSample(500, k, 1);
  replicate(input, SPEC, COINR_EXAMPLE_DESIGN, warm);
  const runs = 10000;
  const sample = monteCarloSample(runs, k, 2);
  let t = performance.now();
  replicate(input, SPEC, COINR_EXAMPLE_DESIGN, sample);
  const oneCore = runs / ((performance.now() - t) / 1000);
  const big = monteCarloSample(40000, k, 3);
  t = performance.now();
  await parallelReplicate(input, SPEC, COINR_EXAMPLE_DESIGN, big, { workers: 2, minPerWorker: 1000 });
  const twoWorkers = big.length / ((performance.now() - t) / 1000);
  return [
    ['full pipeline, ASEM 51×49 (median of 200)', `${full.toFixed(3)} ms`],
    ['uncertainty, COINr example design, 1 core', `${Math.round(oneCore)} replications/s (10,000 runs)`],
    [
      'uncertainty, 2 worker threads',
      `${Math.round(twoWorkers)} replications/s (40,000 runs, incl. worker start-up)`,
    ],
  ];
}
