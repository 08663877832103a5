import type { NetworkPayload } from './api';

/**
 * Countries to start a crisis question from: Russia's land neighbours (countries with a border tie), most tied
 * first, and the regions' other main partners by number of ties.
 */
export function countryShortlist(
  edges: NetworkPayload['edges'],
  partners = 12,
): { neighbours: string[]; partners: string[] } {
  const ties = new Map<string, number>();
  const borders = new Set<string>();
  for (const e of edges)
    for (const [type, k] of Object.entries(e.types)) {
      ties.set(e.country, (ties.get(e.country) ?? 0) + k);
      if (type === 'border') borders.add(e.country);
    }
  const byTies = (a: string, b: string) => (ties.get(b) ?? 0) - (ties.get(a) ?? 0) || a.localeCompare(b);
  return {
    neighbours: [...borders].sort(byTies),
    partners: [...ties.keys()]
      .filter((c) => !borders.has(c))
      .sort(byTies)
      .slice(0, partners),
  };
}
