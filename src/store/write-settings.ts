import { rmSync } from 'node:fs';
import { ParadipError } from '../errors/paradip-error.js';

/** The memory an import or build lets DuckDB use, in MB (PARADIP_IMPORT_MEMORY_MB overrides; at least 64). */
export function writeMemoryMb(): number {
  const mb = Number(process.env.PARADIP_IMPORT_MEMORY_MB);
  return Number.isFinite(mb) && mb >= 64 ? Math.floor(mb) : 128;
}

const spillDir = (storePath: string) => `${storePath}.spill`;

/**
 * DuckDB settings for a write (an import, a build and its replayed imports): a memory limit beyond which DuckDB
 * spills to a folder beside the store, so a file of any size is written in bounded memory; and no need to keep
 * row order (every staged row carries its line number), which lets DuckDB stream inserts.
 */
export function writeSettings(storePath: string): Record<string, string> {
  return {
    memory_limit: `${writeMemoryMb()}MB`,
    temp_directory: spillDir(storePath),
    preserve_insertion_order: 'false',
  };
}

/**
 * Remove what a write killed mid-way spilled: DuckDB removes its own files when it closes, not when the process
 * is killed. Call it while holding the store's write lock, so no other write is using the folder.
 */
export function removeSpill(storePath: string): void {
  rmSync(spillDir(storePath), { recursive: true, force: true });
}

/** DuckDB's out-of-memory error as the user's situation: what limit was hit and how to raise it. */
export function outOfMemory(err: unknown): ParadipError | null {
  const message = err instanceof Error ? err.message : String(err);
  if (!/Out of Memory Error/i.test(message)) return null;
  return new ParadipError(
    'store',
    `the write needed more memory than its limit of ${writeMemoryMb()} MB (${message.split('\n')[0]!.replace(/^Out of Memory Error: /, '')}); set PARADIP_IMPORT_MEMORY_MB higher, e.g. ${writeMemoryMb() * 2}; nothing was changed`,
    { memoryLimitMb: writeMemoryMb() },
    { cause: err },
  );
}
