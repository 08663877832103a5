import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { cli, spawnCli } from '../helpers/cli.js';
import { freshStore, tempDir } from '../helpers/store.js';

const REGIONS = ['RU-TA', 'RU-KR', 'RU-MOW', 'RU-SPE', 'RU-NIZ', 'RU-SVE', 'RU-KDA', 'RU-NVS'];

/** SYNTHETIC TEST DATA (not real figures): consular_posts for one made-up future period. */
function syntheticFile(dir: string, period: string, value = 7): string {
  const path = join(dir, `synthetic-${period}.csv`);
  writeFileSync(
    path,
    'region;indicator;period;value\n' +
      REGIONS.map((r) => `${r};consular_posts;${period};${value}`).join('\n') +
      '\n',
  );
  return path;
}

const periodCount = async (store: string, period: string) =>
  (await loadSnapshot(store)).observations.filter((o) => o.period === period).length;

/** Files beside the store that are neither the store, its write-ahead log, nor its import journal. */
const debris = (store: string) =>
  readdirSync(dirname(store)).filter(
    (f) => !['paradip.duckdb', 'paradip.duckdb.wal', 'paradip.imports', 'paradip.duckdb.cache'].includes(f),
  );

describe('store writes: in place, one writer at a time, nothing lost', () => {
  it('two imports at once into one store both keep their rows', async () => {
    const store = freshStore();
    const dir = tempDir();
    const [a, b] = [
      spawnCli([
        '--db',
        store,
        'import',
        'observations',
        syntheticFile(dir, '2041'),
        '--source',
        'synthetic A',
      ]),
      spawnCli([
        '--db',
        store,
        'import',
        'observations',
        syntheticFile(dir, '2042'),
        '--source',
        'synthetic B',
      ]),
    ];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code], ra.err + rb.err).toEqual([0, 0]);
    expect(await periodCount(store, '2041')).toBe(REGIONS.length);
    expect(await periodCount(store, '2042')).toBe(REGIONS.length);
    expect(debris(store)).toEqual([]);
  });

  it('a second writer waits for the first, then fails as busy (exit 4) naming the process that holds the store', async () => {
    const store = freshStore();
    // Another process holds DuckDB's write lock on the store for a while.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const i = await DuckDBInstance.create(${JSON.stringify(store)});
         process.stdout.write('locked\\n');
         setTimeout(() => i.closeSync(), 8000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((r) => holder.stdout!.once('data', r));
    process.env.PARADIP_LOCK_TIMEOUT = '1';
    try {
      const r = await cli([
        '--db',
        store,
        'import',
        'observations',
        syntheticFile(tempDir(), '2043'),
        '--source',
        'synthetic',
      ]);
      expect(r.code).toBe(4);
      expect(r.err).toMatch(/waiting for the store: another paradip \(process \d+\)/);
      expect(r.err).toContain(`process ${holder.pid}`);
    } finally {
      delete process.env.PARADIP_LOCK_TIMEOUT;
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.on('close', r));
    expect(await periodCount(store, '2043')).toBe(0);
  });

  it('leftover temporary copies from earlier versions are removed on the next write', async () => {
    const store = freshStore();
    // What a killed import of an earlier version left: a full copy named after a process that is gone.
    const dead = join(dirname(store), '.paradip.duckdb.999999999.0badc0de.tmp');
    writeFileSync(dead, 'x'.repeat(1000));
    writeFileSync(`${dead}.wal`, 'x');
    const r = await cli([
      '--db',
      store,
      'import',
      'observations',
      syntheticFile(tempDir(), '2044'),
      '--source',
      'S',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(`${dead}.wal`)).toBe(false);
  });

  it('`db build` on a truncated store moves it aside and rebuilds it with every import from the journal', async () => {
    const store = freshStore();
    const dir = tempDir();
    expect(
      (await cli(['--db', store, 'import', 'observations', syntheticFile(dir, '2045'), '--source', 'S']))
        .code,
    ).toBe(0);
    truncateSync(store, Math.floor(statSync(store).size / 3));
    const broken = await cli(['--db', store, 'regions']);
    expect(broken.code).toBe(3);
    expect(broken.err).toMatch(/paradip db build/);
    const built = await cli(['--db', store, 'db', 'build']);
    expect(built.code, built.err).toBe(0);
    expect(built.out).toMatch(/kept 1 imported file/);
    expect(built.out).toMatch(/damaged store was moved to/);
    expect(await periodCount(store, '2045')).toBe(REGIONS.length);
  });

  it('a write removes what a killed import spilled beside the store', async () => {
    const store = freshStore();
    const spill = `${store}.spill`;
    mkdirSync(spill);
    writeFileSync(join(spill, 'duckdb_temp_storage_DEFAULT-0.tmp'), Buffer.alloc(4096));
    const r = await cli([
      '--db',
      store,
      'import',
      'observations',
      syntheticFile(tempDir(), '2046'),
      '--source',
      'synthetic',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(spill)).toBe(false);
    expect(debris(store)).toEqual([]);
  });

  it('20 × kill -9 at random moments of imports and builds: the store stays consistent, no debris', async () => {
    const store = freshStore();
    const dir = tempDir();
    // SYNTHETIC TEST DATA: a long file, so an import lasts long enough to be interrupted.
    const big = join(dir, 'synthetic-long.csv');
    const lines = ['region;indicator;period;value'];
    for (let y = 1000; y < 4000; y++) for (const r of REGIONS) lines.push(`${r};consular_posts;${y};1`);
    writeFileSync(big, lines.join('\n') + '\n');
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20; i++) {
      const args =
        i % 2 === 0
          ? ['--db', store, 'import', 'observations', big, '--source', 'synthetic long']
          : ['--db', store, 'db', 'build'];
      const { child, done } = spawnCli(args);
      await new Promise((r) => setTimeout(r, 300 + random() * 2500));
      child.kill('SIGKILL');
      await done;
      // Every state after a crash is a whole one: the import is there completely or not at all.
      const s = await loadSnapshot(store);
      const imported = s.observations.filter((o) => o.source_id.startsWith('import:')).length;
      expect([0, lines.length - 1], `after kill ${i + 1}`).toContain(imported);
      expect(s.regions).toHaveLength(89);
      expect(debris(store), `after kill ${i + 1}`).toEqual([]);
    }
  }, 600_000);
});
