import { parseNumber, type ParsedNumber } from '../io/parse-number.js';

/**
 * A figure as Rosstat prints it: spaces (incl. no-break) as thousands separators, decimal comma (a stray point
 * is read as decimal too), "…", "...", "-" or "–" for no data, a footnote mark after the figure ("… 1)", "12,5 2)"),
 * and an en dash or minus sign before a negative number.
 * @example rosstatNumber('1 234,5') // { kind: 'number', value: 1234.5 }
 * @example rosstatNumber('… 1)') // { kind: 'missing' }
 */
export function rosstatNumber(raw: string): ParsedNumber {
  let s = raw.replace(/[\u00a0\u202f\u2009\n\t]/g, ' ').trim();
  // "12,5 1)" or "…1)": a footnote mark. Glued to digits ("12,51)") it cannot be told apart from the figure: left
  // in place, so that the cell is rejected rather than misread.
  const mark = /^(.*?)(\s*\d\))+$/.exec(s);
  if (mark && (/\s\d\)/.test(s.slice(mark[1]!.length)) || /[….\-–—]$/.test(mark[1]!))) s = mark[1]!.trim();
  return parseNumber(s.replace(/^[–—−](?=\s*\d)/, '-'), ';');
}
