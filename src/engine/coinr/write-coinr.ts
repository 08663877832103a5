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
