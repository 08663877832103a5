import ExcelJS from 'exceljs';
import { neutralise } from './neutralise.js';
import type { ExportBundle } from './table.js';

/** An XLSX workbook: one sheet per table, then "sources" and "metadata" sheets. Formula-like text is neutralised. */
export async function bundleToXlsx(b: ExportBundle): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'paradip';
  const cell = (v: unknown) =>
    v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))
      ? null
      : typeof v === 'object'
        ? neutralise(JSON.stringify(v))
        : neutralise(v);
  for (const t of b.tables) {
    const ws = wb.addWorksheet(t.name.slice(0, 31));
    ws.addRow(t.columns);
    ws.getRow(1).font = { bold: true };
    for (const r of t.rows) ws.addRow(t.columns.map((c) => cell(r[c])));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const src = wb.addWorksheet('sources');
  src.addRow(['id', 'title', 'licence', 'period', 'url']);
  for (const s of b.sources) src.addRow([s.id, s.title, s.licence, s.period, s.url].map(cell));
  const meta = wb.addWorksheet('metadata');
  meta.addRow(['key', 'value']);
  for (const [k, v] of Object.entries({ title: b.title, ...b.metadata })) meta.addRow([k, cell(v)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
