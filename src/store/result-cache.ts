import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A key for a computed result: the SHA-256 of everything it is computed from (data, configuration, and the hash of
 * the code that computes it), so a change to any of them misses the cache instead of serving a stale result.
 */
export function resultKey(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? p : JSON.stringify(p)).update('\u0000');
  return h.digest('hex');
}

/**
 * SHA-256 of the source files in the directory of `moduleUrl` (the .ts sources when run from source, the compiled
 * .js in a build): part of a result's key, so that changing the code that computes it invalidates it.
 */
export function codeHash(moduleUrl: string): string {
  const dir = fileURLToPath(new URL('.', moduleUrl));
  const ext = moduleUrl.endsWith('.ts') ? '.ts' : '.js';
  const h = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort())
    h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

/**
 * Results worth keeping between runs (derived geometry, the classification), as JSON files in a directory beside
 * the store, one per name, holding the key they were computed for. A missing, unreadable or outdated file is
 * recomputed and replaced (written to a temporary file, then renamed); a directory that cannot be written only
 * means no caching. Without a directory nothing is cached.
 */
export class ResultCache {
  constructor(readonly dir: string | null) {}

  private file(name: string): string {
    return join(this.dir!, `${name.replace(/[^\w.-]/g, '_')}.json`);
  }

  read<T>(name: string, key: string): T | undefined {
    if (!this.dir) return undefined;
    try {
      const saved = JSON.parse(readFileSync(this.file(name), 'utf8')) as { key: string; value: T };
      return saved.key === key ? saved.value : undefined;
    } catch {
      return undefined;
    }
  }

  write(name: string, key: string, value: unknown): void {
    if (!this.dir) return;
    const file = this.file(name);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify({ key, value }));
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }

  /** The cached value for `name` if it was computed for `key`, else `compute()`, kept for next time. */
  get<T>(name: string, key: string, compute: () => T): T {
    const hit = this.read<T>(name, key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.write(name, key, value);
    return value;
  }
}
