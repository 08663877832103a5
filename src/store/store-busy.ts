import { ParadipError } from '../errors/paradip-error.js';

/** How long a paradip waits for another one to finish writing the store (PARADIP_LOCK_TIMEOUT, seconds). */
export function lockTimeoutMs(): number {
  const s = Number(process.env.PARADIP_LOCK_TIMEOUT);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : 30_000;
}

/** The process DuckDB names as holding the file lock, from its error message. */
export function lockHolder(message: string): number | null {
  if (!/Could not set lock on file/i.test(message)) return null;
  const m = /\(PID (\d+)\)/.exec(message);
  return m ? Number(m[1]) : 0;
}

/** Another writer kept the store past the timeout: exit 4 (busy), naming who holds it. */
export class StoreBusy extends ParadipError {
  constructor(path: string, pid: number, waitedMs: number) {
    super(
      'busy',
      `the store ${path} is being written by another paradip (process ${pid || 'unknown'}); waited ${Math.round(waitedMs / 1000)} s — try again when it has finished (PARADIP_LOCK_TIMEOUT sets the wait)`,
      { path, pid: pid || null },
    );
  }
}
