import { readFileSync } from 'node:fs';
import type { Database } from '../store/database.js';
import type { IndicatorRow, ObservationRow, TieRow } from '../store/rows.js';
import type { ImportJournal, JournalEntry } from '../store/import-journal.js';
import { importObservationsInto } from './import-observations.js';
import { importTiesInto } from './import-ties.js';
import { openTable } from './read-table.js';
import { importRosstatInto, type RosstatImportOptions } from '../rosstat/import-rosstat.js';
import type { StagedImport } from './write-import.js';

type Stage = (db: Database, path: string, entry: JournalEntry) => Promise<StagedImport<object>>;

/**
 * The importers a journal entry can name, by kind: a replay runs the same importer on the journaled bytes with
 * the same options. A new importer adds its kind here.
 */
const IMPORTERS: Record<string, Stage> = {
  observations: async (db, path, e) =>
    importObservationsInto(db, await openTable(path, { ...e.options, name: e.file }), e.options),
  rows: async (db, path, e) => carriedRows(db, path, e),
  rosstat: async (db, path, e) =>
    importRosstatInto(db, path, { ...(e.options as unknown as RosstatImportOptions), name: e.file }),
  ties: async (db, path, e) =>
    importTiesInto(db, await openTable(path, { ...e.options, name: e.file }), e.options),
};

/** Replay one journaled import inside the caller's transaction. */
export async function replayImport(db: Database, journal: ImportJournal, entry: JournalEntry): Promise<void> {
  const stage = IMPORTERS[entry.kind];
  if (!stage) throw new Error(`no importer for journaled imports of kind "${entry.kind}"`);
  const { write } = await stage(db, journal.dataPath(entry), {
    ...entry,
    options: { ...entry.options, dryRun: false },
  });
  await write?.();
}

/** An import carried from a store of an earlier version: its rows as they were stored. */
async function carriedRows(db: Database, path: string, e: JournalEntry): Promise<StagedImport<object>> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    indicators: IndicatorRow[];
    observations: ObservationRow[];
    ties: TieRow[];
  };
  return {
    report: { dryRun: false, source: e.source, rows: e.rows },
    write: async () => {
      await db.run('DELETE FROM sources WHERE id = ?', [e.source.id]);
      await db.insert('sources', [e.source]);
      const known = new Set((await db.all<{ id: string }>('SELECT id FROM indicators')).map((r) => r.id));
      await db.insert(
        'indicators',
        data.indicators.filter((i) => !known.has(i.id)),
      );
      for (const o of data.observations)
        await db.run(
          'DELETE FROM observations WHERE region_iso = ? AND indicator_id = ? AND period = ? AND scope = ?',
          [o.region_iso, o.indicator_id, o.period, o.scope],
        );
      await db.insert('observations', data.observations);
      await db.run('DELETE FROM ties WHERE source_id = ?', [e.source.id]);
      await db.insert('ties', data.ties);
    },
  };
}
