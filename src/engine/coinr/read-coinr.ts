import { FrameworkError, type Framework, type FrameworkNode } from '../framework.js';
import type { IndexInput } from '../index-input.js';
import { CoinrDataColumns } from './coinr-data-columns.js';
import { CoinrInputError } from './coinr-input-error.js';
import { coinrNumber } from './coinr-number.js';

/** A table as records keyed by header, with the row number (1-based, header = 1) for messages. */
export interface SourceTable {
  name: string;
  rows: { row: number; values: Record<string, string> }[];
}

export { CoinrInputError };

/** What COINr's iMeta declares: the framework, the group columns and the denominator columns. */
export interface CoinrMeta {
  framework: Framework;
  groups: string[];
  denominators: string[];
}

/**
 * COINr's iMeta table → framework, group codes and denominator codes (COINr `new_coin` conventions: Type is
 * Indicator, Aggregate, Group, Denominator or Other; Level 1 = indicators).
 */
export function readCoinrMeta(t: SourceTable): CoinrMeta {
  const nodes: FrameworkNode[] = [];
  const groups: string[] = [];
  const denominators: string[] = [];
  for (const { row, values: r } of t.rows) {
    const code = (r.iCode ?? '').trim();
    if (!code) throw new CoinrInputError(`${t.name}, row ${row}, column "iCode": empty — expected a code`);
    const type = (r.Type ?? '').trim();
    if (type === 'Group') groups.push(code);
    else if (type === 'Denominator') denominators.push(code);
    else if (type === 'Indicator' || type === 'Aggregate') {
      const level = coinrNumber(t.name, row, 'Level', r.Level);
      if (!Number.isInteger(level) || level < 1)
        throw new CoinrInputError(
          `${t.name}, row ${row}, column "Level": "${r.Level}" — expected a whole number ≥ 1`,
        );
      const direction = coinrNumber(t.name, row, 'Direction', r.Direction);
      if (direction !== 1 && direction !== -1)
        throw new CoinrInputError(
          `${t.name}, row ${row}, column "Direction": "${r.Direction}" — expected 1 or -1`,
        );
      const weight = coinrNumber(t.name, row, 'Weight', r.Weight);
      if (!Number.isFinite(weight))
        throw new CoinrInputError(
          `${t.name}, row ${row}, column "Weight": "${r.Weight}" — expected a number`,
        );
      const target = coinrNumber(t.name, row, 'Target', r.Target);
      nodes.push({
        code,
        name: (r.iName ?? code).trim() || code,
        level,
        parent: (r.Parent ?? '').trim() || null,
        weight,
        direction,
        type: type === 'Indicator' ? 'indicator' : 'aggregate',
        unit: (r.Unit ?? '').trim() || null,
        target: Number.isNaN(target) ? null : target,
        denominator: (r.Denominator ?? '').trim() || null,
      });
    } else if (type !== 'Other')
      throw new CoinrInputError(
        `${t.name}, row ${row}, column "Type": "${type}" — expected Indicator, Aggregate, Group, Denominator or Other`,
      );
  }
  if (!nodes.length) throw new FrameworkError(`${t.name}: no Indicator or Aggregate rows`);
  return { framework: { nodes }, groups, denominators };
}

/** COINr's iData + iMeta tables → engine input. Every indicator, group and denominator of iMeta must be a column. */
export function readCoinr(data: SourceTable, meta: SourceTable): IndexInput {
  const header = data.rows.length ? Object.keys(data.rows[0]!.values) : [];
  const columns = new CoinrDataColumns(data.name, header, readCoinrMeta(meta), meta.name);
  for (const r of data.rows)
    columns.add(
      r.row,
      header.map((h) => r.values[h]),
    );
  return columns.finish();
}

/** `readCoinr` for iData read as it streams in (CSV of any size: no record per row is kept). */
export async function readCoinrRows(
  data: { name: string; header: readonly string[]; rows: AsyncIterable<{ row: number; cells: string[] }> },
  meta: SourceTable,
): Promise<IndexInput> {
  const columns = new CoinrDataColumns(data.name, data.header, readCoinrMeta(meta), meta.name);
  for await (const r of data.rows) columns.add(r.row, r.cells);
  return columns.finish();
}
