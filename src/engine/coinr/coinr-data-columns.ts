import type { Dataset } from '../dataset.js';
import type { IndexInput } from '../index-input.js';
import type { CoinrMeta } from './read-coinr.js';
import { CoinrInputError } from './coinr-input-error.js';
import { coinrNumber } from './coinr-number.js';

/** Values per piece of a growing column: a column grows by pieces, never by copying all it holds. */
const PIECE = 1 << 16;

/** A column of numbers filled row by row, in pieces joined once at the end. */
class NumberColumn {
  private readonly pieces: Float64Array[] = [];
  private used = PIECE;

  push(v: number): void {
    if (this.used === PIECE) {
      this.pieces.push(new Float64Array(PIECE));
      this.used = 0;
    }
    this.pieces[this.pieces.length - 1]![this.used++] = v;
  }

  /** The whole column; the pieces are released as they are copied. */
  join(n: number): Float64Array {
    const out = new Float64Array(n);
    for (let p = 0; p < this.pieces.length; p++) {
      out.set(this.pieces[p]!.subarray(0, Math.min(PIECE, n - p * PIECE)), p * PIECE);
      this.pieces[p] = new Float64Array(0);
    }
    return out;
  }
}

/**
 * COINr's iData read row by row straight into typed columns (no record per row): the unit codes and names, the
 * indicator and denominator columns as numbers and the group columns, as iMeta names them. Each row is checked as it
 * arrives (an empty or repeated uCode, a cell that is not a number), with the table, row and column in the message.
 */
export class CoinrDataColumns {
  private readonly at: Map<string, number>;
  private readonly numeric: { code: string; index: number; column: NumberColumn }[];
  private readonly groupCols: { code: string; index: number; values: (string | null)[] }[];
  private readonly units: string[] = [];
  private readonly names: string[] = [];
  private readonly seen = new Map<string, number>();

  /**
   * @param name the data table's name, @param header its columns, @param meta what iMeta declares and
   * @param metaName the meta table's name (for messages)
   */
  constructor(
    private readonly name: string,
    header: readonly string[],
    private readonly meta: CoinrMeta,
    metaName: string,
  ) {
    this.at = new Map(header.map((h, i) => [h, i]));
    if (!this.at.has('uCode')) throw new CoinrInputError(`${name}: no "uCode" column`);
    const indicators = meta.framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code);
    const absent = [...indicators, ...meta.groups, ...meta.denominators].filter((c) => !this.at.has(c));
    if (absent.length)
      throw new CoinrInputError(`${name}: columns named in ${metaName} are missing: ${absent.join(', ')}`);
    this.numeric = [...indicators, ...meta.denominators].map((code) => ({
      code,
      index: this.at.get(code)!,
      column: new NumberColumn(),
    }));
    this.groupCols = meta.groups.map((code) => ({ code, index: this.at.get(code)!, values: [] }));
  }

  /** One data row: its line or row number (for messages) and its cells in header order. */
  add(row: number, cells: readonly (string | undefined)[]): void {
    const code = (cells[this.at.get('uCode')!] ?? '').trim();
    if (!code)
      throw new CoinrInputError(`${this.name}, row ${row}, column "uCode": empty — expected a unit code`);
    const earlier = this.seen.get(code);
    if (earlier !== undefined)
      throw new CoinrInputError(
        `${this.name}, row ${row}, column "uCode": "${code}" is also on row ${earlier}`,
      );
    this.seen.set(code, row);
    this.units.push(code);
    this.names.push(cells[this.at.get('uName') ?? this.at.get('uCode')!] ?? '');
    for (const n of this.numeric) n.column.push(coinrNumber(this.name, row, n.code, cells[n.index]));
    for (const g of this.groupCols) g.values.push((cells[g.index] ?? '').trim() || null);
  }

  /** The engine's input from the rows added. */
  finish(): IndexInput {
    const n = this.units.length;
    this.seen.clear();
    const numbers = new Map(this.numeric.map((c) => [c.code, c.column.join(n)]));
    const columns: Dataset['columns'] = {};
    for (const node of this.meta.framework.nodes)
      if (node.type === 'indicator') columns[node.code] = numbers.get(node.code)!;
    return {
      data: { units: this.units, columns },
      unitNames: this.names,
      groups: Object.fromEntries(this.groupCols.map((g) => [g.code, g.values])),
      denominators: Object.fromEntries(this.meta.denominators.map((d) => [d, numbers.get(d)!])),
      framework: this.meta.framework,
    };
  }
}
