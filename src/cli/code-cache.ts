import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * What happened to the code cache in a run: read and accepted by V8; none yet, so written for the next run; one
 * that V8 rejected (another build or Node), written anew; or caching turned off.
 */
export type CodeCacheOutcome = 'used' | 'written' | 'rejected' | 'off';

/** How many cache files a folder keeps (one per bundle, command and Node version; 1–2 MB each); the least recently written go first. */
const KEEP = 24;

/**
 * The folder for V8 code caches: `PARADIP_CODE_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/paradip/code`,
 * else `~/.cache/paradip/code`. Per user, as the cache holds compiled code that the process will run.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.PARADIP_CODE_CACHE;
  if (set === 'off' || set === '0') return undefined;
  if (set) return set;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'paradip', 'code');
}

/**
 * Runs a CommonJS file, compiled with V8's code cache from `cacheDir` when there is one for this file's content, this
 * `kind` of run and this Node version. Otherwise it is compiled from source and the cache is written for the next
 * run once the program has done its start-up work (after `afterMs`, or at exit if it ends first), so that it holds
 * the functions start-up compiled, not only the top level. Runs that compile different functions (the server, a
 * query command) keep caches of their own `kind`. Compiling the bundle was a quarter of the server's start-up time
 * (issue #14); reading the cache takes a small part of that.
 *
 * The cache is an optimisation only: a missing, unreadable, foreign or corrupt file means compiling from source
 * (V8 checks the version, flags and source length it was made for, and the file name the content), and a folder
 * that cannot be written is skipped.
 *
 * @example
 * runWithCodeCache('/app/cli.js', codeCacheDir(), 'serve');
 */
export function runWithCodeCache(
  file: string,
  cacheDir: string | undefined,
  kind = 'main',
  afterMs = 1000,
): { outcome: CodeCacheOutcome; exports: unknown } {
  const bytes = readFileSync(file);
  // V8 itself only checks the source's length: the file's content names its cache (sha-256, ~3 ms for the bundle).
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const source = bytes.toString('utf8');
  const cacheFile = cacheDir && join(cacheDir, `${hash}-${kind}-node${process.version}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  if (cacheFile)
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  // No import() in such a script on Node 20 (no loader is honoured with cached data): the bundle loads the packages
  // it leaves out with require (src/io/load-package.ts), and scripts/bundle-cli.ts refuses an import() of one.
  const script = new Script(wrap(source), { filename: file, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  const outcome: CodeCacheOutcome = !cacheFile
    ? 'off'
    : accepted
      ? 'used'
      : cachedData
        ? 'rejected'
        : 'written';
  if (cacheFile && !accepted) {
    let done = false;
    const write = () => {
      if (done) return;
      done = true;
      process.off('exit', write);
      try {
        writeCache(cacheFile, script.createCachedData());
      } catch {
        // A read-only or full disk: the next run compiles from source again.
      }
    };
    setTimeout(write, afterMs).unref();
    process.once('exit', write);
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { outcome, exports: module.exports };
}

/** Written beside, then renamed: a process reading the cache never sees half a file. Old entries are pruned. */
function writeCache(file: string, data: Buffer): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, data, { mode: 0o600 });
  renameSync(part, file);
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith('.bin'))
    .map((n) => ({ path: join(dir, n), at: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of entries.slice(KEEP)) rmSync(old.path, { force: true });
}
