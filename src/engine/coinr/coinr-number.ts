import { CoinrInputError } from './coinr-input-error.js';

/** A numeric cell of a COINr table: empty or NA is missing (NaN); anything else must be a finite number. */
export function coinrNumber(table: string, row: number, column: string, raw: string | undefined): number {
  const s = (raw ?? '').trim();
  if (s === '' || s === 'NA') return NaN;
  const v = Number(s);
  if (!Number.isFinite(v))
    throw new CoinrInputError(
      `${table}, row ${row}, column "${column}": "${raw}" — expected a number or an empty cell (NA)`,
    );
  return v;
}
