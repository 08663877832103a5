// One point of the scaling series, in its own process so that its peak memory is its own:
// `node --import tsx bench/scaling/point.ts N REPEATS` prints one JSON line.
import { readFileSync } from 'node:fs';
import { runIndex } from '../../src/engine/pipeline.js';
import { parseSpec } from '../../src/engine/spec.js';
import { SCALING_SPEC, syntheticInput } from './synthetic-input.js';
import { tightLoopIndex } from './tight-loop.js';

const n = Number(process.argv[2]);
const repeats = Number(process.argv[3] ?? 1);
const spec = parseSpec(SCALING_SPEC);
// Both implementations compiled (JIT) on a small input first, so that small sizes do not time the compiler.
const warm = syntheticInput(2000, 2);
for (let r = 0; r < 5; r++) {
  runIndex(warm, spec);
  tightLoopIndex(warm);
}
const input = syntheticInput(n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The engine first, so the high-water mark of resident memory is data + engine run (the floor comes after).
const engineMs: number[] = [];
// CPU time of this process (all its threads, the collector's too): on a shared machine the wall time follows the load.
const engineCpuMs: number[] = [];
let index: ArrayLike<number> = new Float64Array(0);
for (let r = 0; r < repeats; r++) {
  const c = process.cpuUsage();
  const t = performance.now();
  index = runIndex(input, spec).steps.Aggregated.columns.Index!;
  engineMs.push(performance.now() - t);
  const used = process.cpuUsage(c);
  engineCpuMs.push((used.user + used.system) / 1000);
}
// The high-water mark of this process's resident memory (VmHWM; getrusage's maxrss can carry the parent's over exec).
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
const peakRssMiB = hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
const floorMs: number[] = [];
let floor: ArrayLike<number> = new Float64Array(0);
for (let r = 0; r < repeats; r++) {
  const t = performance.now();
  floor = tightLoopIndex(input).index;
  floorMs.push(performance.now() - t);
}
let worst = index.length === floor.length ? 0 : Infinity;
for (let i = 0; i < floor.length; i++) {
  const a = index[i]!;
  const b = floor[i]!;
  const e =
    Number.isNaN(a) || Number.isNaN(b)
      ? Number.isNaN(a) === Number.isNaN(b)
        ? 0
        : Infinity
      : Math.abs(a - b) / Math.max(1, Math.abs(b));
  if (e > worst) worst = e;
}
console.log(
  JSON.stringify({
    n,
    engineMs: median(engineMs),
    engineCpuMs: median(engineCpuMs),
    floorMs: median(floorMs),
    worst,
    peakRssMiB,
  }),
);
