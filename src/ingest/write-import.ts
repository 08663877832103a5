import { atomicReplace } from '../store/atomic-replace.js';
import { Database } from '../store/database.js';
import type { IndicatorRow, SourceRow, TieRow } from '../store/rows.js';
import type { ImportIssue } from './import-issue.js';
import type { Table } from './read-table.js';

/** Every import cites its source: without --source the file is rejected, this issue listed first. */
export function missingSource(table: Table, options: { source?: string }, what: string): ImportIssue[] {
  if (options.source?.trim()) return [];
  return [
    {
      file: table.file,
      row: 0,
      column: '--source',
      value: '',
      expected: `the title of the source the ${what} come from; every ${what.replace(/s$/, '')} cites its source`,
    },
  ];
}

/** The provenance record of an imported file: its title as the user gives it, the file's name and sha256. */
export function importSource(
  table: Table,
  options: { source?: string; url?: string; licence?: string },
  period: string | null,
): SourceRow {
  return {
    id: `import:${table.sha256.slice(0, 16)}`,
    kind: 'import',
    title: options.source!.trim(),
    publisher: null,
    url: options.url ?? null,
    licence: options.licence ?? null,
    attribution: null,
    period,
    files: JSON.stringify([table.file]),
    sha256: table.sha256,
    note: `Imported by paradip from ${table.file} (${table.format}${table.encoding ? `, ${table.encoding}` : ''})`,
  };
}

/**
 * Write what an import adds, in one transaction on a copy of the store that replaces it only once committed:
 * the store is never half-written, and a failure leaves it byte for byte as it was. Observations with the same
 * key and ties from the same file are replaced, so importing a file twice changes nothing the second time.
 */
export async function writeImport(
  storePath: string,
  add: {
    source: SourceRow;
    indicators?: IndicatorRow[];
    observations?: {
      region_iso: string;
      indicator_id: string;
      period: string;
      value: number;
      flags: string | null;
      /** Where in the file: "table.csv, row 12"; "RSY 2023, t. 25.4, row 57 (…)". */
      source_ref?: string | null;
    }[];
    ties?: TieRow[];
  },
): Promise<void> {
  await atomicReplace(
    storePath,
    async (temp) => {
      const db = await Database.open(temp);
      try {
        await db.transaction(async () => {
          await db.run('DELETE FROM sources WHERE id = ?', [add.source.id]);
          await db.insert('sources', [add.source]);
          await db.insert('indicators', add.indicators ?? []);
          for (const o of add.observations ?? [])
            await db.run(
              `DELETE FROM observations WHERE region_iso = ? AND indicator_id = ? AND period = ? AND scope = '*'`,
              [o.region_iso, o.indicator_id, o.period],
            );
          await db.insert(
            'observations',
            (add.observations ?? []).map((o) => ({
              region_iso: o.region_iso,
              indicator_id: o.indicator_id,
              period: o.period,
              scope: '*',
              value: o.value,
              source_id: add.source.id,
              flags: o.flags,
              source_ref: o.source_ref ?? null,
            })),
          );
          if (add.ties?.length) {
            await db.run('DELETE FROM ties WHERE source_id = ?', [add.source.id]);
            await db.insert('ties', add.ties);
          }
        });
        await db.run('CHECKPOINT');
      } finally {
        db.close();
      }
    },
    { copyCurrent: true },
  );
}
