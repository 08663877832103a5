/** One parsed CSV record with the 1-based line number where it starts (for error messages). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type Separator = ',' | ';' | '\t';

/**
 * Guess the separator from the first line: the candidate that occurs most often outside quotes.
 * @example detectSeparator('a;b;c\n1;2;3') // ';'
 */
export function detectSeparator(text: string): Separator {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
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
 * Parse RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). Blank lines are skipped.
 * @example parseCsv('a,b\n"x, y",2').map(r => r.cells) // [['a','b'],['x, y','2']]
 */
export function parseCsv(text: string, separator: Separator = detectSeparator(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === '' && !fieldStarted)) records.push({ line: recordLine, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      fieldStarted = true;
    } else if (ch === separator) {
      cells.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error(`parseCsv: unterminated quoted field starting on line ${recordLine}`);
  if (field !== '' || cells.length > 0 || fieldStarted) endRecord();
  return records;
}

/** Read a CSV with a header row into objects keyed by header names. */
export function csvObjects(text: string, separator?: Separator): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i] ?? ''])));
}

/** Quote a value for CSV output when it needs it. */
export function csvCell(value: unknown, separator: Separator = ','): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : String(value);
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Serialise rows (arrays) to CSV text with CRLF-free LF line ends. */
export function toCsv(rows: unknown[][], separator: Separator = ','): string {
  return rows.map((r) => r.map((v) => csvCell(v, separator)).join(separator)).join('\n') + '\n';
}
