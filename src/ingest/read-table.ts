import { ParadipError } from '../errors/paradip-error.js';
import { readFileSync } from 'node:fs';
import { sha256 } from '../dataset/manifest.js';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { decodeText, type TextEncodingName } from '../io/decode-text.js';
import { detectSeparator, parseCsv, type Separator } from '../io/csv.js';

/** A table read from a user's file: header, rows with their line (CSV) or row number (XLSX) for messages. */
export interface Table {
  file: string;
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  separator: Separator | null;
  header: string[];
  rows: { row: number; cells: string[] }[];
  /** Of the bytes that were parsed, so provenance names exactly the file that was read. */
  sha256: string;
}

export class InputError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

export interface ReadTableOptions {
  encoding?: TextEncodingName;
  separator?: Separator;
  sheet?: string;
}

/** Read a CSV (UTF-8 or Windows-1251; `,`, `;` or tab) or the first (or named) sheet of an XLSX file. */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(
      `${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  return { ...(await parseTable(file, extname(path).toLowerCase(), bytes, options)), sha256: sha256(bytes) };
}

async function parseTable(
  file: string,
  ext: string,
  bytes: Buffer,
  options: ReadTableOptions,
): Promise<Omit<Table, 'sha256'>> {
  if (ext === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    return readXlsx(file, bytes, options.sheet);
  if (ext === '.xls')
    throw new InputError(`${file}: the old binary .xls format is not supported; save it as .xlsx or .csv`);
  let decoded;
  try {
    decoded = decodeText(bytes, options.encoding);
  } catch (err) {
    throw new InputError(`${file}: ${(err as Error).message}`);
  }
  const { text, encoding } = decoded;
  const separator = options.separator ?? detectSeparator(text);
  let records;
  try {
    records = parseCsv(text, separator);
  } catch (err) {
    throw new InputError(`${file}: ${(err as Error).message}`);
  }
  const [head, ...rest] = records;
  if (!head) throw new InputError(`${file}: the file is empty; expected a header row and data rows`);
  return {
    file,
    format: 'csv',
    encoding,
    separator,
    header: head.cells.map((h) => h.trim()),
    rows: rest.map((r) => ({ row: r.line, cells: r.cells })),
  };
}

async function readXlsx(file: string, bytes: Buffer, sheetName?: string): Promise<Omit<Table, 'sha256'>> {
  // Loaded on demand: exceljs is large and most commands never read a workbook.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new InputError(`${file}: not a readable XLSX workbook (${(err as Error).message})`);
  }
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws)
    throw new InputError(
      `${file}: no worksheet ${sheetName ? JSON.stringify(sheetName) : ''}; sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`,
    );
  const rows: { row: number; cells: string[] }[] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  const [head, ...rest] = rows;
  if (!head)
    throw new InputError(`${file}: the sheet ${ws.name} is empty; expected a header row and data rows`);
  return {
    file,
    format: 'xlsx',
    encoding: null,
    separator: null,
    header: head.cells.map((h) => h.trim()),
    rows: rest,
  };
}

/** Cell value as text: numbers keep full precision (String(n)), formulas give their cached result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v);
}
