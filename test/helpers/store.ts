import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { cacheDirOf } from '../../src/store/result-cache.js';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { inject } from 'vitest';

/** A private copy of the store built in global setup, for tests that write to it. */
export function freshStore(): string {
  const dir = mkdtempSync(join(inject('tempRoot'), 'store-'));
  const path = join(dir, 'paradip.duckdb');
  copyFileSync(inject('baseStore'), path);
  // With its cache (derived geometry): rebuilding the copy then reads what the base store's build derived.
  const cache = cacheDirOf(inject('baseStore'));
  if (existsSync(cache)) cpSync(cache, cacheDirOf(path), { recursive: true });
  return path;
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function tempDir(): string {
  return mkdtempSync(join(inject('tempRoot'), 'tmp-'));
}
