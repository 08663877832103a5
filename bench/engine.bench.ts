import { runIndex } from '../src/engine/pipeline.js';
import { parseSpec } from '../src/engine/spec.js';
import { COINR_EXAMPLE_DESIGN } from '../src/engine/uncertainty/design.js';
import { monteCarloSample, runUncertainty } from '../src/engine/uncertainty/monte-carlo.js';
import { parallelReplicate } from '../src/parallel/parallel-replicate.js';
import { ASEM_SPEC, asemInput } from '../test/helpers/coinr.js';
import { medianMs } from './measure.js';
import { measured } from './targets.js';

const SPEC = parseSpec(ASEM_SPEC);

/** COINr's ASEM example: full pipeline time, and uncertainty throughput for COINr's documented design. */
export async function benchEngine(): Promise<[string, string][]> {
  const input = asemInput();
  for (let i = 0; i < 50; i++) runIndex(input, SPEC);
  const full = await medianMs(200, () => runIndex(input, SPEC));
  const k = COINR_EXAMPLE_DESIGN.factors.length;
  runUncertainty(input, SPEC, COINR_EXAMPLE_DESIGN, { runs: 1000, seed: 1 });
  // Replications and rank statistics, as `paradip index uncertainty` runs them in one thread. Wall time and this
  // process's CPU time: on a shared machine the CPU time is the better measure of what one core does.
  const runs = 10000;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 3; r++) {
    const c = process.cpuUsage();
    const t = performance.now();
    runUncertainty(input, SPEC, COINR_EXAMPLE_DESIGN, { runs, seed: 2 + r });
    wall.push(runs / ((performance.now() - t) / 1000));
    cpu.push(runs / (process.cpuUsage(c).user / 1e6));
  }
  const med = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[1]!);
  const big = monteCarloSample(40000, k, 3);
  const t = performance.now();
  await parallelReplicate(input, SPEC, COINR_EXAMPLE_DESIGN, big, { workers: 2, minPerWorker: 1000 });
  const twoWorkers = big.length / ((performance.now() - t) / 1000);
  measured('uncertainty', `${med(cpu)} per CPU-second (${med(wall)}/s wall)`, med(cpu) >= 10000);
  return [
    ['full pipeline, ASEM 51×49 (median of 200)', `${full.toFixed(3)} ms`],
    [
      'uncertainty with rank statistics, COINr example design, 1 thread (median of 3 × 10,000 runs)',
      `${med(wall)} replications/s wall, ${med(cpu)} per CPU-second (target ≥ 10,000)`,
    ],
    [
      'uncertainty, 2 worker threads',
      `${Math.round(twoWorkers)} replications/s (40,000 runs, incl. worker start-up)`,
    ],
  ];
}
