import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from './database.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove what earlier versions of paradip left when killed mid-write: full-size copies of the store named
 * `.NAME.PID.HEX.tmp` (and their `.wal`), once the process that made them is gone. Returns what was removed.
 */
export function removeDebris(storePath: string): string[] {
  const dir = dirname(storePath);
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(
    `^\\.${basename(storePath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]+\\.tmp(\\.wal)?$`,
  );
  const removed: string[] = [];
  for (const f of readdirSync(dir)) {
    const m = pattern.exec(f);
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(dir, f), { force: true });
    removed.push(f);
  }
  return removed;
}

/** The last journal entry the store has committed (0 for none, or a store without the key). */
export async function committedJournalSeq(db: Database): Promise<number> {
  try {
    const [row] = await db.all<{ value: string }>(`SELECT value FROM meta WHERE key = 'journal_seq'`);
    return row ? Number(row.value) : 0;
  } catch {
    return 0;
  }
}
