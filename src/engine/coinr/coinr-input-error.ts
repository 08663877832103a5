import { ParadipError } from '../../errors/paradip-error.js';

/** A COINr input table that cannot be read: names the table, row and column. */
export class CoinrInputError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}
