import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexInput } from '../engine/index-input.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { replicate } from '../engine/uncertainty/monte-carlo.js';
import type { RankedReplication } from '../engine/uncertainty/replicator.js';

/**
 * `replicate` spread over worker threads (Node). Results come back in sample order, so the output is the same as
 * in one thread for the same sample. With one worker, or a small sample, it runs in this thread.
 */
export async function parallelReplicate(
  input: IndexInput,
  spec: IndexSpec,
  design: Design,
  sample: Float64Array[],
  options: {
    workers?: number;
    minPerWorker?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{ results: (RankedReplication | null)[]; failures: Record<string, number> }> {
  // A worker costs tens of milliseconds to start and warm up: only worth it for thousands of runs each.
  const workers = Math.max(
    1,
    Math.min(
      options.workers ?? availableParallelism(),
      Math.ceil(sample.length / (options.minPerWorker ?? 5000)),
    ),
  );
  let done = 0;
  const tick = (k: number) => {
    done += k;
    options.onProgress?.(done, sample.length);
  };
  if (workers === 1) return replicate(input, spec, design, sample, () => tick(1));
  const size = Math.ceil(sample.length / workers);
  // '../parallel/': the same folder from src/ or dist/src/, and the workers' folder from a chunk of dist/bundle/.
  const url = new URL(
    `../parallel/replicate-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
    import.meta.url,
  );
  // From TypeScript sources (development, tests) the worker registers the tsx loader before importing itself.
  const fromSource = url.pathname.endsWith('.ts');
  const entry: string | URL = fromSource
    ? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`
    : url;
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const slice = sample.slice(w * size, (w + 1) * size);
      return new Promise<{ results: (RankedReplication | null)[]; failures: Record<string, number> }>(
        (resolve, reject) => {
          const worker = new Worker(entry, {
            workerData: { input, spec, design, sample: slice },
            eval: fromSource,
          });
          worker.on(
            'message',
            (m: {
              progress: number;
              results?: (RankedReplication | null)[];
              failures?: Record<string, number>;
            }) => {
              tick(m.progress);
              if (m.results) resolve({ results: m.results, failures: m.failures ?? {} });
            },
          );
          worker.on('error', reject);
          worker.on(
            'exit',
            (code) =>
              code !== 0 && reject(new Error(`parallelReplicate: worker ${w} exited with code ${code}`)),
          );
        },
      );
    }),
  );
  const failures: Record<string, number> = {};
  for (const p of parts)
    for (const [k, v] of Object.entries(p.failures)) failures[k] = (failures[k] ?? 0) + v;
  return { results: parts.flatMap((p) => p.results), failures };
}
