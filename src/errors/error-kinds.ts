import { ParadipError, type ErrorKind } from './paradip-error.js';

/** Exit codes of the CLI (the README's table is checked against this). */
export const EXIT_CODES: Record<ErrorKind | 'ok', number> = {
  ok: 0,
  input: 1,
  not_found: 1,
  usage: 2,
  store: 3,
  busy: 4,
  internal: 70,
};

/** HTTP statuses of the API. */
export const HTTP_STATUSES: Record<ErrorKind, number> = {
  input: 400,
  not_found: 404,
  usage: 400,
  store: 503,
  busy: 503,
  internal: 500,
};

/** System error codes that are the user's situation, not a bug: a missing folder, no permission, a full disk. */
const SYSTEM_FAULTS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EEXIST: 'already exists',
};

/**
 * Any thrown value as a ParadipError: ours as they are; a system error on a path the user gave as an input
 * error naming the path; anything else as internal (the only kind shown with its stack).
 */
export function classifyError(err: unknown): ParadipError {
  if (err instanceof ParadipError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && SYSTEM_FAULTS[e.code])
    return new ParadipError(
      'input',
      `${e.path ? `${e.path}: ` : ''}${SYSTEM_FAULTS[e.code]}`,
      { code: e.code, ...(e.path ? { path: e.path } : {}) },
      { cause: err },
    );
  return new ParadipError('internal', err instanceof Error ? err.message : String(err), null, {
    cause: err,
  });
}
