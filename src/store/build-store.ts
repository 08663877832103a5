import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { deriveGeometry, type DerivedGeometry } from '../dataset/derived-geometry.js';
import {
  geometryInputsOf,
  geometryKey,
  readShippedGeometry,
  SHIPPED_GEOMETRY_FILE,
} from '../dataset/shipped-geometry.js';
import { sha256 } from '../dataset/manifest.js';
import { readBundled, type BundledData } from '../dataset/read-bundled.js';
import { bundledToRows } from '../dataset/to-rows.js';
import { replayImport } from '../ingest/replay-import.js';
import { Database } from './database.js';
import { cachedSync, cacheDirOf, codeFingerprint } from './result-cache.js';
import { ImportJournal } from './import-journal.js';
import type { SourceRow, StoreRows } from './rows.js';
import { SCHEMA_SQL, TABLES } from './schema.js';
import { StoreError } from './store-error.js';
import { committedJournalSeq, removeDebris } from './store-upkeep.js';
import { outOfMemory, removeSpill, writeSettings } from './write-settings.js';
import { ParadipError } from '../errors/paradip-error.js';

export interface BuildReport {
  path: string;
  counts: Record<string, number>;
  milliseconds: number;
  /** Imported files replayed from the journal. */
  keptImports: number;
  /** Journaled imports that no longer fit the bundled data (kept in the journal, not in the store). */
  skippedImports: { file: string; reason: string }[];
  /** Where a damaged store was moved before it was rebuilt. */
  movedDamaged: string | null;
  /** Where land borders and sea proximity came from. */
  geometry: GeometrySource;
}

export type Progress = (message: string) => void;

/** Where a build took land borders and sea proximity from. */
export type GeometrySource = 'shipped' | 'cache' | 'derived';

/**
 * Land borders and sea proximity for the bundled data: read from the file shipped in data/ when the bundled geometry
 * is what it was derived from (the usual case, and a new user's first build); otherwise derived (seconds of CPU)
 * and, with `cacheDir`, kept there for the next build from the same inputs and the same code. `data` is what
 * readBundled gives for `data.dir`: the inputs are recognised by their files' checksums.
 */
export function geometryOf(
  data: BundledData,
  cacheDir?: string,
  progress: Progress = () => {},
): { geometry: DerivedGeometry; source: GeometrySource } {
  const key = geometryKey(geometryInputsOf(data.dir));
  const shipped = readShippedGeometry(data.dir, key);
  if (shipped) {
    progress(`land borders and sea proximity from data/${SHIPPED_GEOMETRY_FILE}`);
    return { geometry: shipped, source: 'shipped' };
  }
  progress(
    `data/${SHIPPED_GEOMETRY_FILE} was not derived from these inputs: deriving land borders and sea proximity ` +
      `from geometry (or reading them from an earlier build's cache)`,
  );
  if (!cacheDir) return { geometry: deriveGeometry(data), source: 'derived' };
  let source: GeometrySource = 'cache';
  const geometry = cachedSync(cacheDir, 'derived-geometry', [key, codeFingerprint()], () => {
    source = 'derived';
    return deriveGeometry(data);
  });
  return { geometry, source };
}

/** Every row of the store from the bundled data and its derived geometry (no I/O beyond reading data/). */
export function storeRowsFromBundled(data: BundledData, geometry: DerivedGeometry): StoreRows {
  const manifest = sha256(readFileSync(join(data.dir, 'manifest.json')));
  return bundledToRows(data, geometry.landBorders, manifest, geometry.seaProximity);
}

/** Drop every table (whatever version made them) and write the bundled rows, inside the caller's transaction. */
async function writeBundled(db: Database, rows: StoreRows): Promise<void> {
  const tables = await db.all<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE'`,
  );
  for (const t of tables) await db.run(`DROP TABLE "${t.name.replace(/"/g, '""')}"`);
  for (const statement of SCHEMA_SQL.split(';').filter((s) => s.trim())) await db.run(statement);
  for (const table of Object.keys(TABLES)) await db.insert(table, rows[table as keyof StoreRows]);
}

/**
 * `paradip db build`: the store from the bundled data plus every journaled import, written in place in one
 * DuckDB transaction (a crash leaves the old or the new store; another writer waits). Running it twice gives the
 * same contents. A store DuckDB cannot read (truncated, failing its checksums) is moved aside and built anew —
 * the imports come back from the journal. `fresh` forgets the imports too.
 */
