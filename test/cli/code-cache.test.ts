import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { codeCacheDir } from '../../src/cli/code-cache.js';
import { tempDir } from '../helpers/store.js';

const exec = promisify(execFile);

// A small CommonJS program written by the test (synthetic), with functions for V8 to compile and cache.
let programs = 0;
function program(dir: string): { file: string; value: number } {
  const n = ++programs;
  const file = join(dir, `program-${n}.js`);
  writeFileSync(
    file,
    `const sum = (k) => { let s = 0; for (let i = 1; i <= k; i++) s += i * ${n}; return s; };\n` +
      `module.exports = { value: sum(100), here: __filename, req: typeof require('node:path').join };\n`,
  );
  return { file, value: 5050 * n };
}

// Each run in a process of its own, as the CLI's are: within one process V8 reuses what it compiled already, and
// would neither read nor reject a cache. The module is bundled to CommonJS for plain node.
let runner: string;
beforeAll(() => {
  runner = join(tempDir(), 'code-cache.cjs');
  buildSync({
    entryPoints: [join(packageRoot(), 'src', 'cli', 'code-cache.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: runner,
    logLevel: 'error',
  });
});

/** The cache is written once start-up is over (`afterMs`); here at once, before the process ends. */
async function run(file: string, kind: string, cache: string | undefined) {
  const script = `const r = require(${JSON.stringify(runner)}).runWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)}, ${JSON.stringify(kind)}, 0); setTimeout(() => console.log(JSON.stringify(r)), 20);`;
  const { stdout } = await exec(process.execPath, ['-e', script], { encoding: 'utf8' });
  return JSON.parse(stdout) as { outcome: string; exports: { value: number; here: string; req: string } };
}

describe('runWithCodeCache', () => {
  it('runs the file as a CommonJS module and writes its cache for the next run, which V8 accepts', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const { file, value } = program(dir);
    const first = await run(file, 'k1', cache);
    expect(first.outcome).toBe('written');
    expect(first.exports).toEqual({ value, here: file, req: 'function' });
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(new RegExp(`^[0-9a-f]{32}-k1-node${process.version}-${process.arch}\\.bin$`));
    expect(readFileSync(join(cache, entries[0]!)).length).toBeGreaterThan(0);

    const second = await run(file, 'k1', cache);
    expect(second.outcome).toBe('used');
    expect(second.exports).toEqual(first.exports);
  });

  it('compiles from source when the cache is corrupt, and writes it anew', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const { file, value } = program(dir);
    await run(file, 'k', cache);
    const entry = join(cache, readdirSync(cache)[0]!);
    writeFileSync(entry, 'not a code cache');
    const corrupt = await run(file, 'k', cache);
    expect(corrupt.outcome).toBe('rejected');
    expect(corrupt.exports.value).toBe(value);
    expect(readFileSync(entry, 'utf8')).not.toBe('not a code cache');
    expect((await run(file, 'k', cache)).outcome).toBe('used');
  });

  it('never runs the cache of other code of the same length (V8 checks only the length)', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const a = program(dir);
    const b = program(dir);
    expect(readFileSync(a.file).length).toBe(readFileSync(b.file).length);
    await run(a.file, 'k', cache);
    // b, which differs from a by one digit, has no cache yet.
    const other = await run(b.file, 'k', cache);
    expect(other.outcome).toBe('written');
    expect(other.exports.value).toBe(b.value);
    expect((await run(b.file, 'k', cache)).exports).toMatchObject({ value: b.value });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('keeps a cache per kind of run', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const { file } = program(dir);
    await run(file, 'serve', cache);
    expect((await run(file, 'cli', cache)).outcome).toBe('written');
    expect((await run(file, 'serve', cache)).outcome).toBe('used');
  });

  it('runs without a cache when turned off or when the folder cannot be written', async () => {
    const dir = tempDir();
    const { file, value } = program(dir);
    const off = await run(file, 'k', codeCacheDir({ PARADIP_CODE_CACHE: 'off' }));
    expect(off).toEqual({ outcome: 'off', exports: expect.objectContaining({ value }) });
    // A folder below a plain file cannot be made.
    writeFileSync(join(dir, 'plain'), '');
    const blocked = join(dir, 'plain', 'cache');
    expect((await run(file, 'k', blocked)).outcome).toBe('written');
    expect(existsSync(blocked)).toBe(false);
  });

  it('keeps the 24 most recently written caches of a folder', async () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    for (let i = 0; i < 26; i++) await run(program(dir).file, `kind${i}`, cache);
    const kept = readdirSync(cache).sort();
    expect(kept).toHaveLength(24);
    expect(kept.some((n) => n.includes('-kind25-'))).toBe(true);
  });
});

describe('codeCacheDir', () => {
  it('is per user, under XDG_CACHE_HOME or ~/.cache, unless PARADIP_CODE_CACHE names a folder or "off"', () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/paradip/code');
    expect(codeCacheDir({})).toMatch(/\/\.cache\/paradip\/code$/);
    expect(codeCacheDir({ PARADIP_CODE_CACHE: '/elsewhere' })).toBe('/elsewhere');
    expect(codeCacheDir({ PARADIP_CODE_CACHE: 'off' })).toBeUndefined();
    expect(codeCacheDir({ PARADIP_CODE_CACHE: '0' })).toBeUndefined();
  });
});
