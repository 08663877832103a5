import { existsSync } from 'node:fs';
import { StoreError } from './store-error.js';
import { StoreOutdated } from './store-outdated.js';
import type { Snapshot } from '../query/snapshot.js';
import { Database } from './database.js';
import { SCHEMA_VERSION, TABLES } from './schema.js';
import { TABLE_SCHEMAS, type TableName } from './table-schemas.js';
import { z } from 'zod';

/** Read every table of the store at `path` (opened read-only, so the file is not touched). */
export async function loadSnapshot(path: string, onWait?: (message: string) => void): Promise<Snapshot> {
  if (!existsSync(path)) throw new StoreError(`no store at ${path}; run \`paradip db build\``);
  const db = await Database.open(path, { readOnly: true, onWait });
  try {
    return await readSnapshot(db, path);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    // DuckDB found the file damaged (a failed checksum, a truncated block) or missing tables.
    throw new StoreError(
      `the store ${path} is damaged or incomplete (${(err as Error).message}); run \`paradip db build\` (imports are kept)`,
      { cause: err },
    );
  } finally {
    db.close();
  }
}

async function readSnapshot(db: Database, path: string): Promise<Snapshot> {
  const meta = Object.fromEntries(
    (await db.all<{ key: string; value: string }>('SELECT key, value FROM meta')).map((r) => [
      r.key,
      r.value,
    ]),
  );
  if (meta.schema_version !== String(SCHEMA_VERSION))
    throw new StoreOutdated(path, meta.schema_version, SCHEMA_VERSION);
  const read = async <T extends TableName>(table: T): Promise<z.infer<(typeof TABLE_SCHEMAS)[T]>[]> => {
    const rows = await db.all(`SELECT * FROM ${table} ORDER BY ${TABLES[table]}`);
    const parsed = z.array(TABLE_SCHEMAS[table]).safeParse(rows);
    if (parsed.success) return parsed.data as z.infer<(typeof TABLE_SCHEMAS)[T]>[];
    const issue = parsed.error.issues[0]!;
    const [row, column] = issue.path;
    throw new StoreError(
      `the store ${path} does not hold what this paradip expects: table ${table}, row ${Number(row) + 1}, column ${String(
        column,
      )}: ${issue.message}; run \`paradip db build\` (imports are kept)`,
    );
  };
  return {
    meta,
    sources: await read('sources'),
    regions: await read('regions'),
    countries: await read('countries'),
    partners: await read('partners'),
    ties: await read('ties'),
    indicators: await read('indicators'),
    observations: await read('observations'),
    country_observations: await read('country_observations'),
  };
}

/** Every table as sorted rows: two stores with equal dumps have identical contents. */
export async function dumpStore(path: string): Promise<Record<string, unknown[]>> {
  const db = await Database.open(path, { readOnly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const [table, order] of Object.entries(TABLES))
      out[table] = await db.all(`SELECT * FROM ${table} ORDER BY ${order}`);
    return out;
  } finally {
    db.close();
  }
}
