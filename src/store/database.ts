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

  /**
   * Append rows to a table through DuckDB's appender (values go straight into columns, no SQL text per batch):
   * each row gives the table's columns by name; a column a row does not have takes its default.
   */
  async insert(table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = (
      await this.all<{ name: string }>(
        'SELECT column_name AS name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
        [table],
      )
    ).map((c) => c.name);
    const appender = await this.conn.createAppender(table);
    try {
      const types = columns.map((_, i) => appender.columnType(i));
      for (const row of rows as Record<string, unknown>[]) {
        for (let i = 0; i < columns.length; i++) {
          const v = row[columns[i]!];
          if (v === undefined) appender.appendDefault();
          else if (v === null) appender.appendNull();
          else appender.appendValue(v as DuckDBValue, types[i]);
        }
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
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
