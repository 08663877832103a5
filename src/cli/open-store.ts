import { existsSync } from 'node:fs';
import { buildStore } from '../store/build-store.js';
import { loadSnapshot } from '../store/load-snapshot.js';
import { resolveStorePath } from '../store/store-path.js';
import type { Snapshot } from '../query/snapshot.js';

/** Path of the store, built from the bundled data on first use so that a fresh install just works. */
export async function ensureStore(dbOption: string | undefined, log: (m: string) => void): Promise<string> {
  const path = resolveStorePath(dbOption);
  if (!existsSync(path)) {
    log(`paradip: no store at ${path}; building it from the bundled data (first run)…`);
    const report = await buildStore(path, (m) => log(`  ${m}`));
    log(`paradip: store built in ${(report.milliseconds / 1000).toFixed(1)} s`);
  }
  return path;
}

export async function openSnapshot(
  dbOption: string | undefined,
  log: (m: string) => void,
): Promise<Snapshot> {
  return loadSnapshot(await ensureStore(dbOption, log));
}
