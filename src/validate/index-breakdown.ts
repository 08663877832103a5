import type { AxisIndex } from '../classify/axis-indices.js';

/** An index's pillars and indicators for one region set: what a failure's explanation decomposes a score into. */
export interface IndexBreakdown {
  pillars: { code: string; name: string }[];
  indicators: { code: string; name: string; unit: string | null }[];
  /** Column → region → score after aggregation (normalised indicators and pillars). */
  scores: Map<string, Map<string, number>>;
  /** Indicator → region → value as it entered the index (after denomination). */
  raw: Map<string, Map<string, number>>;
}

const byRegion = (units: string[], col: ArrayLike<number> | undefined): Map<string, number> => {
  const out = new Map<string, number>();
  if (col) units.forEach((u, i) => Number.isFinite(col[i]!) && out.set(u, col[i]!));
  return out;
};

/** The breakdown of a built index: its level-2 pillars and its indicators, with each region's scores. */
export function indexBreakdown(ix: AxisIndex): IndexBreakdown {
  const nodes = ix.input.framework.nodes;
  const agg = ix.result.steps.Aggregated;
  const denominated = ix.result.steps.Denominated;
  return {
    pillars: nodes
      .filter((n) => n.type === 'aggregate' && n.parent !== null)
      .map((n) => ({ code: n.code, name: n.name })),
    indicators: nodes
      .filter((n) => n.type === 'indicator')
      .map((n) => ({ code: n.code, name: n.name, unit: n.unit ?? null })),
    scores: new Map(Object.keys(agg.columns).map((k) => [k, byRegion(agg.units, agg.columns[k])])),
    raw: new Map(
      nodes
        .filter((n) => n.type === 'indicator')
        .map((n) => [n.code, byRegion(denominated.units, denominated.columns[n.code])]),
    ),
  };
}
