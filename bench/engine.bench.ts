import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/dataset/data-dir.js';
import { readCoinr, type SourceTable } from '../src/engine/coinr/read-coinr.js';
import { runIndex } from '../src/engine/pipeline.js';
import { parseSpec } from '../src/engine/spec.js';
import { COINR_EXAMPLE_DESIGN } from '../src/engine/uncertainty/design.js';
import { monteCarloSample, replicate } from '../src/engine/uncertainty/monte-carlo.js';
import { parallelReplicate } from '../src/parallel/parallel-replicate.js';
import { parseCsv } from '../src/io/csv.js';
import { medianMs } from './measure.js';

const DIR = join(packageRoot(), 'test', 'fixtures', 'coinr-asem');
const SPEC = parseSpec({
  impute: { method: 'mean_group', group: 'EurAsia_group' },
  screen: { by: 'na', threshold: 0.9 },
  treat: { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, fallback: 'log_ct' },
  normalise: { method: 'minmax', range: [0, 100] },
  aggregate: { method: 'arithmetic' },
});

function table(file: string): SourceTable {
  const recs = parseCsv(readFileSync(join(DIR, file), 'utf8'));
  const h = recs[0]!.cells;
  return {
    name: file,
    rows: recs
      .slice(1)
      .map((r) => ({ row: r.line, values: Object.fromEntries(h.map((k, i) => [k, r.cells[i] ?? ''])) })),
  };
}

/** COINr's ASEM example: full pipeline time, and uncertainty throughput for COINr's documented design. */
export async function benchEngine(): Promise<[string, string][]> {
  if (!existsSync(join(DIR, 'ASEM_iData.csv')))
    return [['ASEM example', 'skipped: ../shared/reference/coinr-asem not found']];
  const input = readCoinr(table('ASEM_iData.csv'), table('ASEM_iMeta.csv'));
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
