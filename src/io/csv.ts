import { parse, type Options } from 'csv-parse/sync';
/** One parsed CSV record with the 1-based line number where it starts (for error messages). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type Separator = ',' | ';' | '\t';

/** The first line with anything on it, or '' (found line by line: a long file is not split whole). */
function firstNonBlankLine(text: string): string {
  const lineEnd = /\r\n|\r|\n/g;
  let from = 0;
  while (from <= text.length) {
    lineEnd.lastIndex = from;
    const m = lineEnd.exec(text);
    const to = m ? m.index : text.length;
    const line = text.slice(from, to);
    if (line.trim() !== '') return line;
    if (!m) break;
    from = to + m[0].length;
  }
  return '';
}

/**
 * Guess the separator from the header (first non-blank) line: the candidate that occurs most often outside quotes.
 * @example detectSeparator('a;b;c\n1;2;3') // ';'
 */
export function detectSeparator(text: string): Separator {
  // The header: the first line with anything on it (a file may begin with blank lines).
  const firstLine = firstNonBlankLine(text);
  let best: Separator = ',';
  let bestCount = 0;
  for (const sep of [',', ';', '\t'] as const) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) count++;
    }
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

/**
 * csv-parse's options for the tables paradip reads: ragged rows allowed, any line end. Blank lines come through as
 * empty records (skipped by `numberLines`), so that line numbers can be counted without csv-parse's per-record
 * `info` objects, which cost more than the parsing itself on a long file.
 */
export function csvParseOptions(separator: Separator): Options {
  return {
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
  };
}

/** A blank line as csv-parse gives it without skipping: one empty cell. */
export const isBlankRecord = (cells: readonly string[]): boolean => cells.length === 1 && cells[0] === '';

/**
 * Line numbers for the records of a file, in order: each record starts on the line after the previous one ends,
 * and a record ends as many lines further as its quoted cells hold line breaks (CRLF, LF or CR, each one line).
 * @example const line = numberLines(); [['a'], ['x\ny'], ['b']].map(line) // [1, 2, 4]
 */
export function numberLines(): (cells: readonly string[]) => number {
  let next = 1;
  return (cells) => {
    const start = next;
    next++;
    for (const c of cells) if (c.includes('\n') || c.includes('\r')) next += c.match(/\r\n|\r|\n/g)!.length;
    return start;
  };
}

/** csv-parse's error as a sentence with the line, for users (no parser error codes). */
export function csvErrorMessage(err: unknown): string {
  const e = err as { code?: string; lines?: number; message?: string };
  if (e.code === 'CSV_QUOTE_NOT_CLOSED')
    return `unterminated quoted field starting on line ${e.lines ?? '?'}: a quote (") opens a cell that never closes`;
  if (e.code === 'CSV_INVALID_CLOSING_QUOTE')
    return `line ${e.lines ?? '?'}: a quoted cell goes on after its closing quote; double the quote ("") inside quoted text`;
  return (e.message ?? String(err)).replace(/^[A-Z_]+:\s*/, '');
}

/**
 * Parse RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) with csv-parse. Blank lines are skipped.
 * @example parseCsv('a,b\n"x, y",2').map(r => r.cells) // [['a','b'],['x, y','2']]
 */
export function parseCsv(text: string, separator: Separator = detectSeparator(text)): CsvRecord[] {
  let parsed: string[][];
  try {
    parsed = parse(text, csvParseOptions(separator)) as string[][];
  } catch (err) {
    throw new Error(csvErrorMessage(err), { cause: err });
  }
  const line = numberLines();
  const out: CsvRecord[] = [];
  for (const cells of parsed) {
    const at = line(cells);
    if (!isBlankRecord(cells)) out.push({ line: at, cells });
  }
  return out;
}

/** Read a CSV with a header row into objects keyed by header names. */
export function csvObjects(text: string, separator?: Separator): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) return [];
  const names = header.cells;
  // A plain loop (no [name, value] pair per cell); Object.fromEntries where a name would set the prototype.
  if (names.includes('__proto__'))
    return rows.map((r) => Object.fromEntries(names.map((h, i) => [h, r.cells[i] ?? ''])));
  return rows.map((r) => {
    const o: Record<string, string> = {};
    for (let i = 0; i < names.length; i++) o[names[i]!] = r.cells[i] ?? '';
    return o;
  });
}

/** Quote a value for CSV output when it needs it. */
export function csvCell(value: unknown, separator: Separator = ','): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : String(value);
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Serialise rows (arrays) to CSV text with CRLF-free LF line ends. */
export function toCsv(rows: unknown[][], separator: Separator = ','): string {
  return [...csvLines(rows, separator)].join('');
}

/** The CSV lines of rows (arrays), each with its LF, one at a time: for tables too large for one string. */
export function* csvLines(rows: Iterable<unknown[]>, separator: Separator = ','): Generator<string> {
  for (const r of rows) yield r.map((v) => csvCell(v, separator)).join(separator) + '\n';
}
