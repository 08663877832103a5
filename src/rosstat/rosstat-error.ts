import { ParadipError } from '../errors/paradip-error.js';

/**
 * A Rosstat file or table that cannot be read as asked: names the file, and where known the table, row and column,
 * with what was expected. It is the user's input that is at fault, so no internal names appear.
 */
export class RosstatError extends ParadipError {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly where: { table?: string; row?: number; column?: string; value?: string } = {},
  ) {
    const at = [
      file,
      where.table ? `table ${where.table}` : null,
      where.row !== undefined ? `row ${where.row}` : null,
      where.column !== undefined ? `column ${JSON.stringify(where.column)}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    super(
      'input',
      `${at}: ${where.value !== undefined ? `${JSON.stringify(where.value)} — ` : ''}expected ${expected}`,
      { file, ...where },
    );
  }
}
