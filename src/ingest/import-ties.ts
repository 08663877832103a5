import { matcherFor } from '../query/find-region.js';
import type { CountryRecord, RegionRecord } from '../query/snapshot.js';
import type { Database } from '../store/database.js';
import type { SourceRow, TieRow } from '../store/rows.js';
import { ImportRejected } from './import-issue.js';
import { checkSourceUrl, importSource, missingSource, type SourceOptions } from './import-source.js';
import { openTable, type ReadTableOptions, type TableStream } from './read-table.js';
import { validateTies } from './validate-ties.js';
import { writeImport, type StagedImport } from './write-import.js';

export interface TieImportOptions extends ReadTableOptions, SourceOptions {
  dryRun?: boolean;
}

export interface TieImportReport {
  file: string;
  dryRun: boolean;
  source: SourceRow;
  rows: number;
  ties: number;
  byType: Record<string, number>;
}

/** Check a ties table against the store and prepare its rows; runs inside the caller's transaction. */
export async function importTiesInto(
  db: Database,
  stream: TableStream,
  options: TieImportOptions,
): Promise<StagedImport<TieImportReport>> {
  const rowsRead: { row: number; cells: string[] }[] = [];
  for await (const r of stream.rows) rowsRead.push(r);
  const table = { ...stream, rows: rowsRead };
  const regions = await db.all<RegionRecord & Record<string, never>>('SELECT * FROM regions');
  const countries = (await db.all('SELECT * FROM countries')) as unknown as CountryRecord[];
  const { ties, issues } = validateTies(table, matcherFor({ regions }), countries);
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
  const report = {
    file: table.file,
    dryRun: !!options.dryRun,
    source,
    rows: rowsRead.length,
    ties: rows.length,
    byType,
  };
  return {
    report,
    write: async () => {
      await db.run('DELETE FROM sources WHERE id = ?', [source.id]);
      await db.insert('sources', [source]);
      await db.run('DELETE FROM ties WHERE source_id = ?', [source.id]);
      await db.insert('ties', rows);
    },
  };
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
  hooks: { onWait?: (m: string) => void } = {},
): Promise<TieImportReport> {
  checkSourceUrl(options.url);
  const table = await openTable(path, options);
  return writeImport(storePath, path, 'ties', options, hooks, (db) => importTiesInto(db, table, options));
}
