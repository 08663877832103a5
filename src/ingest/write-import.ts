import { statSync } from 'node:fs';
import { ImportJournal, type JournalEntry } from '../store/import-journal.js';
import { Database } from '../store/database.js';
import { committedJournalSeq, removeDebris } from '../store/store-upkeep.js';
import { outOfMemory, removeSpill, writeSettings } from '../store/write-settings.js';
import type { SourceRow } from '../store/rows.js';

/** Told how far an import has read: rows so far and the file's size; `done` once at the end. */
export type ImportProgress = (rows: number, bytes: number, done?: boolean) => void;

/** What an importer gives the journaled write: its report, and the write to do if the import goes ahead. */
export interface StagedImport<R> {
  report: R & { dryRun: boolean; source: SourceRow; rows: number };
  /** null when there is nothing to write (every cell missing). */
  write: (() => Promise<void>) | null;
}

/**
 * The one way an import reaches the store: in place, inside one DuckDB transaction (its write-ahead log makes a
 * crash leave the old or the new state), one writer at a time (DuckDB's file lock; another process waits, then
 * fails as busy), with the file journaled beside the store so that any rebuild replays it. The journal entry is
 * pending until the store has committed it.
 */
export async function writeImport<R>(
  storePath: string,
  filePath: string,
  kind: string,
  options: object,
  hooks: { onWait?: (m: string) => void },
  stage: (db: Database) => Promise<StagedImport<R>>,
): Promise<StagedImport<R>['report']> {
  removeDebris(storePath);
  const journal = new ImportJournal(storePath);
  const db = await Database.open(storePath, { onWait: hooks.onWait, settings: writeSettings(storePath) });
  removeSpill(storePath);
  try {
    journal.settle(await committedJournalSeq(db));
    await db.run('BEGIN TRANSACTION');
    try {
      const { report, write } = await stage(db);
      if (report.dryRun || !write) {
        await db.run('ROLLBACK');
        return report;
      }
      await write();
      const entry: JournalEntry = {
        version: 1,
        seq: journal.nextSeq(),
        kind,
        file: report.source.files ? (JSON.parse(report.source.files) as string[])[0]! : kind,
        sha256: report.source.sha256 ?? '',
        bytes: statSync(filePath).size,
        rows: report.rows,
        options: journalOptions(options),
        source: report.source,
        importedAt: new Date().toISOString(),
      };
      journal.writePending(entry, filePath);
      await db.run(`INSERT OR REPLACE INTO meta VALUES ('journal_seq', ?)`, [String(entry.seq)]);
      await db.run('COMMIT');
      journal.settle(entry.seq);
      // The main file holds the change (not only the write-ahead log), so its size and time say it changed.
      await db.run('CHECKPOINT');
      return report;
    } catch (err) {
      await db.run('ROLLBACK').catch(() => {});
      throw outOfMemory(err) ?? err;
    }
  } finally {
    db.close();
  }
}

/** The options to replay an import with: what the user chose, not how this run was done. */
function journalOptions(options: object): Record<string, unknown> {
  const { dryRun: _dryRun, name: _name, ...rest } = options as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
