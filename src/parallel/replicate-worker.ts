// Worker thread: runs a slice of replications and posts the results back (see parallel-replicate.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { replicate } from '../engine/uncertainty/monte-carlo.js';
import type { IndexInput } from '../engine/index-input.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';

const { input, spec, design, sample } = workerData as {
  input: IndexInput;
  spec: IndexSpec;
  design: Design;
  sample: Float64Array[];
};
let done = 0;
const out = replicate(input, spec, design, sample, () => {
  if (++done % 50 === 0) parentPort!.postMessage({ progress: 50 });
});
parentPort!.postMessage({ progress: done % 50, results: out.results, failures: out.failures });
