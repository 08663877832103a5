import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A temporary path beside `path` (same file system, so the final rename is atomic). */
export function siblingTempPath(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function removeTemp(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}

/**
 * Write a new version of the file at `path` without ever exposing a half-written one: `write` works on a
 * temporary copy (a copy of the current file when `copyCurrent`), which replaces the original by rename only
 * if `write` succeeds. On failure the original file is untouched, byte for byte.
 */
export async function atomicReplace<T>(
  path: string,
  write: (tempPath: string) => Promise<T>,
  options: { copyCurrent?: boolean } = {},
): Promise<T> {
  const temp = siblingTempPath(path);
  try {
    if (options.copyCurrent && existsSync(path)) copyFileSync(path, temp);
    const result = await write(temp);
    if (existsSync(`${temp}.wal`))
      throw new Error(
        `atomicReplace: ${temp} still has a write-ahead log; close the database before returning`,
      );
    renameSync(temp, path);
    return result;
  } finally {
    removeTemp(temp);
  }
}
