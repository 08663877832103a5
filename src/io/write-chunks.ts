import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Write text pieces in chunks of about `size` characters, to a file (created or truncated) or through `write`:
 * a large table goes out as it is produced, never as one string (V8 strings stop at about 512 MB).
 */
export function writeChunks(
  pieces: Iterable<string>,
  target: string | ((text: string) => void),
  size = 1 << 16,
): void {
  const fd = typeof target === 'string' ? openSync(target, 'w') : null;
  const emit = (text: string) => (fd === null ? (target as (t: string) => void)(text) : writeSync(fd, text));
  try {
    let buffer = '';
    for (const p of pieces) {
      buffer += p;
      if (buffer.length >= size) {
        emit(buffer);
        buffer = '';
      }
    }
    if (buffer) emit(buffer);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
