/** Excel keeps at most 32,767 characters in a cell; longer text is cut by Excel itself or makes the file unreadable. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * Text that fits an Excel cell: longer text is cut, ending in a marker that says how long the original was, so a
 * reader knows the cell is incomplete (the metadata sheet lists such cells too).
 * @example fitExcelCell('x'.repeat(40000)).truncated // true
 */
export function fitExcelCell(text: string): { text: string; truncated: boolean } {
  if (text.length <= EXCEL_CELL_LIMIT) return { text, truncated: false };
  const marker = ` … [truncated: ${text.length} characters, see the CSV or JSON export]`;
  return { text: text.slice(0, EXCEL_CELL_LIMIT - marker.length) + marker, truncated: true };
}
