import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { csvObjects } from '../../src/io/csv.js';
import { Database } from '../../src/store/database.js';
import { cli } from '../helpers/cli.js';
import { fileHash, freshStore, tempDir } from '../helpers/store.js';

const db = () => ['--db', inject('baseStore')];

describe('paradip CLI', () => {
  it('`ties --country FI` lists Karelia, Leningrad oblast, St Petersburg and Murmansk oblast, each tie with its source', async () => {
    const { code, out } = await cli([...db(), 'ties', '--country', 'FI', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = csvObjects(out);
    const regions = new Set(rows.map((r) => r.iso));
    for (const iso of ['RU-KR', 'RU-LEN', 'RU-SPE', 'RU-MUR']) expect(regions, iso).toContain(iso);
    for (const r of rows) {
      expect(r.source, JSON.stringify(r)).toBeTruthy();
      expect(r.source_ref, JSON.stringify(r)).toBeTruthy();
    }
    // Karelia's ties include its land border and Petrozavodsk–Joensuu twinning.
    const karelia = rows.filter((r) => r.iso === 'RU-KR');
    expect(karelia.map((r) => r.type)).toContain('border');
    expect(karelia.some((r) => r.counterpart!.startsWith('Joensuu') && r.place === 'Petrozavodsk')).toBe(
      true,
    );
  });

  it('`ties` says which universe it shows, and the table names the sources', async () => {
    const { out } = await cli([...db(), 'ties', '--country', 'Finland']);
    expect(out).toMatch(/Universe: All 89 entities/);
    expect(out).toContain('twinning-wikipedia');
  });

  it('`ties --country UA` counts no twin town in Crimea or Donetsk as a tie with Ukraine, and says how many it set aside and why', async () => {
    const all = await cli([...db(), 'ties', '--country', 'UA']);
    expect(all.out).toMatch(/Set aside: 49 twin pair\(s\) listed under Ukraine — .*a domestic pair/);
    expect(all.out).toMatch(/RU-CE Grozny – Yalta, Crimea \(UA-43\)/);
    const iso = await cli([...db(), 'ties', '--country', 'UA', '--universe', 'iso']);
    expect(iso.out).toMatch(/Set aside: 49 .*annexed by Russia \(not recognised/);
    // Only the three partners elsewhere in Ukraine stay ties (rows 45, 401, 514: Pryluky, Yahotyn Raion, Vasylkiv).
    const rows = csvObjects(
      (await cli([...db(), 'ties', '--country', 'UA', '--type', 'twinning', '--format', 'csv'])).out,
    );
    expect(rows.map((r) => r.counterpart!.split(',')[0]).sort()).toEqual([
      'Pryluky',
      'Vasylkiv',
      'Yahotyn Raion',
    ]);
  });

  it('`regions` lists 89 entities with status, or the 83 ISO subjects', async () => {
    const all = JSON.parse((await cli([...db(), 'regions', '--format', 'json'])).out);
    expect(all.regions).toHaveLength(89);
    expect(all.universe).toBe('all');
    expect(all.regions.find((r: { iso: string }) => r.iso === 'UA-43').status).toBe('claimed_2014');
    const iso = JSON.parse((await cli([...db(), 'regions', '--universe', 'iso', '--format', 'json'])).out);
    expect(iso.regions).toHaveLength(83);
  });

  it('`region RU-TA` shows codes, observations with sources and ties; names work too', async () => {
    const { code, out } = await cli([...db(), 'region', 'RU-TA']);
    expect(code).toBe(0);
    expect(out).toContain('Republic of Tatarstan');
    expect(out).toContain('OKATO 92000000000');
    expect(out).toMatch(/twin_pairs\s+\d+\s+pairs\s+2026\s+Twin towns/);
    const byName = JSON.parse(
      (await cli([...db(), 'region', 'Республика Татарстан', '--format', 'json'])).out,
    );
    expect(byName.region.iso).toBe('RU-TA');
    expect(byName.ties.border).toBeUndefined();
  });

  it('`sources` lists every source with licence and usage', async () => {
    const rows = csvObjects((await cli([...db(), 'sources', '--format', 'csv'])).out);
    expect(rows.find((r) => r.id === 'twinning-wikipedia')).toMatchObject({
      licence: 'CC BY-SA 4.0',
      // 1,191 rows less 13 that repeat a pair (data/twinning-wikipedia/SOURCE.md, "How paradip uses the pairs").
      ties: String(1191 - 13),
    });
  });

  it('exit codes: unknown region 1, bad option 2, unknown command 2', async () => {
    const unknown = await cli([...db(), 'region', 'Гондор']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/unknown region "Гондор"/);
    const ambiguous = await cli([...db(), 'region', 'Altai']);
    expect(ambiguous.err).toMatch(/RU-AL or RU-ALT/);
    expect((await cli([...db(), 'regions', '--format', 'xml'])).code).toBe(2);
    expect((await cli([...db(), 'regions', '--universe', 'mars'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('`import observations` rejects a bad file with exit 1 and a precise message, and writes nothing', async () => {
    const store = freshStore();
    const before = fileHash(store);
    const path = join(tempDir(), 'bad.csv');
    writeFileSync(path, 'region;indicator;period;value\nRU-TA;twin_pairs;2023;-1\n');
    const r = await cli(['--db', store, 'import', 'observations', path, '--source', 'synthetic test']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.csv, row 2, column "value": "-1" — expected a non-negative value');
    expect(fileHash(store)).toBe(before);
  });

  it('`import observations --dry-run` reports and writes nothing; the real run writes', async () => {
    const store = freshStore();
    const before = fileHash(store);
    const path = join(tempDir(), 'ok.csv');
    writeFileSync(path, 'region;indicator;period;value\nRU-TA;consular_posts;2024;7\n');
    const dry = await cli([
      '--db',
      store,
      'import',
      'observations',
      path,
      '--source',
      'synthetic test',
      '--dry-run',
    ]);
    expect(dry.out).toMatch(/would import 1 new/);
    expect(fileHash(store)).toBe(before);
    const real = await cli(['--db', store, 'import', 'observations', path, '--source', 'synthetic test']);
    expect(real.code).toBe(0);
    const profile = JSON.parse((await cli(['--db', store, 'region', 'RU-TA', '--format', 'json'])).out);
    expect(profile.observations).toContainEqual(
      expect.objectContaining({ indicator_id: 'consular_posts', period: '2024', value: 7 }),
    );
  });

  it('builds the store on first use when there is none', async () => {
    const path = join(tempDir(), 'first.duckdb');
    const r = await cli(['--db', path, 'regions', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/building it from the bundled data/);
    expect(JSON.parse(r.out).regions).toHaveLength(89);
  });

  it('rebuilds a store written by another version (schema) on first use, keeping its imports', async () => {
    const store = freshStore();
    // SYNTHETIC TEST DATA: a made-up figure for a made-up future period.
    const csv = join(tempDir(), 'synthetic.csv');
    writeFileSync(csv, 'region,indicator,period,value\nRU-KR,twin_pairs,2049,4\n');
    expect((await cli(['--db', store, 'import', 'observations', csv, '--source', 'Synthetic'])).code).toBe(0);
    const db = await Database.open(store);
    await db.run(`UPDATE meta SET value = '1' WHERE key = 'schema_version'`);
    db.close();
    const r = await cli(['--db', store, 'region', 'RU-KR', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/written by another version of paradip \(schema 1\); rebuilding it, imports kept/);
    const profile = JSON.parse(r.out) as {
      observations: { indicator_id: string; period: string; value: number }[];
    };
    expect(profile.observations).toContainEqual(
      expect.objectContaining({ indicator_id: 'twin_pairs', period: '2049', value: 4 }),
    );
  });

  it('exits quietly when the reader closes the pipe early (paradip … | head)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...db(), 'export', 'index', '--format', 'geojson'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  });
});
