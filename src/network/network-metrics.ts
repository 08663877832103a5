import { mulberry32 } from '../engine/random/mulberry32.js';
import { betweenness, eigenvector, Graph, louvain } from './graphology.js';
import type { TieNetwork } from './tie-network.js';

export interface NodeMetrics {
  id: string;
  kind: 'region' | 'country';
  degree: number;
  strength: number;
  eigenvector: number;
  betweenness: number;
}

export interface RegionBreadth {
  region: string;
  partners: number;
  /** 1 − Herfindahl concentration of ties across partner countries (0 when there are none). */
  diversity: number;
  community: number | null;
}

export interface NetworkMetrics {
  nodes: NodeMetrics[];
  regions: RegionBreadth[];
  communities: { count: number; modularity: number };
}

const regionNode = (id: string) => `r:${id}`;
const countryNode = (id: string) => `c:${id}`;

/**
 * Centralities of the bipartite region–country network (degree, strength, eigenvector and betweenness on the
 * weighted graph), breadth and concentration of each region, and Louvain communities of the regions on the
 * projected region–region graph (two regions linked by Σ over shared partners of the smaller tie count; seeded).
 */
export function networkMetrics(n: TieNetwork, seed = 1): NetworkMetrics {
  const g = new Graph({ type: 'undirected' });
  for (const r of n.regions) g.addNode(regionNode(r.id), { kind: 'region' });
  for (const c of n.countries) g.addNode(countryNode(c.id), { kind: 'country' });
  for (const e of n.edges) g.addEdge(regionNode(e.region), countryNode(e.country), { weight: e.weight });
  let eig: Record<string, number> = {};
  try {
    eig = eigenvector(g, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-9 });
  } catch {
    // A graph without edges has no eigenvector centrality: every node gets 0 below.
  }
  const btw = betweenness(g, { normalized: true });
  const nodes: NodeMetrics[] = g.mapNodes((node, attrs) => ({
    id: node.slice(2),
    kind: attrs.kind as 'region' | 'country',
    degree: g.degree(node),
    strength: g.reduceEdges(node, (s, _e, a) => s + (a.weight as number), 0),
    eigenvector: eig[node] ?? 0,
    betweenness: btw[node] ?? 0,
  }));

  const byRegion = new Map<string, Map<string, number>>();
  for (const e of n.edges) {
    let m = byRegion.get(e.region);
    if (!m) byRegion.set(e.region, (m = new Map()));
    m.set(e.country, e.weight);
  }
  const p = new Graph({ type: 'undirected' });
  for (const r of n.regions) p.addNode(r.id);
  const ids = n.regions.map((r) => r.id);
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = byRegion.get(ids[i]!);
      const b = byRegion.get(ids[j]!);
      if (!a || !b) continue;
      let w = 0;
      for (const [c, x] of a) {
        const y = b.get(c);
        if (y) w += Math.min(x, y);
      }
      if (w > 0) p.addEdge(ids[i]!, ids[j]!, { weight: w });
    }
  let communities: Record<string, number> = {};
  let modularity = 0;
  let count = 0;
  if (p.size > 0) {
    const d = louvain.detailed(p, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
    communities = d.communities;
    modularity = d.modularity;
    count = d.count;
  }
  const regions = n.regions.map((r) => {
    const m = byRegion.get(r.id);
    const total = m ? [...m.values()].reduce((a, b) => a + b, 0) : 0;
    const hhi = total ? [...m!.values()].reduce((a, x) => a + (x / total) ** 2, 0) : 1;
    return {
      region: r.id,
      partners: m?.size ?? 0,
      diversity: 1 - hhi,
      community: m ? (communities[r.id] ?? null) : null,
    };
  });
  return { nodes, regions, communities: { count, modularity } };
}
