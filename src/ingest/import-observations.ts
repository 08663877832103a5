import type { RegionRecord } from '../query/snapshot.js';
import { matcherFor } from '../query/find-region.js';
import type { Database } from '../store/database.js';
import type { IndicatorRow, SourceRow } from '../store/rows.js';
import { ImportRejected, type ImportIssue } from './import-issue.js';
import { openTable, type ReadTableOptions, type TableStream } from './read-table.js';
import { checkSourceUrl, importSource, missingSource, type SourceOptions } from './import-source.js';
import { observationChecker, type CheckSummary, type ObservationOptions } from './validate-observations.js';
import { writeImport, type ImportProgress, type StagedImport } from './write-import.js';

export interface ImportOptions extends ObservationOptions, ReadTableOptions, SourceOptions {
  dryRun?: boolean;
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  source: SourceRow;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  newIndicators: { id: string; unit: string }[];
  skippedAggregates: CheckSummary['skippedAggregates'];
  skippedAggregateCount: number;
  missingCells: number;
  notes: string[];
}

/**
 * The staged rows of one import: a table in the store's own uncommitted transaction, not a TEMP table, because
 * DuckDB writes a large uncommitted table's row groups to the file as they fill (and drops them on rollback),
 * while a TEMP table is held in memory. A crash leaves nothing: the transaction never committed.
 */
const STAGING = `CREATE TABLE import_staging (
  row INTEGER, region_raw VARCHAR, region_iso VARCHAR, indicator_id VARCHAR, period VARCHAR, value DOUBLE, flags VARCHAR)`;

/**
 * Check an observations table row by row and stage the good rows in DuckDB (appender), find duplicate keys
 * set-based, then — unless it is a dry run or anything was wrong — replace the matching observations with
 * INSERT … SELECT. Runs inside the caller's transaction: the live import and a rebuild's replay share it.
 */
export async function importObservationsInto(
  db: Database,
  table: TableStream,
  options: ImportOptions,
  progress?: ImportProgress,
): Promise<StagedImport<ImportReport>> {
  const regions = await db.all<RegionRecord & Record<string, never>>('SELECT * FROM regions');
  const indicators = (await db.all('SELECT * FROM indicators')) as unknown as IndicatorRow[];
  const { result, check } = observationChecker(table, matcherFor({ regions }), indicators, options);
  for (const i of missingSource(table, options, 'figures')) result.issues.add(i);
  await db.run('DROP TABLE IF EXISTS import_staging');
  await db.run(STAGING);
  const appender = await db.appender('import_staging');
  let rows = 0;
  try {
    for await (const { row, cells } of table.rows) {
      rows++;
      for (const o of check(row, cells)) {
        appender.appendInteger(o.row);
        appender.appendVarchar(o.regionRaw);
        appender.appendVarchar(o.region_iso);
        appender.appendVarchar(o.indicator_id);
        appender.appendVarchar(o.period);
        appender.appendDouble(o.value);
        if (o.flags === null) appender.appendNull();
        else appender.appendVarchar(o.flags);
        appender.endRow();
      }
      if ((rows & 0x3fff) === 0) progress?.(rows, table.bytes);
    }
  } finally {
    appender.closeSync();
  }
  progress?.(rows, table.bytes, true);
  if (rows === 0) result.issues.add(noRows(table));
  for (const d of await duplicates(db, table, result.regionColumn)) result.issues.add(d);
  if (result.issues.count) {
    await db.run('DROP TABLE import_staging');
    throw new ImportRejected(table.file, result.issues.listed, result.issues.count);
  }

  // One pass over the staged rows: how many, and the periods they cover.
  const [periods] = await db.all<{
    staged: number;
    n: number;
    first: string | null;
    last: string | null;
    list: string | null;
  }>(
    `SELECT count(*) AS staged, count(DISTINCT period) AS n, min(period) AS first, max(period) AS last,
            CASE WHEN count(DISTINCT period) <= ${LISTED_PERIODS}
                 THEN string_agg(DISTINCT period, ', ' ORDER BY period) END AS list
       FROM import_staging`,
  );
  const source = importSource(table, options, periodSummary(periods!));
  // Staged rows that meet an observation already stored; the rest are new. The join's build side is the stored
  // observations of the staged indicators only, so a large file is streamed through it.
  const [met] = await db.all<{ met: number; unchanged: number }>(
    `SELECT count(*) AS met, count(*) FILTER (WHERE o.value = s.value) AS unchanged
       FROM import_staging s
       JOIN (SELECT region_iso, indicator_id, period, value FROM observations
              WHERE scope = '*' AND indicator_id IN (SELECT DISTINCT indicator_id FROM import_staging)) o
         ON o.region_iso = s.region_iso AND o.indicator_id = s.indicator_id AND o.period = s.period`,
  );
  const staged = periods!.staged;
  const report: ImportReport = {
    file: table.file,
    dryRun: !!options.dryRun,
    source,
    rows,
    inserted: staged - met!.met,
    updated: met!.met - met!.unchanged,
    unchanged: met!.unchanged,
    newIndicators: result.newIndicators,
    skippedAggregates: result.skippedAggregates,
    skippedAggregateCount: result.skippedAggregateCount,
    missingCells: result.missingCells,
    notes: result.notes,
  };
  const write = async () => {
    await db.run('DELETE FROM sources WHERE id = ?', [source.id]);
    await db.insert('sources', [source]);
    await db.insert(
      'indicators',
      result.newIndicators.map((i): IndicatorRow => ({
        id: i.id,
        name_en: i.id,
        name_ru: i.id,
        unit: i.unit,
        direction: options.direction ?? 1,
        description_en: `Imported from ${table.file}`,
        description_ru: `Импортировано из ${table.file}`,
        source_id: source.id,
      })),
    );
    if (met!.met)
      await db.run(
        `DELETE FROM observations o USING import_staging s
        WHERE o.region_iso = s.region_iso AND o.indicator_id = s.indicator_id AND o.period = s.period
          AND o.scope = '*'`,
      );
    await db.run(
      `INSERT INTO observations (region_iso, indicator_id, period, scope, value, source_id, flags, source_ref)
       SELECT region_iso, indicator_id, period, '*', value, ?, flags, ? || ', row ' || row FROM import_staging`,
      [source.id, table.file],
    );
    await db.run('DROP TABLE import_staging');
  };
  return { report, write: staged ? write : null };
}

