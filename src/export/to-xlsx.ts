import { EXCEL_CELL_LIMIT, fitExcelCell } from './excel-cell-limit.js';
import { neutralise } from './neutralise.js';
import type { ExportBundle } from './table.js';
import { loadPackage } from '../io/load-package.js';

/** An XLSX workbook: one sheet per table, then "sources" and "metadata" sheets. Formula-like text is neutralised. */
export async function bundleToXlsx(b: ExportBundle): Promise<Buffer> {
  // Loaded on demand: exceljs is large and only XLSX exports need it.
  const ExcelJS = loadPackage<typeof import('exceljs')>('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'paradip';
  const truncated: string[] = [];
  const cell = (v: unknown, where: string) => {
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return null;
    const value = neutralise(typeof v === 'object' ? JSON.stringify(v) : v);
    if (typeof value !== 'string') return value;
    const fit = fitExcelCell(value);
    if (fit.truncated) truncated.push(where);
    return fit.text;
  };
  for (const t of b.tables) {
    const ws = wb.addWorksheet(t.name.slice(0, 31));
    ws.addRow(t.columns);
    ws.getRow(1).font = { bold: true };
    t.rows.forEach((r, i) =>
      ws.addRow(t.columns.map((c, j) => cell(r[c], `${ws.name}!${columnLetter(j)}${i + 2}`))),
    );
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const src = wb.addWorksheet('sources');
  src.addRow(['id', 'title', 'licence', 'period', 'url']);
  b.sources.forEach((s, i) =>
    src.addRow(
      [s.id, s.title, s.licence, s.period, s.url].map((v, j) =>
        cell(v, `sources!${columnLetter(j)}${i + 2}`),
      ),
    ),
  );
  const meta = wb.addWorksheet('metadata');
  meta.addRow(['key', 'value']);
  Object.entries({ title: b.title, ...b.metadata }).forEach(([k, v], i) =>
    meta.addRow([k, cell(v, `metadata!B${i + 2}`)]),
  );
  if (truncated.length)
    meta.addRow([
      'truncated_cells',
      `cut to Excel's ${EXCEL_CELL_LIMIT} characters: ${truncated.slice(0, 100).join(', ')}${truncated.length > 100 ? ` and ${truncated.length - 100} more` : ''}`,
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A, B, …, Z, AA, AB…: the column letters of a 0-based index. */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
