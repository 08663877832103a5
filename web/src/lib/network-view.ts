import type { NetworkPayload } from './api';

/** A node of the region–country network: `r:RU-KR` for a region, `c:FI` for a country. */
export type NodeKey = `r:${string}` | `c:${string}`;

export interface NetworkSummary {
  /** Regions with at least one tie of the types shown, and all partner countries (a country has a tie by definition). */
  regions: number;
  countries: number;
  /** Region–country pairs with at least one tie. */
  pairs: number;
  /** Groups of two or more regions that share partner countries (Louvain communities of the projected graph). */
  groups: number;
  /** Regions without a tie of the types shown: not drawn, listed. */
  isolated: string[];
}

export function summarise(n: NetworkPayload): NetworkSummary {
  const tied = new Set(n.edges.map((e) => e.region));
  const members = new Map<number, number>();
  for (const r of n.metrics.regions)
    if (r.community !== null) members.set(r.community, (members.get(r.community) ?? 0) + 1);
  return {
    regions: tied.size,
    countries: n.countries.length,
    pairs: n.edges.length,
    // A region alone in its community shares no partner with any other: not a group.
    groups: [...members.values()].filter((k) => k >= 2).length,
    isolated: n.regions.filter((r) => !tied.has(r.id)).map((r) => r.id),
  };
}

export interface EgoPartner {
  id: string;
  weight: number;
  /** Tie counts by type, largest first. */
  types: [string, number][];
}

/** The partners of one node (a region's countries or a country's regions), most ties first, then by id. */
export function egoPartners(n: NetworkPayload, focus: NodeKey): EgoPartner[] {
  const id = focus.slice(2);
  const isRegion = focus.startsWith('r:');
  return n.edges
    .filter((e) => (isRegion ? e.region : e.country) === id)
    .map((e) => ({
      id: isRegion ? e.country : e.region,
      weight: e.weight,
      types: Object.entries(e.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    }))
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

/** Total ties of the focus by type, largest first. */
export function egoTypes(partners: readonly EgoPartner[]): [string, number][] {
  const m = new Map<string, number>();
  for (const p of partners) for (const [t, k] of p.types) m.set(t, (m.get(t) ?? 0) + k);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Node radius in px from the number of ties: readable for one tie, bounded for Moscow's hundreds. */
export const nodeRadius = (strength: number): number => 2 + 1.4 * Math.log2(1 + strength);

/** Colour-blind-safe colours (Okabe–Ito) for node kinds and tie types. */
export const KIND_COLOUR = { region: '#0072b2', country: '#e69f00' } as const;
export const TIE_COLOUR: Record<string, string> = {
  twinning: '#0072b2',
  foreign_mission: '#d55e00',
  border: '#009e73',
};
export const OTHER_TIE_COLOUR = '#999999';
