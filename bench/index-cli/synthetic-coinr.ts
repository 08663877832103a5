// SYNTHETIC COINr tables for the CLI bench only (from bench/scaling/synthetic-input.ts), never shipped or shown as real.
import { writeFileSync } from 'node:fs';
import { csvLines } from '../../src/io/csv.js';
import { writeChunks } from '../../src/io/write-chunks.js';
import { syntheticInput } from '../scaling/synthetic-input.js';

/** Write iData (uCode, group, denominator, 50 indicators) and iMeta for `n` synthetic units; returns their paths. */
export function writeSyntheticCoinr(dir: string, n: number): { data: string; meta: string } {
  const input = syntheticInput(n);
  const codes = Object.keys(input.data.columns);
  const columns = codes.map((c) => input.data.columns[c]!);
  const pop = input.denominators.Pop!;
  const group = input.groups.Group!;
  const data = `${dir}/iData-${n}.csv`;
  const meta = `${dir}/iMeta-${n}.csv`;
  function* rows(): Generator<unknown[]> {
    yield ['uCode', 'Group', 'Pop', ...codes];
    for (let i = 0; i < n; i++)
      yield [
        input.data.units[i],
        group[i],
        pop[i],
        ...columns.map((x) => (Number.isNaN(x[i]!) ? 'NA' : x[i])),
      ];
  }
  writeChunks(csvLines(rows()), data, 1 << 20);
  const metaRows: unknown[][] = [
    ['Level', 'iCode', 'iName', 'Direction', 'Weight', 'Denominator', 'Parent', 'Type'],
    ...input.framework.nodes.map((d) => [
      d.level,
      d.code,
      d.name,
      d.direction,
      d.weight,
      d.denominator ?? '',
      d.parent ?? '',
      d.type === 'indicator' ? 'Indicator' : 'Aggregate',
    ]),
    ['', 'Group', 'synthetic group', '', '', '', '', 'Group'],
    ['', 'Pop', 'synthetic population', '', '', '', '', 'Denominator'],
  ];
  writeFileSync(meta, [...csvLines(metaRows)].join(''));
  return { data, meta };
}
