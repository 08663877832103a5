// graphology ships CommonJS with a default export; under NodeNext the default arrives wrapped, and its types
// resolve to the module namespace. The constructors and functions used here are typed by hand.
import type { AbstractGraph } from 'graphology-types';
import * as GraphModule from 'graphology';
import * as louvainModule from 'graphology-communities-louvain';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CommonJS interop: the real export is behind .default
const unwrap = (m: any): any => (typeof m === 'function' ? m : (m.default?.default ?? m.default ?? m));

export type GraphInstance = AbstractGraph;
export const Graph = unwrap(GraphModule) as new (options?: {
  type?: 'undirected' | 'directed' | 'mixed';
}) => AbstractGraph;
export const louvain = unwrap(louvainModule) as {
  detailed(
    g: AbstractGraph,
    o: { getEdgeWeight?: string; rng?: () => number },
  ): { communities: Record<string, number>; modularity: number; count: number };
};
export const betweenness = unwrap(betweennessModule) as (
  g: AbstractGraph,
  o?: { normalized?: boolean },
) => Record<string, number>;
export const eigenvector = unwrap(eigenvectorModule) as (
  g: AbstractGraph,
  o?: { getEdgeWeight?: string; maxIterations?: number; tolerance?: number },
) => Record<string, number>;
