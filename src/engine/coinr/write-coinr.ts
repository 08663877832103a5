import type { Dataset } from '../dataset.js';

/**
 * A step's table as COINr writes it: `uCode` then every column; missing values empty. Numbers keep full
 * double precision (shortest round-trip form).
 */
export function datasetRows(d: Dataset): (string | number)[][] {
  const codes = Object.keys(d.columns);
  return [
    ['uCode', ...codes],
    ...d.units.map((u, i) => [
      u,
      ...codes.map((c) => (Number.isNaN(d.columns[c]![i]!) ? '' : d.columns[c]![i]!)),
    ]),
  ];
}

/** `datasetRows`, one row at a time (the header first): a large table without building every row at once. */
export function* datasetRowsLazily(d: Dataset): Generator<(string | number)[]> {
  const codes = Object.keys(d.columns);
  const columns = codes.map((c) => d.columns[c]!);
  yield ['uCode', ...codes];
  for (let i = 0; i < d.units.length; i++)
    yield [d.units[i]!, ...columns.map((x) => (Number.isNaN(x[i]!) ? '' : x[i]!))];
}
