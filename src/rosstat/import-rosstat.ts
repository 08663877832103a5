import { basename } from 'node:path';
import { sha256 } from '../dataset/manifest.js';
import { ImportRejected } from '../ingest/import-issue.js';
import { writeImport, type StagedImport } from '../ingest/write-import.js';
import { matcherFor } from '../query/find-region.js';
import type { Database } from '../store/database.js';
import type { RegionRecord } from '../query/snapshot.js';
import type { IndicatorRow, SourceRow } from '../store/rows.js';
import { docxBlocks } from './docx-blocks.js';
import { docxParts } from './docx-document.js';
import { regionalObservations } from './regional-observations.js';
import { RosstatError } from './rosstat-error.js';
import { findTable } from './rosstat-table.js';
import { readBytes } from './read-chapter.js';
import {
  EDITIONS,
  ROSSTAT_INDICATORS,
  ROSSTAT_TABLES,
  tableRef,
  type Edition,
  type RegionalTableSpec,
} from './rosstat-tables.js';
import { yearbookEdition } from './yearbook-edition.js';

export interface RosstatImportOptions {
  /** "25.4" */
  table: string;
  /** Given when the file's footers do not name it. */
  edition?: number;
  dryRun?: boolean;
}

export interface RosstatImportReport {
  file: string;
  edition: Edition;
  table: string;
  title: string;
  dryRun: boolean;
  source: SourceRow;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  indicators: string[];
  aggregates: { row: number; name: string }[];
  missingCells: number;
  notes: string[];
}

const regionalTables = (edition: number) =>
  ROSSTAT_TABLES.filter((s): s is RegionalTableSpec => s.kind === 'regional' && s.edition === edition).map(
    (s) => s.table,
  );

/**
 * `paradip import rosstat FILE.docx --table 25.4`: read one regional table of the Russian Statistical Yearbook
 * straight from its chapter file and add its figures to the store, each citing edition, table and row. The
 * whole table is checked first; any unmatched row or unreadable figure rejects it and nothing is written.
 */
export async function importRosstat(
  storePath: string,
  path: string,
  options: RosstatImportOptions,
  hooks: { onWait?: (m: string) => void } = {},
): Promise<RosstatImportReport> {
  return writeImport(storePath, path, 'rosstat', options, hooks, (db) =>
    importRosstatInto(db, path, options),
  );
}

/**
 * Read the table and prepare its figures against the store open in `db` (inside the caller's transaction): the
 * live import and a rebuild's replay of the journaled file share it.
 */
export async function importRosstatInto(
  db: Database,
  path: string,
  options: RosstatImportOptions & { name?: string },
): Promise<StagedImport<RosstatImportReport>> {
  const file = options.name ?? basename(path);
  const bytes = readBytes(path);
  const parts = docxParts(bytes, file);
  const printed = yearbookEdition(parts.margins, file);
  if (options.edition !== undefined && printed !== null && options.edition !== printed)
    throw new RosstatError(
      file,
      `--edition ${options.edition} to agree with the file, whose footers name the ${printed} edition`,
    );
  const edition = (options.edition ?? printed) as Edition | null;
  if (edition === null)
    throw new RosstatError(
      file,
      `--edition ${EDITIONS.join(' or ')}: the file's footers do not name the yearbook's edition`,
    );
  if (!EDITIONS.includes(edition))
    throw new RosstatError(
      file,
      `an edition paradip has table descriptions for (${EDITIONS.join(', ')}), not ${edition}`,
    );
  const spec = ROSSTAT_TABLES.find(
    (s): s is RegionalTableSpec =>
      s.kind === 'regional' && s.edition === edition && s.table === options.table,
  );
  if (!spec) {
    const national = ROSSTAT_TABLES.some((s) => s.kind === 'country' && s.table === options.table);
    throw new RosstatError(
      file,
      `one of the regional tables paradip reads from the ${edition} edition: ${regionalTables(edition).join(', ')}` +
        (national
          ? `; ${options.table} is a national table by partner country, which \`db build\` loads`
          : ''),
      { table: options.table },
    );
  }

  const table = findTable(docxBlocks(parts.document, file), spec.table, file);
  const regions = await db.all<RegionRecord & Record<string, never>>('SELECT * FROM regions');
  const reading = regionalObservations(table, spec, matcherFor({ regions }));
  if (reading.issues.length) throw new ImportRejected(file, reading.issues);

  const hash = sha256(bytes);
  const source: SourceRow = {
    id: `import:${hash.slice(0, 16)}:${spec.table}`,
    kind: 'import',
    title: `Rosstat, Russian Statistical Yearbook ${edition}, table ${spec.table}`,
    publisher: 'Rosstat',
    url: null,
    licence: 'Official statistics (Civil Code of the RF art. 1259 §6); reuse with reference to Rosstat',
    attribution: `Росстат. Российский статистический ежегодник. ${edition}, табл. ${spec.table}`,
    period: spec.period,
    files: JSON.stringify([file]),
    sha256: hash,
    note: `Imported by paradip from ${file} (${tableRef(edition, spec.table)}: ${table.title})`,
  };
  const existing = new Map(
    (
      await db.all<{ k: string; value: number }>(
        `SELECT region_iso || chr(9) || indicator_id || chr(9) || period AS k, value FROM observations WHERE scope = '*'`,
      )
    ).map((o) => [o.k, o.value]),
  );
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const o of reading.observations) {
    const prev = existing.get(`${o.region_iso}\t${o.indicator_id}\t${o.period}`);
    if (prev === undefined) inserted++;
    else if (prev === o.value) unchanged++;
    else updated++;
  }
  const used = new Set(spec.columns.map((c) => c.indicator));
  const known = new Set((await db.all<{ id: string }>('SELECT id FROM indicators')).map((i) => i.id));
  const newIndicators: IndicatorRow[] = ROSSTAT_INDICATORS.filter(
    (i) => used.has(i.id) && !known.has(i.id),
  ).map((i) => ({
    id: i.id,
    name_en: i.name_en,
    name_ru: i.name_ru,
    unit: i.unit,
    direction: i.direction,
    description_en: i.description_en,
    description_ru: i.description_ru,
    source_id: source.id,
  }));
  const report: RosstatImportReport = {
    file,
    edition,
    table: spec.table,
    title: table.title,
    dryRun: !!options.dryRun,
    source,
    rows: reading.observations.length,
    inserted,
    updated,
    unchanged,
    indicators: [...used],
    aggregates: reading.aggregates,
    missingCells: reading.missingCells.length,
    notes: reading.notes,
  };
  return {
    report,
    write: async () => {
      await db.run('DELETE FROM sources WHERE id = ?', [source.id]);
      await db.insert('sources', [source]);
      await db.insert('indicators', newIndicators);
      for (const o of reading.observations)
        await db.run(
          `DELETE FROM observations WHERE region_iso = ? AND indicator_id = ? AND period = ? AND scope = '*'`,
          [o.region_iso, o.indicator_id, o.period],
        );
      await db.insert(
        'observations',
        reading.observations.map((o) => ({ ...o, scope: '*', source_id: source.id, flags: null })),
      );
    },
  };
}
