import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportRejected } from '../../src/ingest/import-issue.js';
import { importObservations } from '../../src/ingest/import-observations.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { fileHash, freshStore, tempDir } from '../helpers/store.js';

// SYNTHETIC TEST DATA: the figures below are made up for these tests and are not real statistics.
const SOURCE = 'Synthetic test table (not real data)';

/** Encode text as Windows-1251 (Cyrillic block and ASCII only), as Russian Excel saves CSV. */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (ch === 'ё') return 0xb8;
      if (ch === '…') return 0x85;
      if (ch === 'Ё') return 0xa8;
      throw new Error(`cp1251: no byte for ${ch}`);
    }),
  );
}

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

async function rejected(store: string, path: string, options = {}): Promise<ImportRejected> {
  const before = fileHash(store);
  const err = await importObservations(store, path, { source: SOURCE, ...options }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ImportRejected);
  expect(fileHash(store), 'the store must be byte-for-byte unchanged').toBe(before);
  return err as ImportRejected;
}

describe('import observations', () => {
  it('imports a Windows-1251 CSV with ";", decimal comma, Rosstat names and footnotes; skips aggregates; keeps "…" missing', async () => {
    const store = freshStore();
    const csv = [
      'Регион;Показатель;Год;Значение',
      'Российская Федерация;foreign_missions;2023;999',
      'г. Москва 1);foreign_missions;2023;150,0',
      'Республика Татарстан (Татарстан);foreign_missions;2023;4',
      'Кемеровская область - Кузбасс;foreign_missions;2023;…',
      'Ханты-Мансийский автономный округ - Югра;foreign_missions;2023;1',
    ].join('\r\n');
    const path = file('rosstat.csv', cp1251(csv));

    const before = fileHash(store);
    const dry = await importObservations(store, path, { source: SOURCE, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, inserted: 3, updated: 0, missingCells: 1 });
    expect(dry.skippedAggregates).toEqual([{ row: 2, name: 'Российская Федерация' }]);
    expect(fileHash(store)).toBe(before);

    const report = await importObservations(store, path, { source: SOURCE });
    expect(report).toMatchObject({ inserted: 3, updated: 0 });
    const s = await loadSnapshot(store);
    const got = s.observations.filter((o) => o.indicator_id === 'foreign_missions' && o.period === '2023');
    expect(got.map((o) => [o.region_iso, o.value])).toEqual([
      ['RU-KHM', 1],
      ['RU-MOW', 150],
      ['RU-TA', 4],
    ]);
    const src = s.sources.find((x) => x.id === got[0]!.source_id)!;
    expect(src).toMatchObject({ kind: 'import', title: SOURCE, sha256: fileHash(path) });
    expect(s.observations.some((o) => o.region_iso === 'RU-KEM' && o.period === '2023')).toBe(false);
  });

  it('imports XLSX in the wide layout (one indicator, years as columns) and reports updates on a second run', async () => {
    const store = freshStore();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.addRow(['Субъект', '2021', '2022 г.']);
    ws.addRow(['Республика Карелия', 3, 5]);
    ws.addRow(['RU-PSK', 2, '1,5']);
    const path = join(tempDir(), 'wide.xlsx');
    await wb.xlsx.writeFile(path);
    const opts = { source: SOURCE, indicator: 'consular_posts' };
    expect(await importObservations(store, path, opts)).toMatchObject({ inserted: 4 });
    const s = await loadSnapshot(store);
    const kr = s.observations.filter((o) => o.region_iso === 'RU-KR' && o.indicator_id === 'consular_posts');
    expect(kr.map((o) => [o.period, o.value])).toEqual([
      ['2021', 3],
      ['2022', 5],
      ['2022-11', 0],
    ]);
    expect(await importObservations(store, path, { ...opts, dryRun: true })).toMatchObject({
      inserted: 0,
      unchanged: 4,
    });
  });

  it('keeps one observation per region, indicator and period over overlapping imports, and counts what changed', async () => {
    const store = freshStore();
    const first = file(
      'first.csv',
      'region,indicator,period,value\nRU-TA,twin_pairs,2031,1\nRU-KR,twin_pairs,2031,2\n',
    );
    const second = file(
      'second.csv',
      'region,indicator,period,value\nRU-TA,twin_pairs,2031,1\nRU-KR,twin_pairs,2031,5\nRU-PSK,twin_pairs,2031,3\n',
    );
    expect(await importObservations(store, first, { source: SOURCE })).toMatchObject({ inserted: 2 });
    expect(await importObservations(store, second, { source: SOURCE })).toMatchObject({
      inserted: 1,
      updated: 1,
      unchanged: 1,
    });
    const rows = (await loadSnapshot(store)).observations.filter(
      (o) => o.indicator_id === 'twin_pairs' && o.period === '2031',
    );
    expect(rows.map((o) => [o.region_iso, o.value]).sort()).toEqual([
      ['RU-KR', 5],
      ['RU-PSK', 3],
      ['RU-TA', 1],
    ]);
  });

  it("names a file's many periods as a range in its source record, a few one by one", async () => {
    const store = freshStore();
    const lines = ['region,indicator,period,value'];
    for (let y = 2001; y <= 2040; y++) lines.push(`RU-TA,twin_pairs,${y},1`);
    const many = await importObservations(store, file('many.csv', lines.join('\n')), { source: SOURCE });
    expect(many.source.period).toBe('2001 – 2040 (40 periods)');
    const few = await importObservations(store, file('few.csv', lines.slice(0, 3).join('\n')), {
      source: SOURCE,
    });
    expect(few.source.period).toBe('2001, 2002');
  });

  it.each([
    [
      'unknown region',
      'region,indicator,period,value\nГондор,twin_pairs,2023,1\n',
      2,
      'region',
      'Гондор',
      /known region/,
    ],
    [
      'ambiguous region',
      'region,indicator,period,value\nАлтай,twin_pairs,2023,1\n',
      2,
      'region',
      'Алтай',
      /RU-AL and RU-ALT/,
    ],
    [
      'non-numeric value',
      'region,indicator,period,value\nRU-TA,twin_pairs,2023,много\n',
      2,
      'value',
      'много',
      /a number/,
    ],
    [
      'negative count',
      'region,indicator,period,value\nRU-TA,twin_pairs,2023,-3\n',
      2,
      'value',
      '-3',
      /non-negative/,
    ],
    [
      'bad period',
      'region,indicator,period,value\nRU-TA,twin_pairs,прошлый год,3\n',
      2,
      'period',
      'прошлый год',
      /YYYY/,
    ],
    [
      'unknown indicator',
      'region,indicator,period,value\nRU-TA,twinz,2023,3\n',
      2,
      'indicator',
      'twinz',
      /--new-indicators/,
    ],
  ])(
    'rejects a file with a %s, naming file, row, column and value, and writes nothing',
    async (_what, csv, row, column, value, expected) => {
      const err = await rejected(freshStore(), file('bad.csv', csv));
      expect(err.issues).toHaveLength(1);
      expect(err.issues[0]).toMatchObject({ file: 'bad.csv', row, column, value });
      expect(err.issues[0]!.expected).toMatch(expected);
      expect(err.message).toContain(`bad.csv, row ${row}, column "${column}"`);
    },
  );

  it('rejects duplicate keys, naming both rows', async () => {
    const err = await rejected(
      freshStore(),
      file(
        'dup.csv',
        'region;indicator;period;value\nRU-TA;twin_pairs;2023;1\nТатарстан;twin_pairs;2023;2\n',
      ),
    );
    expect(err.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'region',
        value: 'Татарстан',
        expected: expect.stringContaining('row 2'),
      }),
    ]);
  });

  it('lists every bad row at once, not only the first', async () => {
    const err = await rejected(
      freshStore(),
      file(
        'many.csv',
        'region,indicator,period,value\nГондор,twin_pairs,2023,1\nRU-TA,twin_pairs,2023,12abc\nRU-KR,twin_pairs,2023,-1\nRU-PSK,twin_pairs,2023,2\n',
      ),
    );
    expect(err.issues.map((i) => i.row)).toEqual([2, 3, 4]);
  });

  it('requires the source of the figures', async () => {
    const store = freshStore();
    const before = fileHash(store);
    const err = await importObservations(
      store,
      file('ok.csv', 'region,indicator,period,value\nRU-TA,twin_pairs,2023,1\n'),
      {},
    ).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues[0]).toMatchObject({ column: '--source' });
    expect(fileHash(store)).toBe(before);
  });

  it('creates new indicators only when asked, with their unit', async () => {
    const store = freshStore();
    const path = file(
      'new.csv',
      'region,indicator,period,value,unit\nRU-TA,foreign_students,2023,1200,persons\n',
    );
    await rejected(store, path);
    const report = await importObservations(store, path, { source: SOURCE, newIndicators: true });
    expect(report.newIndicators).toEqual([{ id: 'foreign_students', unit: 'persons' }]);
    const s = await loadSnapshot(store);
    expect(s.indicators.find((i) => i.id === 'foreign_students')).toMatchObject({
      unit: 'persons',
      direction: 1,
    });
  });

  it('rejects a file without a region column or a usable layout', async () => {
    const err = await rejected(freshStore(), file('nolayout.csv', 'name_of_thing,val\nx,1\n'));
    expect(err.issues[0]!.expected).toMatch(/region column/);
    const err2 = await rejected(freshStore(), file('nolayout2.csv', 'region,2023\nRU-TA,1\n'));
    expect(err2.issues[0]!.expected).toMatch(/long layout/);
  });
});
