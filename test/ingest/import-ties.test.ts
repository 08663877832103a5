import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCrisisModelFile } from '../../src/config/config-files.js';
import { normalisationCapacity } from '../../src/crisis/normalisation-capacity.js';
import { ImportRejected } from '../../src/ingest/import-issue.js';
import { importTies } from '../../src/ingest/import-ties.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { cli } from '../helpers/cli.js';
import { fileHash, freshStore, tempDir } from '../helpers/store.js';

// SYNTHETIC TEST DATA: made-up agreements, not real ones.
const SOURCE = 'Synthetic agreements (test data, not real)';
const csv = (body: string) => {
  const p = join(tempDir(), 'ties.csv');
  writeFileSync(p, body);
  return p;
};

describe('import ties', () => {
  it('adds typed ties that cite the file and row, and they become a crisis channel', async () => {
    const store = freshStore();
    const path = csv(
      'region;country;type;counterpart;valid_from\nРеспублика Карелия;Finland;agreement;North Karelia region;2019-05-01\nRU-MUR;FI;agreement;Lapland region;2018\n',
    );
    const r = await importTies(store, path, { source: SOURCE });
    expect(r).toMatchObject({ ties: 2, byType: { agreement: 2 } });
    const s = await loadSnapshot(store);
    const ties = s.ties.filter((t) => t.type === 'agreement');
    expect(ties.map((t) => [t.region_iso, t.country_iso2, t.source_ref])).toEqual([
      ['RU-KR', 'FI', 'ties.csv row 2'],
      ['RU-MUR', 'FI', 'ties.csv row 3'],
    ]);
    const model = readCrisisModelFile();
    const nc = normalisationCapacity(['RU-KR', 'RU-MUR', 'RU-LEN'], s.ties, 'FI', model, {
      name: 'alive',
      freeze: {},
      openness: {},
    });
    expect(nc.activeChannels).toContain('agreement');
    // Shares of the new channel split between the two regions that have it; both are equally strong on it.
    const agreement = (iso: string) =>
      nc.rows.find((x) => x.region === iso)!.channels.find((c) => c.channel === 'agreement');
    expect(agreement('RU-KR')!.share + agreement('RU-MUR')!.share).toBeCloseTo(1, 12);
    expect(agreement('RU-KR')!.strength).toBe(1);
    expect(agreement('RU-LEN')).toBeUndefined();
    // Importing the same file again replaces its ties rather than doubling them.
    await importTies(store, path, { source: SOURCE });
    expect((await loadSnapshot(store)).ties.filter((t) => t.type === 'agreement')).toHaveLength(2);
  });

  it('rejects bad rows with every problem listed and leaves the store unchanged', async () => {
    const store = freshStore();
    const before = fileHash(store);
    const path = csv(
      'region,country,type,valid_from,value\nГондор,FI,agreement,2019,1\nRU-KR,Atlantis,agreement,2019,1\nRU-KR,FI,border,2019,1\nRU-KR,FI,agreement,вчера,1\nRU-KR,FI,trade,2019,-5\n',
    );
    const err = await importTies(store, path, { source: SOURCE }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'region'],
      [3, 'country'],
      [4, 'type'],
      [5, 'valid_from'],
      [6, 'value'],
    ]);
    expect(fileHash(store)).toBe(before);
  });

  it('CLI: `import ties` with --dry-run writes nothing', async () => {
    const store = freshStore();
    const before = fileHash(store);
    const path = csv('region,country,type\nRU-TA,TR,agreement\n');
    const r = await cli(['--db', store, 'import', 'ties', path, '--source', SOURCE, '--dry-run']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/would import 1 ties \(agreement 1\)/);
    expect(fileHash(store)).toBe(before);
  });
});
