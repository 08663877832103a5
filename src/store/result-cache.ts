import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** Entries kept per cache folder; the oldest go first. */
const MAX_ENTRIES = 40;

/** Where results computed from the store at `storePath` are kept: a folder beside it. */
export const cacheDirOf = (storePath: string): string => `${storePath}.cache`;

/**
 * What a result computed from a store depends on besides its parameters: the store file itself (size, time,
 * inode) and paradip's own code (the same store gives other results after an upgrade or a code change).
 */
export function storeFingerprint(storePath: string): string {
  const st = statSync(storePath);
  return JSON.stringify([storePath, st.size, st.mtimeMs, st.ino, codeFingerprint()]);
}

let code: string | undefined;
/** Sizes and times of every module of paradip (src/ or dist/src/): about 200 stat calls, a few ms. */
export function codeFingerprint(): string {
  if (code !== undefined) return code;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name)) {
        const st = statSync(p);
        parts.push(`${p}:${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(root);
  return (code = createHash('sha256').update(parts.join('\n')).digest('hex'));
}

function entryFile(dir: string, name: string, key: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
  return join(dir, `${name}-${hash}.v8`);
}

function readEntry<T>(file: string): { value: T } | undefined {
  try {
    return { value: deserialize(readFileSync(file)) as T };
  } catch {
    return undefined; // not cached yet (or unreadable): compute it
  }
}

function writeEntry(dir: string, file: string, value: unknown): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, file);
    prune(dir);
  } catch {
    // a read-only folder or a full disk: the next run computes again
  }
}

/**
 * The result of `compute` for `key`, read from `dir` if an earlier run stored it, else computed and stored.
 * The cache only saves time: an entry that cannot be read or written is recomputed, never an error.
 */
export async function cached<T>(
  dir: string,
  name: string,
  key: unknown,
  compute: () => T | Promise<T>,
): Promise<T> {
  const file = entryFile(dir, name, key);
  const hit = readEntry<T>(file);
  if (hit) return hit.value;
  const value = await compute();
  writeEntry(dir, file, value);
  return value;
}

/** `cached` for a synchronous computation. */
export function cachedSync<T>(dir: string, name: string, key: unknown, compute: () => T): T {
  const file = entryFile(dir, name, key);
  const hit = readEntry<T>(file);
  if (hit) return hit.value;
  const value = compute();
  writeEntry(dir, file, value);
  return value;
}

function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.v8'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(MAX_ENTRIES)) unlinkSync(join(dir, e.f));
}