/** Periods listed by name in the source record; more are summarised as a range. */
const LISTED_PERIODS = 24;

/** "2020, 2021" for a few periods, "1990 – 2023 (34 periods)" for many: what the source record says it covers. */
function periodSummary(p: { n: number; first: string | null; last: string | null; list: string | null }) {
  if (p.n === 0) return null;
  return p.list ?? `${p.first} – ${p.last} (${p.n} periods)`;
}

function noRows(table: TableStream): ImportIssue {
  return {
    file: table.file,
    row: 0,
    column: table.header.join(', '),
    value: '',
    expected: 'at least one data row below the header',
  };
}

/** Rows that repeat a region, indicator and period already given on an earlier row (all of them, by row). */
async function duplicates(db: Database, table: TableStream, column: string): Promise<ImportIssue[]> {
  const dups = await db.all<{
    region_raw: string;
    row: number;
    first: number;
    region_iso: string;
    indicator_id: string;
    period: string;
  }>(
    // Repeated keys first (one hash aggregate that DuckDB can spill), then the rows of those keys only.
    `WITH repeated AS (
       SELECT region_iso, indicator_id, period FROM import_staging GROUP BY ALL HAVING count(*) > 1 LIMIT 10000)
     SELECT row, first, region_raw, region_iso, indicator_id, period FROM (
       SELECT row, region_raw, region_iso, indicator_id, period,
              min(row) OVER (PARTITION BY region_iso, indicator_id, period) AS first
         FROM import_staging SEMI JOIN repeated USING (region_iso, indicator_id, period))
      WHERE row <> first ORDER BY row LIMIT 10000`,
  );
  return dups.map((d) => ({
    file: table.file,
    row: d.row,
    column,
    value: d.region_raw,
    expected: `one row per region, indicator and period: ${d.region_iso} ${d.indicator_id} ${d.period} is already on row ${d.first}`,
  }));
}

/**
 * `paradip import observations FILE`: check the whole file, then write it in one transaction on the store, with
 * the file journaled beside it. Any problem rejects the file with every problem listed and nothing written.
 */
export async function importObservations(
  storePath: string,
  path: string,
  options: ImportOptions,
  hooks: { progress?: ImportProgress; onWait?: (m: string) => void } = {},
): Promise<ImportReport> {
  checkSourceUrl(options.url);
  const table = await openTable(path, options);
  return writeImport(storePath, path, 'observations', options, hooks, (db) =>
    importObservationsInto(db, table, options, hooks.progress),
  );
}
