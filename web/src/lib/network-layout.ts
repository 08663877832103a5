import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../../../src/engine/random/mulberry32';
import type { NetworkPayload } from './api';
import { nodeRadius, type NodeKey } from './network-view';

export interface LaidNode {
  key: NodeKey;
  kind: 'region' | 'country';
  x: number;
  y: number;
  r: number;
  strength: number;
}

export interface LaidEdge {
  a: NodeKey;
  b: NodeKey;
  weight: number;
}

/**
 * A seeded ForceAtlas2 drawing of the tied nodes, fitted into width × height with a margin for labels. Regions
 * without ties are left out: floating alone they said nothing and pushed the rest into a corner.
 */
export function layoutNetwork(
  n: NetworkPayload,
  width: number,
  height: number,
  /** Scales node sizes down on a narrow drawing, to leave room for labels. */
  sizeFactor = 1,
  seed = 7,
): { nodes: LaidNode[]; edges: LaidEdge[] } {
  const g = new Graph({ type: 'undirected' });
  const rand = mulberry32(seed);
  const strength = new Map(
    n.metrics.nodes.map((m) => [`${m.kind === 'region' ? 'r' : 'c'}:${m.id}`, m.strength]),
  );
  const tied = new Set(n.edges.map((e) => e.region));
  for (const r of n.regions)
    if (tied.has(r.id)) g.addNode(`r:${r.id}`, { x: rand(), y: rand(), kind: 'region' });
  for (const c of n.countries) g.addNode(`c:${c.id}`, { x: rand(), y: rand(), kind: 'country' });
  for (const e of n.edges) g.addEdge(`r:${e.region}`, `c:${e.country}`, { weight: e.weight });
  if (g.order > 1)
    forceAtlas2.assign(g, {
      iterations: 300,
      getEdgeWeight: null,
      settings: { ...forceAtlas2.inferSettings(g), gravity: 1, linLogMode: true, adjustSizes: false },
    });
  const xs = g.mapNodes((_k, a) => a.x as number);
  const ys = g.mapNodes((_k, a) => a.y as number);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const margin = 20;
  const sx = (width - 2 * margin) / Math.max(1e-9, x1 - x0);
  const sy = (height - 2 * margin) / Math.max(1e-9, y1 - y0);
  const nodes: LaidNode[] = g.mapNodes((key, a) => {
    const s = strength.get(key) ?? 0;
    return {
      key: key as NodeKey,
      kind: a.kind as 'region' | 'country',
      x: x1 > x0 ? margin + ((a.x as number) - x0) * sx : width / 2,
      y: y1 > y0 ? margin + ((a.y as number) - y0) * sy : height / 2,
      r: nodeRadius(s) * sizeFactor,
      strength: s,
    };
  });
  const edges = n.edges.map((e) => ({
    a: `r:${e.region}` as NodeKey,
    b: `c:${e.country}` as NodeKey,
    weight: e.weight,
  }));
  return { nodes, edges };
}
