/** Cell contents that mean "no value" in Rosstat and spreadsheet tables. They are kept missing, never zero. */
const MISSING = new Set(['', '-', '–', '—', '…', '...', 'na', 'n/a', 'nan', 'null', 'н/д', 'x', 'х']);

const PLAIN = /^-?\d{1,15}(\.\d{1,15})?$/;
const PLAIN_COMMA = /^-?\d{1,15},\d{1,15}$/;

export type ParsedNumber =
  { kind: 'missing' } | { kind: 'number'; value: number } | { kind: 'invalid'; reason: string };

/**
 * Parse a number the way Russian and English spreadsheets write it: `1234.5`, `1 234,5` (decimal comma with
 * spaces or no-break spaces as thousands separators), `1,234.5`. A lone comma with three digits after it in a
 * comma-separated file is ambiguous and rejected rather than guessed.
 * @example parseNumber('1 234,5', ';') // { kind: 'number', value: 1234.5 }
 */
export function parseNumber(raw: string, separator: string = ';'): ParsedNumber {
  // Plain digits with an optional point are most cells of a long file: no rule below changes them.
  if (PLAIN.test(raw)) return { kind: 'number', value: Number(raw) };
  if (separator !== ',' && PLAIN_COMMA.test(raw))
    return { kind: 'number', value: Number(raw.replace(',', '.')) };
  const s = raw.trim().replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  let t = s.replace(/^\+/, '').replace(/^−/, '-');
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(t)) t = t.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(t)) {
    if (separator === ',' && /^-?\d{1,3},\d{3}$/.test(t))
      return { kind: 'invalid', reason: 'ambiguous: decimal comma or thousands separator' };
    t = t.replace(',', '.');
  } else if (/^-?\d{1,3}(,\d{3})+$/.test(t) && separator !== ',') {
    return { kind: 'invalid', reason: 'ambiguous: decimal comma or thousands separator' };
  }
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { kind: 'invalid', reason: 'not a number' };
  const value = Number(t);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not a finite number' };
  return { kind: 'number', value };
}
