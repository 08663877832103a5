import { createHash } from 'node:crypto';
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ParadipError } from '../errors/paradip-error.js';
import type { TextEncodingName } from '../io/decode-text.js';
import {
  csvErrorMessage,
  csvParseOptions,
  detectSeparator,
  isBlankRecord,
  numberLines,
  type Separator,
} from '../io/csv.js';
import { loadPackage } from '../io/load-package.js';

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

/** A table whose rows are read as they are consumed (a CSV of any size in bounded memory). */
export interface TableStream extends Omit<Table, 'rows'> {
  rows: AsyncIterable<{ row: number; cells: string[] }>;
  bytes: number;
}

export class InputError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

/** Files larger than this are refused before reading (PARADIP_IMPORT_MAX_MB overrides). */
export function maxImportBytes(): number {
  const mb = Number(process.env.PARADIP_IMPORT_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 1024) * 1024 * 1024;
}
/** XLSX is read whole by ExcelJS: a tighter limit keeps its memory bounded. */
const MAX_XLSX_BYTES = 64 * 1024 * 1024;
/** Rows beyond this are refused (a Rosstat table has hundreds; this leaves room for long exports). */
export const MAX_IMPORT_ROWS = 20_000_000;

export interface ReadTableOptions {
  encoding?: TextEncodingName;
  separator?: Separator;
  sheet?: string;
  /** The name to report (the original file's, when reading a journaled copy). */
  name?: string;
}

/** One pass over the file: its sha256, and whether it is valid UTF-8 (streamed, so any size). */
async function scan(path: string): Promise<{ sha256: string; utf8: boolean }> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    if (utf8)
      try {
        decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        utf8 = false;
      }
  }
  if (utf8)
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  return { sha256: hash.digest('hex'), utf8 };
}

function firstBytes(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Open a CSV (UTF-8 or Windows-1251, decoded with iconv-lite; `,`, `;` or tab; parsed with csv-parse) or the
 * first (or named) sheet of an XLSX file. CSV rows are streamed; files over the size limit are refused first.
 */
export async function openTable(path: string, options: ReadTableOptions = {}): Promise<TableStream> {
  const file = options.name ?? basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new InputError(
      `${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  if (size > maxImportBytes())
    throw new InputError(
      `${file}: the file has ${(size / 1e6).toFixed(0)} MB; imports are limited to ${(maxImportBytes() / 1e6).toFixed(0)} MB (split the file, or set PARADIP_IMPORT_MAX_MB)`,
      { bytes: size },
    );
  const head = firstBytes(path, 64 * 1024);
  const ext = extname(options.name ?? path).toLowerCase();
  if (ext === '.xlsx' || (head[0] === 0x50 && head[1] === 0x4b))
    return readXlsx(file, path, size, options.sheet);
  if (ext === '.xls')
    throw new InputError(`${file}: the old binary .xls format is not supported; save it as .xlsx or .csv`);
  const { sha256, utf8 } = await scan(path);
  if (options.encoding === 'utf-8' && !utf8)
    throw new InputError(`${file}: the file is not valid UTF-8; try --encoding windows-1251`);
  const encoding: TextEncodingName = options.encoding ?? (utf8 ? 'utf-8' : 'windows-1251');
  const separator = options.separator ?? detectSeparator(iconv.decode(head, encoding));
  const records = createReadStream(path, { highWaterMark: 1 << 20 })
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse(csvParseOptions(separator)));
  const iterator = records[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const line = numberLines();
  const next = async () => {
    try {
      for (;;) {
        const r = await iterator.next();
        if (r.done) return null;
        const row = line(r.value);
        if (!isBlankRecord(r.value)) return { row, cells: r.value };
      }
    } catch (err) {
      throw new InputError(`${file}: ${csvErrorMessage(err)}`);
    }
  };
  const first = await next();
  if (!first) throw new InputError(`${file}: the file is empty; expected a header row and data rows`);
  async function* rows() {
    let n = 0;
    for (let r = await next(); r; r = await next()) {
      if (++n > MAX_IMPORT_ROWS) {
        records.destroy();
        throw new InputError(`${file}: more than ${MAX_IMPORT_ROWS} rows; split the file`);
      }
      yield r;
    }
  }
  return {
    file,
    format: 'csv',
    encoding,
    separator,
    header: first.cells.map((h) => h.trim()),
    rows: rows(),
    sha256,
    bytes: size,
  };
}

/** Read a whole table into memory (small tables: ties, COINr inputs). */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const t = await openTable(path, options);
  const rows: Table['rows'] = [];
  for await (const r of t.rows) rows.push(r);
  return { ...t, rows };
}

async function readXlsx(file: string, path: string, size: number, sheetName?: string): Promise<TableStream> {
  if (size > MAX_XLSX_BYTES)
    throw new InputError(
      `${file}: XLSX files are limited to ${MAX_XLSX_BYTES / 1024 / 1024} MB; save larger tables as CSV`,
      { bytes: size },
    );
  const bytes = await readFile(path);
  // Loaded on demand: exceljs is large and most commands never read a workbook.
  const Excel = loadPackage<typeof import('exceljs')>('exceljs');
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
    rows: (async function* () {
      yield* rest;
    })(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: size,
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
    // A formula that failed (#DIV/0!, #N/A…) is shown as such and refused, not taken for a missing value.
    if ('error' in v) return String(v.error);
  }
  return String(v);
}
