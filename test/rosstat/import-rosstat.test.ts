import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { cli } from '../helpers/cli.js';
import { fileHash, freshStore, tempDir } from '../helpers/store.js';

const R_25 = join(import.meta.dirname, '../../data/ru-rosstat-yearbook/docx/2023/R_25.docx');

/** A copy of the real chapter with word/document.xml edited; written to a temp file named as a synthetic test. */
function editedChapter(name: string, edit: (xml: string) => string): string {
  const entries = unzipSync(readFileSync(R_25));
  entries['word/document.xml'] = strToU8(edit(strFromU8(entries['word/document.xml']!)));
  const path = join(tempDir(), name);
  writeFileSync(path, zipSync(entries));
  return path;
}

describe('paradip import rosstat', () => {
  it('--dry-run reads 25.4 of the real 2023 chapter, edition from its footers, and writes nothing', async () => {
    const store = freshStore();
    const before = fileHash(store);
    const r = await cli(['--db', store, 'import', 'rosstat', R_25, '--table', '25.4', '--dry-run']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The bundled store already holds the 2023 edition's 25.4: every figure is unchanged.
    expect(r.out).toContain(
      'R_25.docx: RSY 2023, table 25.4 — would import 0 new and 0 changed observations (508 unchanged)',
    );
    expect(r.out).toContain(
      'skipped 11 aggregate rows (not regions): row 1 Российская Федерация; row 2 Центральный федеральный округ',
    );
    expect(fileHash(store)).toBe(before);
  });

  it('writes the figures with source_ref naming edition, table and row (synthetic edit: one figure changed)', async () => {
    const store = freshStore();
    const path = editedChapter('synthetic-R_25.docx', (xml) =>
      xml.replace('<w:t>072,9</w:t>', '<w:t>073,9</w:t>'),
    );
    const r = await cli(['--db', store, 'import', 'rosstat', path, '--table', '25.4']);
    expect(r.err).toBe('');
    expect(r.out).toContain('imported 0 new and 1 changed observations (507 unchanged)');
    const s = await loadSnapshot(store);
    const ta = s.observations.find(
      (o) => o.region_iso === 'RU-TA' && o.indicator_id === 'exports_mln_usd' && o.period === '2021',
    )!;
    expect(ta.value).toBe(12073.9);
    expect(ta.source_ref).toMatch(/^RSY 2023, t\. 25\.4, row \d+ \(Республика Татарстан\)$/);
    const source = s.sources.find((x) => x.id === ta.source_id)!;
    expect(source).toMatchObject({
      kind: 'import',
      title: 'Rosstat, Russian Statistical Yearbook 2023, table 25.4',
    });
  });

  const rejected: [string, () => string[], RegExp, number][] = [
    [
      'a file that is not a docx',
      () => {
        const path = join(tempDir(), 'table.docx');
        writeFileSync(path, 'region;value\nRU-TA;1\n');
        return [path, '--table', '25.4'];
      },
      /^paradip: table\.docx: expected a \.docx file \(a zip archive\); this file is not a zip archive/,
      1,
    ],
    [
      'a zip without word/document.xml',
      () => {
        const path = join(tempDir(), 'book.docx');
        writeFileSync(path, zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
        return [path, '--table', '25.4'];
      },
      /book\.docx: expected a \.docx file; the zip archive has no word\/document\.xml/,
      1,
    ],
    [
      'a table number the file does not have (chapter 2 asked for table 25.4)',
      () => [R_25.replace('R_25', 'R_02'), '--table', '25.4'],
      /R_02\.docx, table 25\.4: expected a table numbered 25\.4; this file has tables 2\.1, 2\.2,/,
      1,
    ],
    [
      'a table paradip has no description of',
      () => [R_25, '--table', '25.6'],
      /R_25\.docx, table 25\.6: expected one of the regional tables paradip reads from the 2023 edition: 2\.1, 4\.2, /,
      1,
    ],
    [
      'a national table',
      () => [R_25, '--table', '25.5'],
      /25\.5 is a national table by partner country, which `db build` loads/,
      1,
    ],
    [
      'a row naming no region (synthetic edit)',
      () => [
        editedChapter('synthetic-atlantis.docx', (xml) =>
          xml.replace('Республика Татарстан', 'Республика Атлантида'),
        ),
        '--table',
        '25.4',
      ],
      /synthetic-atlantis\.docx: 1 problem; nothing was imported\n {2}synthetic-atlantis\.docx, row \d+, column "name": "Республика Атлантида" — expected the name of a federal subject, Russia or a federal district \(RSY 2023, t\. 25\.4\)/,
      1,
    ],
    [
      'a figure that is not a number (synthetic edit)',
      () => [
        editedChapter('synthetic-figure.docx', (xml) => xml.replace('<w:t>072,9</w:t>', '<w:t>072,9a</w:t>')),
        '--table',
        '25.4',
      ],
      /synthetic-figure\.docx, row \d+, column "exports_mln_usd \(column 2\)": "12.072,9a" — expected a number as Rosstat prints it/,
      1,
    ],
    [
      'an edition the footers contradict',
      () => [R_25, '--table', '25.4', '--edition', '2022'],
      /expected --edition 2022 to agree with the file, whose footers name the 2023 edition/,
      1,
    ],
    [
      'a malformed --edition',
      () => [R_25, '--table', '25.4', '--edition', 'latest'],
      /--edition: expected a year such as 2023/,
      2,
    ],
  ];
  for (const [what, args, message, code] of rejected)
    it(`refuses ${what}: exit ${code}, a clear message, the store unchanged`, async () => {
      const store = freshStore();
      const before = fileHash(store);
      const r = await cli(['--db', store, 'import', 'rosstat', ...args()]);
      expect(r.code).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/importRosstat|findTable|docxParts|regionalObservations|at .*\.ts/);
      expect(fileHash(store)).toBe(before);
    });
});
