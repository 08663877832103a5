/**
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, so that opening an export never executes anything. Numbers are left alone: −3 stays a number.
 * @example neutralise('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutralise(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
