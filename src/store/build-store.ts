import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { landBordersOf } from '../dataset/land-borders-of.js';
import { sha256 } from '../dataset/manifest.js';
import { readBundled, type BundledData } from '../dataset/read-bundled.js';
import { bundledToRows } from '../dataset/to-rows.js';
import { atomicReplace } from './atomic-replace.js';
import { Database } from './database.js';
import type { StoreRows } from './rows.js';
import { SCHEMA_SQL, TABLES } from './schema.js';

export interface BuildReport {
  path: string;
  counts: Record<string, number>;
  milliseconds: number;
}

export type Progress = (message: string) => void;

/** Compute every row of the store from the bundled data (no I/O beyond reading data/). */
export function storeRowsFromBundled(data: BundledData = readBundled()): StoreRows {
  const manifest = sha256(readFileSync(join(data.dir, 'manifest.json')));
  const borders = { all: landBordersOf(data, 'all'), iso: landBordersOf(data, 'iso') };
  return bundledToRows(data, borders, manifest);
}

/** Write rows into a new, empty DuckDB file. */
export async function writeStore(path: string, rows: StoreRows): Promise<void> {
  const db = await Database.open(path);
  try {
    await db.transaction(async () => {
      for (const statement of SCHEMA_SQL.split(';').filter((s) => s.trim())) await db.run(statement);
      for (const table of Object.keys(TABLES)) await db.insert(table, rows[table as keyof StoreRows]);
    });
    await db.run('CHECKPOINT');
  } finally {
    db.close();
  }
}

/**
 * `paradip db build`: create the store from the bundled data in a temporary file and swap it in. Running it
 * twice gives the same contents; if anything fails the previous store stays as it was.
 */
export async function buildStore(path: string, progress: Progress = () => {}): Promise<BuildReport> {
  const started = performance.now();
  progress('reading bundled data');
  const data = readBundled();
  progress('deriving land borders from geometry');
  const rows = storeRowsFromBundled(data);
  progress('writing the store');
  await atomicReplace(path, (temp) => writeStore(temp, rows));
  const counts = Object.fromEntries(Object.keys(TABLES).map((t) => [t, rows[t as keyof StoreRows].length]));
  return { path, counts, milliseconds: Math.round(performance.now() - started) };
}
