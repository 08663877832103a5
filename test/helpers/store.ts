import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { inject } from 'vitest';

/** A private copy of the store built in global setup, for tests that write to it. */
export function freshStore(): string {
  const dir = mkdtempSync(join(inject('tempRoot'), 'store-'));
  const path = join(dir, 'paradip.duckdb');
  copyFileSync(inject('baseStore'), path);
  return path;
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function tempDir(): string {
  return mkdtempSync(join(inject('tempRoot'), 'tmp-'));
}
