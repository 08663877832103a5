import type { SourceTable } from './read-coinr.js';

/** A header + rows table (as read from CSV or XLSX) as records for the COINr reader. */
export function toSourceTable(
  name: string,
  header: string[],
  rows: { row: number; cells: string[] }[],
): SourceTable {
  return {
    name,
    rows: rows.map((r) => ({
      row: r.row,
      values: Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])),
    })),
  };
}
