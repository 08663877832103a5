import type { Framework } from '../engine/framework.js';
import { columnVariable } from './classify.js';

/**
 * What typology rules may read — every index column as `<index>_<column>`, the built-in tags and the counts — and
 * the columns of each index the axes may average.
 */
export function knownVariables(frameworks: Record<string, Framework>): {
  variables: Set<string>;
  columns: Record<string, Set<string>>;
} {
  const columns = Object.fromEntries(
    Object.entries(frameworks).map(([id, f]) => [id, new Set(f.nodes.map((n) => n.code))]),
  );
  return {
    variables: new Set([
      ...Object.entries(columns).flatMap(([id, cols]) => [...cols].map((c) => columnVariable(id, c))),
      'ties_total',
      'countries_total',
      'border',
      'ethnic_republic',
      'arctic',
      'federal_city',
      'megacity',
      'far_east',
    ]),
    columns,
  };
}
