import { existsSync } from 'node:fs';
import { StoreError } from './store-error.js';
import type { Snapshot } from '../query/snapshot.js';
import { Database } from './database.js';
import { SCHEMA_VERSION, TABLES } from './schema.js';

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
    throw new StoreError(
      `${path} has schema version ${meta.schema_version}, this paradip needs ${SCHEMA_VERSION}; run \`paradip db build\``,
    );
  const read = async (table: string) => db.all(`SELECT * FROM ${table} ORDER BY ${TABLES[table]}`);
  return {
    meta,
    sources: (await read('sources')) as never,
    regions: (await read('regions')) as never,
    countries: (await read('countries')) as never,
    partners: (await read('partners')) as never,
    ties: (await read('ties')) as never,
    indicators: (await read('indicators')) as never,
    observations: (await read('observations')) as never,
    country_observations: (await read('country_observations')) as never,
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
