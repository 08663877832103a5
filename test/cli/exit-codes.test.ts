import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { freshStore, tempDir } from '../helpers/store.js';

/** A stack trace line, which a user's fault must never print. */
const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;

describe('exit codes for ordinary faults (README table)', () => {
  it('`db info` on a missing store exits 3 and says how to build it', async () => {
    const r = await cli(['--db', join(tempDir(), 'none.duckdb'), 'db', 'info']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/no store at .*none\.duckdb; run `paradip db build`/);
  });

  it('a wrong --encoding is a usage error (2); a cp1251 file read as UTF-8 is an input error (1); no stack', async () => {
    const store = freshStore();
    const dir = tempDir();
    const file = join(dir, 'ties.csv');
    // Synthetic test file: "Карелия" in Windows-1251 bytes.
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('region,country,type\n'),
        Buffer.from([0xca, 0xe0, 0xf0, 0xe5, 0xeb, 0xe8, 0xff]),
        Buffer.from(',FI,agreement\n'),
      ]),
    );
    const wrong = await cli(['--db', store, 'import', 'ties', file, '--source', 'S', '--encoding', 'latin9']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--encoding: expected utf-8 or windows-1251/);
    const obs = await cli([
      '--db',
      store,
      'import',
      'observations',
      file,
      '--source',
      'S',
      '--encoding',
      'koi8',
    ]);
    expect(obs.code).toBe(2);
    const notUtf8 = await cli([
      '--db',
      store,
      'import',
      'ties',
      file,
      '--source',
      'S',
      '--encoding',
      'utf-8',
    ]);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.err).toMatch(/ties\.csv: the file is not valid UTF-8/);
    for (const r of [wrong, obs, notUtf8]) expect(r.err).not.toMatch(STACK);
  });

  it('an export into a missing folder is an input error naming the path (1), not an internal error', async () => {
    const out = join(tempDir(), 'no', 'such', 'folder', 'regions.csv');
    const r = await cli(['--db', freshStore(), 'export', 'regions', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(out);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.err).not.toMatch(STACK);
  });

  it('a store failing its checksum is a store error (3) that names `db build`, not an internal error', async () => {
    const store = freshStore();
    const size = statSync(store).size;
    // Overwrite a few bytes inside every 256 KB block after the file headers: their checksums no longer match.
    const fd = openSync(store, 'r+');
    for (let at = 3 * 4096 + 512; at < size; at += 256 * 1024)
      writeSync(fd, Buffer.alloc(32, 0x5a), 0, 32, at);
    closeSync(fd);
    const r = await cli(['--db', store, 'regions', '--format', 'csv']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/paradip db build/);
    expect(r.err).not.toMatch(STACK);
  });

  it('a seed beyond 2^53 is refused, not rounded to another seed', async () => {
    const r = await cli([
      '--db',
      freshStore(),
      'index',
      'uncertainty',
      '--runs',
      '2',
      '--seed',
      '9007199254740993',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--seed: expected a whole number from 0 to 2\^53/);
  });

  it('a source URL other than http(s) is refused (exit 2) and nothing is written', async () => {
    const store = freshStore();
    const file = join(tempDir(), 'obs.csv');
    // SYNTHETIC TEST DATA.
    writeFileSync(file, 'region;indicator;period;value\nRU-TA;consular_posts;2050;1\n');
    for (const url of [
      'javascript:alert(8)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ]) {
      const r = await cli(['--db', store, 'import', 'observations', file, '--source', 'S', '--url', url]);
      expect(r.code, url).toBe(2);
      expect(r.err).toMatch(/--url: expected an http:\/\/ or https:\/\/ address/);
    }
    const ok = await cli([
      '--db',
      store,
      'import',
      'observations',
      file,
      '--source',
      'S',
      '--url',
      'https://rosstat.gov.ru/x',
    ]);
    expect(ok.code, ok.err).toBe(0);
  });

  it('a file over the import size limit is refused before it is read, with the limit named', async () => {
    const file = join(tempDir(), 'big.csv');
    // SYNTHETIC TEST DATA: 2 MB of rows.
    writeFileSync(file, 'region;indicator;period;value\n' + 'RU-TA;consular_posts;2050;1\n'.repeat(80_000));
    process.env.PARADIP_IMPORT_MAX_MB = '1';
    try {
      const r = await cli(['--db', freshStore(), 'import', 'observations', file, '--source', 'S']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/big\.csv: the file has 2 MB; imports are limited to 1 MB/);
    } finally {
      delete process.env.PARADIP_IMPORT_MAX_MB;
    }
  });
});
