import { csvCell } from '../io/csv.js';
import { neutralise } from './neutralise.js';
import type { ExportTable } from './table.js';

/**
 * CSV in UTF-8. With `excel`, the flavour Russian Excel opens directly: a byte-order mark, `;` as separator and a
 * decimal comma. Formula-like text is neutralised either way.
 */
export function tableToCsv(t: ExportTable, options: { excel?: boolean } = {}): string {
  const sep = options.excel ? ';' : ',';
  const cell = (v: unknown) => {
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
    if (typeof v === 'number') return options.excel ? String(v).replace('.', ',') : String(v);
    if (typeof v === 'object') return csvCell(neutralise(JSON.stringify(v)), sep);
    return csvCell(neutralise(String(v)), sep);
  };
  const lines = [
    t.columns.map((c) => csvCell(c, sep)).join(sep),
    ...t.rows.map((r) => t.columns.map((c) => cell(r[c])).join(sep)),
  ];
  return (options.excel ? '\ufeff' : '') + lines.join(options.excel ? '\r\n' : '\n') + '\n';
}
