import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, string | number | boolean | null>;

/** Plain JS values from DuckDB's: BIGINT arrives as bigint and is turned into number (counts fit easily). */
function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** A DuckDB file opened for reading or writing, with the few calls paradip needs. */
export class Database {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly path: string,
  ) {}

  static async open(path: string, options: { readOnly?: boolean } = {}): Promise<Database> {
    const instance = await DuckDBInstance.create(path, options.readOnly ? { access_mode: 'READ_ONLY' } : {});
    const conn = await instance.connect();
    return new Database(instance, conn, path);
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

  /** Insert rows in batches; the column list comes from the first row. */
  async insert(table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const batch = Math.max(1, Math.floor(1000 / columns.length));
    const placeholders = `(${columns.map(() => '?').join(',')})`;
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      const values = chunk.flatMap((r) =>
        columns.map((c) => ((r as Record<string, unknown>)[c] ?? null) as DuckDBValue),
      );
      await this.conn.run(
        `INSERT INTO ${table} (${columns.join(',')}) VALUES ${chunk.map(() => placeholders).join(',')}`,
        values,
      );
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await fn();
      await this.run('COMMIT');
      return result;
    } catch (err) {
      await this.run('ROLLBACK');
      throw err;
    }
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
