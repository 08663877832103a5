import type { Framework } from '../engine/framework.js';

/** Variables typology rules may read: every index column, the built-in tags and the counts. */
export function knownVariables(framework: Framework): Set<string> {
  return new Set([
    ...framework.nodes.map((n) => n.code),
    'ties_total',
    'countries_total',
    'border',
    'ethnic_republic',
    'arctic',
    'federal_city',
    'megacity',
    'far_east',
  ]);
}
