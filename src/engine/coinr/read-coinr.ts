import { ParadipError } from '../../errors/paradip-error.js';
import type { Dataset } from '../dataset.js';
import { FrameworkError, type Framework, type FrameworkNode } from '../framework.js';
import type { IndexInput } from '../index-input.js';

/** A table as records keyed by header, with the row number (1-based, header = 1) for messages. */
export interface SourceTable {
  name: string;
  rows: { row: number; values: Record<string, string> }[];
}

export class CoinrInputError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

function numberOrNaN(t: SourceTable, row: number, column: string, raw: string | undefined): number {
  const s = (raw ?? '').trim();
  if (s === '' || s === 'NA') return NaN;
  const v = Number(s);
  if (!Number.isFinite(v))
    throw new CoinrInputError(
      `${t.name}, row ${row}, column "${column}": "${raw}" — expected a number or an empty cell (NA)`,
    );
  return v;
}

/**
 * COINr's iMeta table → framework, group codes and denominator codes (COINr `new_coin` conventions: Type is
 * Indicator, Aggregate, Group, Denominator or Other; Level 1 = indicators).
 */
export function readCoinrMeta(t: SourceTable): {
  framework: Framework;
  groups: string[];
  denominators: string[];
} {
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
      const level = numberOrNaN(t, row, 'Level', r.Level);
      if (!Number.isInteger(level) || level < 1)
        throw new CoinrInputError(
          `${t.name}, row ${row}, column "Level": "${r.Level}" — expected a whole number ≥ 1`,
        );
      const direction = numberOrNaN(t, row, 'Direction', r.Direction);
      if (direction !== 1 && direction !== -1)
        throw new CoinrInputError(
          `${t.name}, row ${row}, column "Direction": "${r.Direction}" — expected 1 or -1`,
        );
      const weight = numberOrNaN(t, row, 'Weight', r.Weight);
      if (!Number.isFinite(weight))
        throw new CoinrInputError(
          `${t.name}, row ${row}, column "Weight": "${r.Weight}" — expected a number`,
        );
      const target = numberOrNaN(t, row, 'Target', r.Target);
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
  const { framework, groups, denominators } = readCoinrMeta(meta);
  const header = new Set(data.rows.length ? Object.keys(data.rows[0]!.values) : []);
  if (!header.has('uCode')) throw new CoinrInputError(`${data.name}: no "uCode" column`);
  const needed = [
    ...framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code),
    ...groups,
    ...denominators,
  ];
  const absent = needed.filter((c) => !header.has(c));
  if (absent.length)
    throw new CoinrInputError(
      `${data.name}: columns named in ${meta.name} are missing: ${absent.join(', ')}`,
    );
  const units = data.rows.map((r) => (r.values.uCode ?? '').trim());
  const seen = new Map<string, number>();
  data.rows.forEach((r, i) => {
    const u = units[i]!;
    if (!u)
      throw new CoinrInputError(`${data.name}, row ${r.row}, column "uCode": empty — expected a unit code`);
    if (seen.has(u))
      throw new CoinrInputError(
        `${data.name}, row ${r.row}, column "uCode": "${u}" is also on row ${seen.get(u)}`,
      );
    seen.set(u, r.row);
  });
  const column = (code: string) =>
    Float64Array.from(data.rows, (r) => numberOrNaN(data, r.row, code, r.values[code]));
  const columns: Dataset['columns'] = {};
  for (const n of framework.nodes) if (n.type === 'indicator') columns[n.code] = column(n.code);
  return {
    data: { units, columns },
    unitNames: data.rows.map((r) => r.values.uName ?? r.values.uCode ?? ''),
    groups: Object.fromEntries(
      groups.map((g) => [g, data.rows.map((r) => (r.values[g] ?? '').trim() || null)]),
    ),
    denominators: Object.fromEntries(denominators.map((d) => [d, column(d)])),
    framework,
  };
}
