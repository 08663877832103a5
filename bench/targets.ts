/**
 * The targets of issue #14, in the order. Sections report the figure they measured for a target;
 * `npm run bench` prints every row at the end, met or not, and says how to measure a row that was not run.
 */
interface Target {
  measure: string;
  target: string;
  /** How to measure it when this run did not. */
  how: string;
  figure?: string;
  met?: boolean;
}

const TARGETS: Record<string, Target> = {
  floor: {
    measure: 'engine / tight-loop floor at 10k and 100k units × 50',
    target: '≤ 2×',
    how: 'npm run bench -- scaling',
  },
  growth: {
    measure: 'time growth per 10× units (10k → 100k, 100k → 1M)',
    target: '≤ 11×',
    how: 'PARADIP_BENCH_1M=1 npm run bench -- scaling',
  },
  cli1m: {
    measure: 'CLI `index build` at 1M units × 50',
    target: 'completes, ≤ 3 GiB peak',
    how: 'PARADIP_BENCH_1M=1 npm run bench -- index-cli',
  },
  uncertainty: {
    measure: 'uncertainty, ASEM, COINr example design, with rank statistics',
    target: '≥ 10,000 rep/s on one core',
    how: 'npm run bench -- engine',
  },
  start: {
    measure: 'server start → first /api/health',
    target: '< 0.5 s',
    how: 'npm run bench -- http',
  },
  throughput: {
    measure: '/api/regions, /api/crisis/FI, /api/classification (gzip, 10 connections)',
    target: '≥ 12,000 / 8,000 / 2,500 req/s, p99 < 10 ms',
    how: 'npm run bench -- http',
  },
  dbBuild: {
    measure: '`db build` (first build / rebuild)',
    target: '< 1.5 s',
    how: 'npm run bench -- store',
  },
};

export type TargetId = keyof typeof TARGETS;

/** Record the figure measured for a target and whether it meets it. */
export function measured(id: TargetId, figure: string, met: boolean): void {
  Object.assign(TARGETS[id]!, { figure, met });
}

/** One row per target: the figure and the target, "met" or "NOT MET", or how to measure it. */
export function targetRows(): [string, string][] {
  return Object.values(TARGETS).map((t) => [
    t.measure,
    t.figure === undefined
      ? `not measured in this run (${t.how}); target ${t.target}`
      : `${t.figure} — target ${t.target}: ${t.met ? 'met' : 'NOT MET'}`,
  ]);
}
