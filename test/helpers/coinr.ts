import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { readCoinr, type SourceTable } from '../../src/engine/coinr/read-coinr.js';
import type { Dataset } from '../../src/engine/dataset.js';
import { csvObjects, parseCsv } from '../../src/io/csv.js';
import type { IndexSpecInput } from '../../src/engine/spec.js';

/** COINr 1.1.14's ASEM example (inputs and every step's output), copied from shared/reference into test/fixtures. */
export const COINR_DIR = join(packageRoot(), 'test', 'fixtures', 'coinr-asem');
export const HAVE_COINR = existsSync(join(COINR_DIR, 'ASEM_iData.csv'));

/** COINr's build_example_coin() pipeline, written in paradip's spec. */
export const ASEM_SPEC: IndexSpecInput = {
  impute: { method: 'mean_group', group: 'EurAsia_group' },
  screen: { by: 'na', threshold: 0.9 },
  treat: { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, fallback: 'log_ct' },
  normalise: { method: 'minmax', range: [0, 100] },
  aggregate: { method: 'arithmetic' },
};

export function coinrTable(file: string): SourceTable {
  const recs = parseCsv(readFileSync(join(COINR_DIR, file), 'utf8'));
  const h = recs[0]!.cells;
  return {
    name: file,
    rows: recs
      .slice(1)
      .map((r) => ({ row: r.line, values: Object.fromEntries(h.map((k, i) => [k, r.cells[i] ?? ''])) })),
  };
}

/** `paradip index build` on the ASEM tables with COINr's example spec (written into `dir`). */
export function asemBuildArgs(dir: string): string[] {
  const spec = join(dir, 'asem-spec.json');
  writeFileSync(spec, JSON.stringify(ASEM_SPEC));
  return [
    'index',
    'build',
    '--coinr-data',
    join(COINR_DIR, 'ASEM_iData.csv'),
    '--coinr-meta',
    join(COINR_DIR, 'ASEM_iMeta.csv'),
    '--spec',
    spec,
  ];
}

export function asemInput() {
  return readCoinr(coinrTable('ASEM_iData.csv'), coinrTable('ASEM_iMeta.csv'));
}

export function referenceStep(step: string): Record<string, string>[] {
  return csvObjects(readFileSync(join(COINR_DIR, `example_${step}.csv`), 'utf8'));
}

/**
 * Largest discrepancy between a computed table and COINr's: relative error, or absolute near zero (|x| < 1e-9).
 * Missing must match missing. Returns where it occurred.
 */
export function compareToReference(
  d: Dataset,
  ref: Record<string, string>[],
): { worst: number; where: string; cells: number } {
  let worst = 0;
  let where = '';
  let cells = 0;
  const columns = Object.keys(ref[0]!).filter((c) => c !== 'uCode');
  for (const c of columns) {
    const col = d.columns[c];
    if (!col) return { worst: Infinity, where: `column ${c} missing`, cells };
    for (const r of ref) {
      const i = d.units.indexOf(r.uCode!);
      if (i < 0) return { worst: Infinity, where: `unit ${r.uCode} missing`, cells };
      const got = col[i]!;
      const want = r[c] === '' || r[c] === 'NA' ? NaN : Number(r[c]);
      cells++;
      if (Number.isNaN(got) !== Number.isNaN(want))
        return { worst: Infinity, where: `${r.uCode} ${c}: got ${got}, want ${want}`, cells };
      if (Number.isNaN(got)) continue;
      const err = Math.abs(want) < 1e-9 ? Math.abs(got - want) : Math.abs(got - want) / Math.abs(want);
      if (err > worst) {
        worst = err;
        where = `${r.uCode} ${c}: got ${got}, want ${want}`;
      }
    }
  }
  if (d.units.length !== ref.length)
    return { worst: Infinity, where: `${d.units.length} units, want ${ref.length}`, cells };
  return { worst, where, cells };
}
