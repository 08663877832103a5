import { inScope } from '../query/in-scope.js';
import { isRegionalTie } from '../query/regional-tie.js';
import type { Snapshot } from '../query/snapshot.js';
import { inUniverse, type Universe } from '../registry/region.js';

export interface NetworkEdge {
  region: string;
  country: string;
  /** Number of ties of each type. */
  types: Record<string, number>;
  weight: number;
  tieIds: string[];
}

export interface TieNetwork {
  universe: Universe;
  regions: { id: string; name_en: string; name_ru: string; status: string }[];
  countries: { id: string; name_en: string; name_ru: string | null }[];
  edges: NetworkEdge[];
}

/**
 * The bipartite network region ↔ partner country: one edge per pair, weighted by the number of ties (optionally
 * only of some types), with the count of each type and the ids of the ties behind it.
 */
export function tieNetwork(s: Snapshot, universe: Universe, types?: readonly string[]): TieNetwork {
  const regions = s.regions.filter((r) => inUniverse(r, universe));
  const member = new Set(regions.map((r) => r.iso));
  const edges = new Map<string, NetworkEdge>();
  for (const t of s.ties) {
    if (
      !isRegionalTie(t) ||
      !t.region_iso ||
      !t.country_iso2 ||
      !member.has(t.region_iso) ||
      !inScope(t.scope, universe)
    )
      continue;
    if (types && !types.includes(t.type)) continue;
    const key = `${t.region_iso}\t${t.country_iso2}`;
    let e = edges.get(key);
    if (!e)
      edges.set(
        key,
        (e = { region: t.region_iso, country: t.country_iso2, types: {}, weight: 0, tieIds: [] }),
      );
    e.types[t.type] = (e.types[t.type] ?? 0) + 1;
    e.weight++;
    e.tieIds.push(t.id);
  }
  const countryIds = new Set([...edges.values()].map((e) => e.country));
  const countries = s.countries.filter((c) => countryIds.has(c.iso2));
  return {
    universe,
    regions: regions.map((r) => ({
      id: r.iso,
      name_en: r.name_en_full,
      name_ru: r.name_ru,
      status: r.status,
    })),
    countries: countries.map((c) => ({ id: c.iso2, name_en: c.name_en, name_ru: c.name_ru })),
    edges: [...edges.values()].sort(
      (a, b) => a.region.localeCompare(b.region) || a.country.localeCompare(b.country),
    ),
  };
}
