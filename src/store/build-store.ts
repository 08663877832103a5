import { existsSync, readFileSync } from 'node:fs';
import type { Snapshot } from '../query/snapshot.js';
import { loadSnapshot } from './load-snapshot.js';
import { dirname, join } from 'node:path';
import { landBordersOf, seaProximityOf } from '../dataset/land-borders-of.js';
import { sha256 } from '../dataset/manifest.js';
import { readBundled, type BundledData } from '../dataset/read-bundled.js';
import { bundledToRows } from '../dataset/to-rows.js';
import { atomicReplace } from './atomic-replace.js';
import { Database } from './database.js';
import { codeHash, ResultCache, resultKey } from './result-cache.js';
import type { Universe } from '../registry/region.js';
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
 * and sea proximity are the slow part: they are kept in `cache`, keyed by the shapes, the options and the geometry
 * code, so a rebuild from the same geometry reads them instead of deriving them again.
 */
export function storeRowsFromBundled(
  data: BundledData = readBundled(),
  cache: ResultCache = new ResultCache(null),
): StoreRows {
  const manifest = sha256(readFileSync(join(data.dir, 'manifest.json')));
  // Keyed by what the shapes are made of (outlines, the registry's statuses, country codes) and the geometry code.
  const inputs = cache.dir
    ? resultKey(data.worldTopology, data.regionShapes, data.regions, data.countries, codeHash(GEOMETRY_CODE))
    : '';
  const derived = <T>(name: string, universe: Universe, derive: () => T): T =>
    cache.dir ? cache.get(`${name}-${universe}`, resultKey(name, universe, inputs), derive) : derive();
  const borders = {
    all: derived('land-borders', 'all', () => landBordersOf(data, 'all')),
    iso: derived('land-borders', 'iso', () => landBordersOf(data, 'iso')),
  };
  const sea = {
    all: derived('sea-proximity', 'all', () => seaProximityOf(data, 'all')),
    iso: derived('sea-proximity', 'iso', () => seaProximityOf(data, 'iso')),
  };
  return bundledToRows(data, borders, manifest, sea);
}

/** A module of src/geo: the hash of that directory's code is part of the key of derived geometry. */
const GEOMETRY_CODE = new URL(
  `../geo/land-borders${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
).href;

/** Where the results computed from a store's data are kept: a directory beside the store file. */
export function cacheDirOf(storePath: string): string {
  return join(dirname(storePath), 'cache');
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
  const rows = storeRowsFromBundled(data, new ResultCache(cacheDirOf(path)));
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
