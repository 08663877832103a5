import { extname } from 'node:path';
import { ParadipError } from '../errors/paradip-error.js';
import { toCsv } from '../io/csv.js';

export type Format = 'table' | 'csv' | 'json';

export function parseFormat(value: string): Format {
  if (value === 'table' || value === 'csv' || value === 'json') return value;
  throw new UsageError(`--format: expected table, csv or json, got ${JSON.stringify(value)}`);
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends ParadipError {
  constructor(message: string) {
    super('usage', message);
  }
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Right-align (numbers). */
  right?: boolean;
  /** Never cut (a last column of explanations: a cut sentence says less than a long line). */
  full?: boolean;
}

const MAX_CELL = 70;

function fmt(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  return v;
}

/** Rows as an aligned text table (missing values shown as "—"), CSV, or JSON (the full objects). */
export function render<T>(
  rows: readonly T[],
  columns: Column<T>[],
  format: Format,
  json: unknown = rows,
): string {
  if (format === 'json') return JSON.stringify(json, null, 2) + '\n';
  if (format === 'csv')
    return toCsv([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r) ?? ''))]);
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      const s = v === null || v === undefined ? '—' : fmt(v);
      return s.length > MAX_CELL && !c.full ? s.slice(0, MAX_CELL - 1) + '…' : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (parts: string[]) =>
    parts
      .map((p, i) => (columns[i]!.right ? p.padStart(widths[i]!) : p.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return (
    [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join(
      '\n',
    ) + '\n'
  );
}

/**
 * The output format: from `--format`, else from `--out`'s extension, else `fallback`. A file named for one
 * format is never written in another: `--format csv --out x.xlsx` is refused.
 */
export function outputFormat<F extends string>(
  format: string | undefined,
  out: string | undefined,
  formats: readonly F[],
  fallback: F,
): F {
  const ext = out ? extname(out).slice(1).toLowerCase() : '';
  const fromOut = formats.find((f) => f === ext);
  if (format !== undefined && !formats.includes(format as F))
    throw new UsageError(`--format: expected ${formats.join(', ')}, got ${JSON.stringify(format)}`);
  if (format !== undefined && fromOut && fromOut !== format)
    throw new UsageError(
      `--out ${out} names a .${ext} file but --format is ${format}; leave out --format (the extension decides) or make them agree`,
    );
  if (format !== undefined) return format as F;
  if (out && !fromOut)
    throw new UsageError(
      `--out ${out}: cannot tell the format from the extension; name a .${formats.join(', .')} file or give --format`,
    );
  return fromOut ?? fallback;
}