export async function buildStore(
  path: string,
  progress: Progress = () => {},
  options: { fresh?: boolean; onWait?: (m: string) => void } = {},
): Promise<BuildReport> {
  const started = performance.now();
  progress('reading bundled data');
  const data = readBundled();
  const { geometry, source } = geometryOf(data, cacheDirOf(path), progress);
  const rows = storeRowsFromBundled(data, geometry);
  removeDebris(path);
  const journal = new ImportJournal(path);
  if (options.fresh) journal.clear();
  progress('writing the store');
  let movedDamaged: string | null = null;
  let result: Omit<BuildReport, 'path' | 'milliseconds' | 'movedDamaged' | 'geometry'>;
  try {
    result = await rebuild(path, rows, journal, progress, options);
  } catch (err) {
    if (!(err instanceof StoreError) || !existsSync(path)) throw err;
    movedDamaged = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    progress(`the store cannot be read (${err.message}); moving it to ${movedDamaged} and building anew`);
    renameSync(path, movedDamaged);
    if (existsSync(`${path}.wal`)) renameSync(`${path}.wal`, `${movedDamaged}.wal`);
    result = await rebuild(path, rows, journal, progress, options);
  }
  return {
    path,
    ...result,
    milliseconds: Math.round(performance.now() - started),
    movedDamaged,
    geometry: source,
  };
}

/**
 * Stores written by earlier versions hold imports that have no journal entry: their rows are journaled as they
 * are (kind "rows"), so the rebuild keeps them. A store that cannot be read has nothing to carry.
 */
async function journalUnjournaled(db: Database, journal: ImportJournal): Promise<void> {
  let imported: SourceRow[];
  try {
    imported = (await db.all(
      `SELECT * FROM sources WHERE kind = 'import' ORDER BY id`,
    )) as unknown as SourceRow[];
  } catch {
    return;
  }
  const journaled = new Set(journal.entries().map((e) => e.source.id));
  for (const source of imported.filter((s) => !journaled.has(s.id))) {
    const of = (table: string) => db.all(`SELECT * FROM ${table} WHERE source_id = ?`, [source.id]);
    const data = {
      indicators: await of('indicators'),
      observations: await of('observations'),
      ties: await of('ties'),
    };
    journal.writeRows(
      {
        version: 1,
        seq: journal.nextSeq(),
        kind: 'rows',
        file: source.files ? (JSON.parse(source.files) as string[])[0]! : source.id,
        sha256: source.sha256 ?? '',
        bytes: 0,
        rows: data.observations.length + data.ties.length,
        options: {},
        source,
        importedAt: new Date().toISOString(),
      },
      JSON.stringify(data),
    );
  }
}

async function rebuild(
  path: string,
  rows: StoreRows,
  journal: ImportJournal,
  progress: Progress,
  options: { fresh?: boolean; onWait?: (m: string) => void },
): Promise<Omit<BuildReport, 'path' | 'milliseconds' | 'movedDamaged' | 'geometry'>> {
  const db = await Database.open(path, { onWait: options.onWait, settings: writeSettings(path) });
  removeSpill(path);
  try {
    journal.settle(await committedJournalSeq(db));
    if (!options.fresh) await journalUnjournaled(db, journal);
    const entries = journal.entries();
    const skippedImports: BuildReport['skippedImports'] = [];
    try {
      await db.run('BEGIN TRANSACTION');
      await writeBundled(db, rows);
      if (entries.length) progress(`replaying ${entries.length} imported file(s)`);
      for (const entry of entries) {
        try {
          await replayImport(db, journal, entry);
        } catch (err) {
          skippedImports.push({ file: entry.file, reason: (err as Error).message });
        }
      }
      await checkUniqueObservations(db);
      const last = entries.length ? entries[entries.length - 1]!.seq : 0;
      await db.run(`INSERT OR REPLACE INTO meta VALUES ('journal_seq', ?)`, [String(last)]);
      await db.run('COMMIT');
    } catch (err) {
      await db.run('ROLLBACK').catch(() => {});
      const memory = outOfMemory(err);
      if (memory) throw memory;
      // DuckDB could not read or write the file: the store is damaged.
      if (err instanceof Error && /IO Error|Corrupt|checksum|Serialization|INTERNAL/i.test(err.message))
        throw new StoreError(err.message, { cause: err });
      throw err;
    }
    await db.run('CHECKPOINT');
    const counts: Record<string, number> = {};
    for (const t of Object.keys(TABLES))
      counts[t] = (await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n;
    return { counts, keptImports: entries.length - skippedImports.length, skippedImports };
  } finally {
    db.close();
  }
}

/**
 * One observation per region, indicator, period and scope. The table has no primary key (see schema.ts): the
 * bundled data and every import are written so that keys stay unique, and this checks it before the commit.
 */
async function checkUniqueObservations(db: Database): Promise<void> {
  const repeated = await db.all<{
    region_iso: string;
    indicator_id: string;
    period: string;
    scope: string;
    n: number;
  }>(
    `SELECT region_iso, indicator_id, period, scope, count(*) AS n FROM observations
      GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL LIMIT 5`,
  );
  if (repeated.length)
    throw new ParadipError(
      'internal',
      `the store would hold an observation twice: ${repeated
        .map((r) => `${r.region_iso} ${r.indicator_id} ${r.period} (${r.scope}) ×${r.n}`)
        .join('; ')}; nothing was changed`,
    );
}
