import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { tableToCsv } from '../../src/export/to-csv.js';
import { bundleToXlsx } from '../../src/export/to-xlsx.js';
import type { ExportBundle } from '../../src/export/table.js';
import { csvObjects, parseCsv } from '../../src/io/csv.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/store.js';

// SYNTHETIC TEST DATA: cells a spreadsheet would run as formulas.
const DANGEROUS = [
  '=1+1',
  '+A1',
  '-2+3',
  '@SUM(A1)',
  '\tTAB',
  '\rCR',
  '=HYPERLINK("http://example.invalid")',
];
const table = {
  name: 'synthetic',
  columns: ['text', 'number'],
  rows: [...DANGEROUS.map((text) => ({ text, number: -3 })), { text: 'plain', number: 1.5 }],
};

describe('XLSX cells within Excel’s 32,767 characters', () => {
  it('a longer cell is cut with a note in the cell and in the metadata sheet; shorter ones are whole', async () => {
    // SYNTHETIC TEST DATA: one cell longer than Excel allows, one exactly at the limit.
    const long = 'x'.repeat(40_000);
    const atLimit = 'y'.repeat(32_767);
    const bundle: ExportBundle = {
      title: 'synthetic',
      tables: [{ name: 'synthetic', columns: ['text'], rows: [{ text: long }, { text: atLimit }] }],
      sources: [],
      metadata: {},
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bundleToXlsx(bundle)) as unknown as ArrayBuffer);
    const cut = String(wb.getWorksheet('synthetic')!.getRow(2).getCell(1).value);
    expect(cut.length).toBe(32_767);
    expect(cut).toMatch(/\[truncated: 40000 characters/);
    expect(wb.getWorksheet('synthetic')!.getRow(3).getCell(1).value).toBe(atLimit);
    const meta = wb.getWorksheet('metadata')!;
    const note = meta.getRows(1, meta.rowCount)!.find((r) => r.getCell(1).value === 'truncated_cells');
    expect(String(note?.getCell(2).value)).toContain('synthetic!A2');
  });
});

describe('formula neutralisation, proven by reading the files back', () => {
  it('CSV: every formula-like text cell starts with an apostrophe; numbers stay numbers', () => {
    const rows = csvObjects(tableToCsv(table));
    rows.slice(0, DANGEROUS.length).forEach((r, i) => expect(r.text).toBe(`'${DANGEROUS[i]}`));
    expect(rows.map((r) => r.number)).toEqual([...DANGEROUS.map(() => '-3'), '1.5']);
    expect(rows[DANGEROUS.length]!.text).toBe('plain');
  });

  it('CSV for Russian Excel: BOM, ";" and decimal comma', () => {
    const text = tableToCsv(table, { excel: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const recs = parseCsv(text, ';');
    expect(recs[0]!.cells).toEqual(['text', 'number']);
    expect(recs[recs.length - 1]!.cells).toEqual(['plain', '1,5']);
  });

  it('XLSX: text cells neutralised, numbers numeric, sources and metadata sheets present', async () => {
    const bundle: ExportBundle = {
      title: 'synthetic',
      tables: [table],
      sources: [{ id: 's', title: '=evil()', licence: 'CC0', period: null, url: null }],
      metadata: { note: '+1' },
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bundleToXlsx(bundle)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['synthetic', 'sources', 'metadata']);
    const ws = wb.getWorksheet('synthetic')!;
    DANGEROUS.forEach((d, i) => {
      const cell = ws.getRow(i + 2).getCell(1);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      // XML normalises a bare carriage return to a line feed; the apostrophe in front is what matters.
      expect(cell.value).toBe(`'${d.replace(/\r/g, '\n')}`);
      expect(ws.getRow(i + 2).getCell(2).value).toBe(-3);
    });
    expect(wb.getWorksheet('sources')!.getRow(2).getCell(2).value).toBe("'=evil()");
  });

  it('the CLI exports the real tables in every format', async () => {
    const db = ['--db', inject('baseStore')];
    const dir = tempDir();
    const xlsx = join(dir, 'regions.xlsx');
    expect((await cli([...db, 'export', 'regions', '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('regions')!.rowCount).toBe(90);
    expect(wb.getWorksheet('sources')!.rowCount).toBeGreaterThan(5);
    const geo = join(dir, 'index.geojson');
    expect((await cli([...db, 'export', 'index', '--format', 'geojson', '--out', geo])).code).toBe(0);
    const fc = JSON.parse(readFileSync(geo, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(89);
    expect(fc.features[0].properties).toHaveProperty('index');
    const csv = await cli([...db, 'export', 'crisis', '--country', 'FI', '--runs', '10']);
    expect(csvObjects(csv.out)[0]).toHaveProperty('nc');
    expect((await cli([...db, 'export', 'nothing'])).code).toBe(2);
    // The ties table has no region key column: a GeoJSON of it would be an empty map, so it is refused.
    const ties = await cli([...db, 'export', 'ties', '--format', 'geojson']);
    expect(ties.code).toBe(2);
    expect(ties.err).toMatch(/ties table has no region column/);
    expect((await cli([...db, 'export', 'crisis'])).err).toMatch(/country is required/);
  });
});
