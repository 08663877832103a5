import { matcherFor } from '../query/find-region.js';
import { loadSnapshot } from '../store/load-snapshot.js';
import { importSource, missingSource, writeImport } from './write-import.js';
import type { IndicatorRow, SourceRow } from '../store/rows.js';
import { ImportRejected } from './import-issue.js';
import { readTable, type ReadTableOptions } from './read-table.js';
import {
  validateObservations,
  type ObservationOptions,
  type ValidationResult,
} from './validate-observations.js';

export interface ImportOptions extends ObservationOptions, ReadTableOptions {
  /** Title of the source the figures come from (e.g. "Rosstat, Regions of Russia 2023, table 26.3"). */
  source?: string;
  url?: string;
  licence?: string;
  dryRun?: boolean;
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  source: SourceRow;
  inserted: number;
  updated: number;
  unchanged: number;
  newIndicators: { id: string; unit: string }[];
  skippedAggregates: ValidationResult['skippedAggregates'];
  missingCells: number;
  notes: string[];
}

/**
 * `paradip import observations FILE`: validate the whole file against the store, then write it in one step.
 * Any problem rejects the file with every problem listed, and the store is left byte for byte as it was; the
 * write itself happens on a copy that replaces the store only once committed.
 */
export async function importObservations(
  storePath: string,
  path: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const table = await readTable(path, options);
  const snapshot = await loadSnapshot(storePath);
  const result = validateObservations(table, matcherFor(snapshot), snapshot.indicators, options);
  const issues = [...missingSource(table, options, 'figures'), ...result.issues];
  if (issues.length) throw new ImportRejected(table.file, issues);

  const source = importSource(
    table,
    options,
    [...new Set(result.observations.map((o) => o.period))].sort().join(', ') || null,
  );
  const existing = new Map(
    snapshot.observations
      .filter((o) => o.scope === '*')
      .map((o) => [`${o.region_iso}\t${o.indicator_id}\t${o.period}`, o.value]),
  );
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const o of result.observations) {
    const prev = existing.get(`${o.region_iso}\t${o.indicator_id}\t${o.period}`);
    if (prev === undefined) inserted++;
    else if (prev === o.value) unchanged++;
    else updated++;
  }
  const report: ImportReport = {
    file: table.file,
    dryRun: !!options.dryRun,
    source,
    inserted,
    updated,
    unchanged,
    newIndicators: result.newIndicators,
    skippedAggregates: result.skippedAggregates,
    missingCells: result.missingCells,
    notes: result.notes,
  };
  if (options.dryRun || result.observations.length === 0) return report;

  const newIndicatorRows: IndicatorRow[] = result.newIndicators.map((i) => ({
    id: i.id,
    name_en: i.id,
    name_ru: i.id,
    unit: i.unit,
    direction: options.direction ?? 1,
    description_en: `Imported from ${table.file}`,
    description_ru: `Импортировано из ${table.file}`,
    source_id: source.id,
  }));
  await writeImport(storePath, {
    source,
    indicators: newIndicatorRows,
    observations: result.observations.map((o) => ({ ...o, source_ref: `${table.file}, row ${o.row}` })),
  });
  return report;
}
