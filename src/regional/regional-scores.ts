import { runIndex, type IndexResult } from '../engine/pipeline.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import { powerGap, type PowerGap } from './power-gap.js';
import { REGIONAL_INDEX_IDS, type RegionalIndexId } from './regional-framework.js';
import { regionalInput, type RegionalInput } from './regional-input.js';

export interface RegionalScores {
  universe: Universe;
  period: string | null;
  units: string[];
  indices: Record<RegionalIndexId, { input: RegionalInput; result: IndexResult; score: Float64Array }>;
  gap: PowerGap;
}

/**
 * Both indices for the regions of a universe, with the same spec, and the gap between them (for regions with every
 * pillar of both).
 * @example regionalScores(snapshot, 'all', spec).gap.gap // activity minus what potential predicts
 */
export function regionalScores(
  s: Snapshot,
  universe: Universe,
  spec: IndexSpec,
  options: { period?: string } = {},
): RegionalScores {
  const indices = Object.fromEntries(
    REGIONAL_INDEX_IDS.map((id) => {
      const input = regionalInput(s, universe, { index: id, period: options.period });
      const result = runIndex(input, spec);
      return [id, { input, result, score: result.steps.Aggregated.columns.index! }];
    }),
  ) as RegionalScores['indices'];
  // A gap compares complete profiles: a region missing a whole pillar (Crimea and Sevastopol have no tie data)
  // would otherwise look inactive for want of data.
  const complete = (id: RegionalIndexId) => {
    const pillars = indices[id].input.framework.nodes.filter((n) => n.level === 2).map((n) => n.code);
    const agg = indices[id].result.steps.Aggregated.columns;
    return indices[id].score.map((v, i) => (pillars.every((p) => Number.isFinite(agg[p]![i]!)) ? v : NaN));
  };
  return {
    universe,
    period: options.period ?? null,
    units: indices.activity.input.data.units,
    indices,
    gap: powerGap(complete('activity'), complete('potential')),
  };
}
