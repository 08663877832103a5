import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { RegionMatcher } from '../../src/registry/region-matcher.js';
import { docxBlocks } from '../../src/rosstat/docx-blocks.js';
import { docxDocumentXml } from '../../src/rosstat/docx-document.js';
import { regionalObservations } from '../../src/rosstat/regional-observations.js';
import { RosstatError } from '../../src/rosstat/rosstat-error.js';
import { findTable } from '../../src/rosstat/rosstat-table.js';
import { ROSSTAT_TABLES, type RegionalTableSpec } from '../../src/rosstat/rosstat-tables.js';

const R_25 = join(import.meta.dirname, '../../data/ru-rosstat-yearbook/docx/2023/R_25.docx');
const spec254 = ROSSTAT_TABLES.find((s) => s.edition === 2023 && s.table === '25.4') as RegionalTableSpec;

/** Synthetic test documents: a body of WordprocessingML built here, labelled as such in its text. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string, span = 1) =>
  `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${p(text)}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const docx = (body: string) =>
  zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });

const thrown = (fn: () => unknown): RosstatError => {
  try {
    fn();
  } catch (err) {
    return err as RosstatError;
  }
  throw new Error('expected an error');
};

describe('reading a table from a .docx chapter', () => {
  it('refuses a file that is not a zip archive, naming the file', () => {
    const err = thrown(() => docxDocumentXml(strToU8('region;value\nRU-TA;1\n'), 'table.csv'));
    expect(err).toBeInstanceOf(RosstatError);
    expect(err.message).toBe(
      'table.csv: expected a .docx file (a zip archive); this file is not a zip archive',
    );
  });

  it('refuses a zip without word/document.xml', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(thrown(() => docxDocumentXml(zip, 'book.docx')).message).toBe(
      'book.docx: expected a .docx file; the zip archive has no word/document.xml',
    );
  });

  it('refuses a damaged archive and ill-formed XML', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') });
    const xml = docxDocumentXml(zip, 'cut.docx');
    expect(thrown(() => docxBlocks(xml, 'cut.docx')).message).toMatch(
      /^cut\.docx: expected well-formed XML in word\/document\.xml/,
    );
    const truncated = readFileSync(R_25).subarray(0, 5000);
    expect(thrown(() => docxDocumentXml(truncated, 'R_25.docx')).message).toMatch(/^R_25\.docx: expected/);
  });

  it('finds a table by number and joins its continuation pieces, headers once', () => {
    const blocks = docxBlocks(docxDocumentXml(readFileSync(R_25), 'R_25.docx'), 'R_25.docx');
    const t = findTable(blocks, '25.4', 'R_25.docx');
    // Russia, 8 districts, 85 subjects, Arkhangelsk and Tyumen with their okrugs, and two "в том числе:" rows.
    expect(t.rows).toHaveLength(98);
    expect(t.columns[1]).toBe('Всего Total | Экспорт Exports');
    expect(t.columns[6]).toBe(
      'в том числе / including | со странами дальнего зарубежья with the non-CIS countries | Импорт Imports',
    );
    expect(t.rows.some((r) => r.cells[0] === '')).toBe(false);
  });

  it('names the tables a chapter has when the number asked for is absent', () => {
    const blocks = docxBlocks(docxDocumentXml(readFileSync(R_25), 'R_25.docx'), 'R_25.docx');
    const err = thrown(() => findTable(blocks, '25.99', 'R_25.docx'));
    expect(err.message).toMatch(
      /^R_25\.docx, table 25\.99: expected a table numbered 25\.99; this file has tables 25\.1, 25\.2, 25\.3, 25\.4, 25\.5/,
    );
  });

  it('refuses a table whose pieces disagree on the columns (synthetic document)', () => {
    const header = row(cell(''), cell('Экспорт'), cell('Импорт'));
    const body =
      p('9.1. SYNTHETIC TEST TABLE') +
      `<w:tbl>${header}${row(cell('Республика Карелия'), cell('1,0'), cell('2,0'))}</w:tbl>` +
      p('Продолжение табл. 9.1') +
      `<w:tbl>${row(cell(''), cell('Экспорт', 2), cell('Импорт'))}${row(cell('Республика Коми'), cell('1'), cell('2'), cell('3'))}</w:tbl>`;
    const blocks = docxBlocks(docxDocumentXml(docx(body), 'synthetic.docx'), 'synthetic.docx');
    expect(thrown(() => findTable(blocks, '9.1', 'synthetic.docx')).message).toBe(
      'synthetic.docx, table 9.1: expected every piece of the table to have 3 columns as its first piece has; piece 2 has 4',
    );
  });

  it('rejects a row naming no region, with table, row and value (the real 25.4 with one name changed)', () => {
    const xml = docxDocumentXml(readFileSync(R_25), 'R_25.docx').replace(
      'Республика Татарстан',
      'Республика Атлантида',
    );
    const t = findTable(docxBlocks(xml, 'R_25.docx'), '25.4', 'R_25.docx');
    const r = regionalObservations(t, spec254, new RegionMatcher(readBundled().regions));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'R_25.docx', column: 'name', value: 'Республика Атлантида' });
    expect(r.issues[0]!.row).toBe(t.rows.findIndex((x) => x.cells[0] === 'Республика Атлантида') + 1);
    expect(r.issues[0]!.expected).toContain('RSY 2023, t. 25.4');
  });

  it('refuses a table whose columns are not the ones the descriptor names', () => {
    const xml = docxDocumentXml(readFileSync(R_25), 'R_25.docx').replaceAll('Экспорт', 'Реэкспорт');
    const t = findTable(docxBlocks(xml, 'R_25.docx'), '25.4', 'R_25.docx');
    const r = regionalObservations(t, spec254, new RegionMatcher(readBundled().regions));
    expect(r.observations).toHaveLength(0);
    expect(r.issues[0]).toMatchObject({ row: 0, column: 'column 2' });
    expect(r.issues[0]!.expected).toMatch(/exports_mln_usd; the table's layout differs/);
  });
});
