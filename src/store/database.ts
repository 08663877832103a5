import { createRequire } from 'node:module';
import type * as DuckDB from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { lockHolder, lockTimeoutMs, StoreBusy } from './store-busy.js';
import { StoreError } from './store-error.js';

// Required, not imported: importing this CommonJS package from an ES module makes Node scan its many files for
// their export names first, ~0.2 s of every command that opens the store.
const { DuckDBInstance, DuckDBTypeId } = createRequire(import.meta.url)('@duckdb/node-api') as typeof DuckDB;
type DuckDBInstance = DuckDB.DuckDBInstance;

export type Row = Record<string, string | number | boolean | null>;

/** Plain JS values from DuckDB's: BIGINT arrives as bigint and is turned into number (counts fit easily). */
function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Writers in this process, one at a time per file: DuckDB's file lock keeps other processes out, but a process
 * does not conflict with its own locks, so two writes in one server are queued here.
 */
const writers = new Map<string, Promise<void>>();

async function takeWriterTurn(path: string): Promise<() => void> {
  const previous = writers.get(path) ?? Promise.resolve();
  let release!: () => void;
  const turn = new Promise<void>((r) => (release = r));
  const chained = previous.then(() => turn);
  writers.set(path, chained);
  await previous;
  return () => {
    release();
    if (writers.get(path) === chained) writers.delete(path);
  };
}

export interface OpenOptions {
  readOnly?: boolean;
  /** Told once when another process holds the store and this one waits for it. */
  onWait?: (message: string) => void;
  /** DuckDB settings for this instance (e.g. a memory limit that makes large operations spill to disk). */
  settings?: Record<string, string>;
}

/** A DuckDB file opened for reading or writing, with the few calls paradip needs. */
export class Database {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly path: string,
    private readonly release: () => void,
  ) {}

  /**
   * Open the store. A writer holds DuckDB's lock on the file until it closes; another process that opens it
   * meanwhile waits (up to PARADIP_LOCK_TIMEOUT, 30 s by default) and then fails as busy, naming the holder.
   */
  static async open(path: string, options: OpenOptions = {}): Promise<Database> {
    const release = options.readOnly ? () => {} : await takeWriterTurn(path);
    const started = Date.now();
    let told = false;
    for (;;) {
      try {
        const instance = await DuckDBInstance.create(
          path,
          options.readOnly ? { ...options.settings, access_mode: 'READ_ONLY' } : { ...options.settings },
        );
        return new Database(instance, await instance.connect(), path, release);
      } catch (err) {
        const message = (err as Error).message;
        const holder = lockHolder(message);
        if (holder === null) {
          release();
          throw new StoreError(
            `cannot open the store ${path}: ${message.replace(/^IO Error: /, '')}; run \`paradip db build\``,
            {
              cause: err,
            },
          );
        }
        const waited = Date.now() - started;
        if (waited >= lockTimeoutMs()) {
          release();
          throw new StoreBusy(path, holder, waited);
        }
        if (!told)
          options.onWait?.(`waiting for the store: another paradip (process ${holder}) is writing ${path}…`);
        told = true;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async all<T extends Row = Row>(sql: string, params: DuckDBValue[] = []): Promise<T[]> {
    const reader = await this.conn.runAndReadAll(sql, params);
    return reader.getRowObjects().map((r) => {
      const out: Row = {};
      for (const [k, v] of Object.entries(r)) out[k] = plain(v);
      return out as T;
    });
  }

  async run(sql: string, params: DuckDBValue[] = []): Promise<void> {
    await this.conn.run(sql, params);
  }

  /**
   * Append rows to a table through DuckDB's appender (values go straight into columns, no SQL text per batch):
   * each row gives the table's columns by name; a column a row does not have takes its default.
   */
  async insert(table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    // The columns in order, from an empty query: information_schema took ~15 ms a table, most of a small insert.
    const columns = (
      await this.conn.run(`SELECT * FROM main."${table.replace(/"/g, '""')}" LIMIT 0`)
    ).columnNames();
    const appender = await this.conn.createAppender(table);
    try {
      const types = columns.map((_, i) => appender.columnType(i));
      // Text and doubles appended as they are; appendValue makes a DuckDB value object for each (and checks the
      // JavaScript type against the column's: other values still go through it, for that check).
      const text = types.map((t) => t.typeId === DuckDBTypeId.VARCHAR);
      const double = types.map((t) => t.typeId === DuckDBTypeId.DOUBLE);
      for (const row of rows as Record<string, unknown>[]) {
        for (let i = 0; i < columns.length; i++) {
          const v = row[columns[i]!];
          if (v === undefined) appender.appendDefault();
          else if (v === null) appender.appendNull();
          else if (text[i] && typeof v === 'string') appender.appendVarchar(v);
          else if (double[i] && typeof v === 'number') appender.appendDouble(v);
          else appender.appendValue(v as DuckDBValue, types[i]);
        }
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  /** DuckDB's appender for bulk rows (column order of the table). */
  async appender(table: string) {
    return this.conn.createAppender(table);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.run('COMMIT');
      return result;
    } catch (err) {
      await this.run('ROLLBACK').catch(() => {});
      throw err;
    }
  }

  close(): void {
    try {
      this.conn.closeSync();
      this.instance.closeSync();
    } finally {
      this.release();
    }
  }
}
