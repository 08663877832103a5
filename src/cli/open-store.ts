import { existsSync } from 'node:fs';
import { resolveStorePath } from '../store/store-path.js';
import type { Snapshot } from '../query/snapshot.js';
import { cached, cacheDirOf, storeFingerprint } from '../store/result-cache.js';
import { StoreOutdated } from '../store/store-outdated.js';

/** Path of the store, built from the bundled data on first use so that a fresh install just works. */
export async function ensureStore(dbOption: string | undefined, log: (m: string) => void): Promise<string> {
  const path = resolveStorePath(dbOption);
  if (!existsSync(path)) {
    log(`paradip: no store at ${path}; building it from the bundled data (first run)…`);
    const { buildStore } = await import('../store/build-store.js');
    const report = await buildStore(path, (m) => log(`  ${m}`), { onWait: (m) => log(`paradip: ${m}`) });
    log(`paradip: store built in ${(report.milliseconds / 1000).toFixed(1)} s`);
  }
  return path;
}

/** For each snapshot read by this process: its cache folder and the store's fingerprint. */
const origins = new WeakMap<Snapshot, { dir: string; store: string }>();

/**
 * The store's tables. A copy is cached beside the store and used while the store file is unchanged, so a
 * query does not load the database engine (a third of a query command's time).
 */
export async function openSnapshot(
  dbOption: string | undefined,
  log: (m: string) => void,
): Promise<Snapshot> {
  const path = await ensureStore(dbOption, log);
  const open = async () => {
    const origin = { dir: cacheDirOf(path), store: storeFingerprint(path) };
    const s = await cached(origin.dir, 'snapshot', origin.store, async () =>
      (await import('../store/load-snapshot.js')).loadSnapshot(path, (m) => log(`paradip: ${m}`)),
    );
    origins.set(s, origin);
    return s;
  };
  try {
    return await open();
  } catch (err) {
    if (!(err instanceof StoreOutdated)) throw err;
    // An upgrade: the store is rebuilt in this version's layout, its imports replayed from the journal.
    log(
      `paradip: the store was written by another version of paradip (schema ${err.found ?? 'none'}); rebuilding it, imports kept…`,
    );
    const { buildStore } = await import('../store/build-store.js');
    await buildStore(path, (m) => log(`  ${m}`), { onWait: (m) => log(`paradip: ${m}`) });
    return open();
  }
}

/**
 * `compute()`'s result for a snapshot opened by `openSnapshot` and `params`, cached beside its store; computed
 * afresh for a snapshot from elsewhere.
 */
export async function cachedFor<T>(
  s: Snapshot,
  name: string,
  params: unknown,
  compute: () => T | Promise<T>,
): Promise<T> {
  const origin = origins.get(s);
  return origin ? cached(origin.dir, name, [origin.store, params], compute) : compute();
}
