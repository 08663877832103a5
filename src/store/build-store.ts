import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Snapshot } from '../query/snapshot.js';
import { loadSnapshot } from './load-snapshot.js';
import { join } from 'node:path';
import { landBordersOf, seaProximityOf } from '../dataset/land-borders-of.js';
import { sha256 } from '../dataset/manifest.js';
import { readBundled, type BundledData } from '../dataset/read-bundled.js';
import { bundledToRows } from '../dataset/to-rows.js';
import { atomicReplace } from './atomic-replace.js';
import { Database } from './database.js';
import { cachedSync, cacheDirOf, codeFingerprint } from './result-cache.js';
import type { StoreRows } from './rows.js';
import { SCHEMA_SQL, TABLES } from './schema.js';

export interface BuildReport {
  path: string;
  counts: Record<string, number>;
  milliseconds: number;
  /** Imported files carried over from the previous store. */
  keptImports: number;
}

export type Progress = (message: string) => void;

/**
 * Compute every row of the store from the bundled data (no I/O beyond reading data/ and the cache). Land borders
 * and sea proximity are the slow part: with `cacheDir` they are kept there, keyed by what the shapes are made of
 * (outlines, the registry's statuses, country codes) and paradip's code, so a rebuild from the same geometry reads
 * them instead of deriving them again.
 */
export function storeRowsFromBundled(data: BundledData = readBundled(), cacheDir?: string): StoreRows {
  const manifest = sha256(readFileSync(join(data.dir, 'manifest.json')));
  let inputs: string | undefined;
  const derived = <T>(name: string, derive: () => T): T => {
    if (!cacheDir) return derive();
    inputs ??= createHash('sha256')
      .update(JSON.stringify([data.worldTopology, data.regionShapes, data.regions, data.countries]))
      .digest('hex');
    return cachedSync(cacheDir, name, [inputs, codeFingerprint()], derive);
  };
  const borders = {
    all: derived('land-borders-all', () => landBordersOf(data, 'all')),
    iso: derived('land-borders-iso', () => landBordersOf(data, 'iso')),
  };
  const sea = {
    all: derived('sea-proximity-all', () => seaProximityOf(data, 'all')),
    iso: derived('sea-proximity-iso', () => seaProximityOf(data, 'iso')),
  };
  return bundledToRows(data, borders, manifest, sea);
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
export async function buildStore(
  path: string,
  progress: Progress = () => {},
  options: { fresh?: boolean } = {},
): Promise<BuildReport> {
  const started = performance.now();
  progress('reading bundled data');
  const data = readBundled();
  progress('deriving land borders and sea proximity from geometry');
  const rows = storeRowsFromBundled(data, cacheDirOf(path));
  const kept = options.fresh ? 0 : await carryImports(path, rows, progress);
  progress('writing the store');
  await atomicReplace(path, (temp) => writeStore(temp, rows));
  const counts = Object.fromEntries(Object.keys(TABLES).map((t) => [t, rows[t as keyof StoreRows].length]));
  return { path, counts, milliseconds: Math.round(performance.now() - started), keptImports: kept };
}

/**
 * Rebuilding from the bundled data must not lose what users imported: the previous store's imported sources, with
 * their indicators, observations and ties, are added to the new rows (imports win over bundled rows with the same
 * key, as they did before the rebuild). A store of another schema version cannot be read: it is reported, not lost
 * silently — the old file is only replaced once the new one is complete, and `--fresh` is needed to drop imports.
 */
async function carryImports(path: string, rows: StoreRows, progress: Progress): Promise<number> {
  if (!existsSync(path)) return 0;
  let old: Snapshot;
  try {
    old = await loadSnapshot(path);
  } catch (err) {
    throw new Error(
      `buildStore: the existing store ${path} cannot be read (${(err as Error).message}); its imports would be lost — rebuild with --fresh to start over, or move the file away`,
      { cause: err },
    );
  }
  const imported = old.sources.filter((x) => x.kind === 'import');
  if (!imported.length) return 0;
  progress(`keeping ${imported.length} imported file(s)`);
  const ids = new Set(imported.map((x) => x.id));
  const obs = old.observations.filter((o) => ids.has(o.source_id));
  const key = (o: { region_iso: string; indicator_id: string; period: string; scope: string }) =>
    `${o.region_iso}\t${o.indicator_id}\t${o.period}\t${o.scope}`;
  const replaced = new Set(obs.map(key));
  rows.sources.push(...imported);
  rows.indicators.push(
    ...old.indicators.filter((i) => ids.has(i.source_id) && !rows.indicators.some((b) => b.id === i.id)),
  );
  rows.observations = [...rows.observations.filter((o) => !replaced.has(key(o))), ...obs];
  rows.ties.push(...old.ties.filter((t) => ids.has(t.source_id)));
  return imported.length;
}
