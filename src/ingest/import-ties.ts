import { matcherFor } from '../query/find-region.js';
import { loadSnapshot } from '../store/load-snapshot.js';
import type { SourceRow, TieRow } from '../store/rows.js';
import { ImportRejected } from './import-issue.js';
import { readTable, type ReadTableOptions } from './read-table.js';
import { validateTies } from './validate-ties.js';
import { importSource, missingSource, writeImport } from './write-import.js';

export interface TieImportOptions extends ReadTableOptions {
  source?: string;
  url?: string;
  licence?: string;
  dryRun?: boolean;
}

export interface TieImportReport {
  file: string;
  dryRun: boolean;
  source: SourceRow;
  ties: number;
  byType: Record<string, number>;
}

/**
 * `paradip import ties FILE`: agreements, trade flows, offices, events, students… as typed region–country ties,
 * each citing the file's source and row. All-or-nothing like observations; importing the same file again
 * replaces its ties rather than doubling them.
 */
export async function importTies(
  storePath: string,
  path: string,
  options: TieImportOptions,
): Promise<TieImportReport> {
  const table = await readTable(path, options);
  const snapshot = await loadSnapshot(storePath);
  const { ties, issues } = validateTies(table, matcherFor(snapshot), snapshot.countries);
  const all = [...missingSource(table, options, 'ties'), ...issues];
  if (all.length) throw new ImportRejected(table.file, all);
  const dates = ties
    .map((t) => t.valid_from)
    .filter((d): d is string => !!d)
    .sort();
  const source = importSource(
    table,
    options,
    dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : null,
  );
  const rows: TieRow[] = ties.map((t) => ({
    id: `${source.id}:${t.row}`,
    type: t.type,
    region_iso: t.region_iso,
    country_iso2: t.country_iso2,
    partner_id: null,
    counterpart: t.counterpart,
    ru_place: t.ru_place,
    valid_from: t.valid_from,
    valid_to: t.valid_to,
    value: t.value,
    unit: t.unit,
    scope: '*',
    attrs: null,
    source_id: source.id,
    source_ref: `${table.file} row ${t.row}`,
  }));
  const byType: Record<string, number> = {};
  for (const t of rows) byType[t.type] = (byType[t.type] ?? 0) + 1;
  const report = { file: table.file, dryRun: !!options.dryRun, source, ties: rows.length, byType };
  if (!options.dryRun) await writeImport(storePath, { source, ties: rows });
  return report;
}
