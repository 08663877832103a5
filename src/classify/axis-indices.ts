import { runIndex, type IndexResult } from '../engine/pipeline.js';
import type { IndexSpec } from '../engine/spec.js';
import type { IndexInput } from '../engine/index-input.js';
import type { Snapshot } from '../query/snapshot.js';
import { REGIONAL_INDEX_IDS, REGIONAL_INDICES } from '../regional/regional-framework.js';
import { regionalInput } from '../regional/regional-input.js';
import type { Framework } from '../engine/framework.js';
import { uninformative, withoutIndicators } from './without-indicators.js';
import type { Universe } from '../registry/region.js';

/** One built index the classification can read as an axis: its input (for replications), result and top code. */
export interface AxisIndex {
  input: IndexInput;
  spec: IndexSpec;
  result: IndexResult;
  /** Code of the framework's top node (the composite). */
  top: string;
}

/** The frameworks of the indices axes may read, by name. */
export const AXIS_FRAMEWORKS: Record<string, Framework> = Object.fromEntries(
  REGIONAL_INDEX_IDS.map((id) => [id, REGIONAL_INDICES[id].framework]),
);

/**
 * Inputs of the indices a typology's axes may read, by name: the regional indices of international activity and
 * soft-power potential (docs/index.md), each with its spec.
 */
export function axisIndexInputs(
  s: Snapshot,
  universe: Universe,
  specs: Record<string, IndexSpec>,
): Record<string, { input: IndexInput; spec: IndexSpec }> {
  const out: Record<string, { input: IndexInput; spec: IndexSpec }> = {};
  for (const id of REGIONAL_INDEX_IDS)
    if (specs[id]) out[id] = { input: regionalInput(s, universe, { index: id }), spec: specs[id] };
  return out;
}

/**
 * Build every index of `axisIndexInputs`. With `dropUninformative`, indicators left with no information (all
 * missing or all equal, as when their only source is left out) are taken out of the framework first.
 */
export function buildAxisIndices(
  s: Snapshot,
  universe: Universe,
  specs: Record<string, IndexSpec>,
  options: { dropUninformative?: boolean } = {},
): Record<string, AxisIndex> {
  const out: Record<string, AxisIndex> = {};
  for (const [name, built] of Object.entries(axisIndexInputs(s, universe, specs))) {
    const spec = built.spec;
    const input = options.dropUninformative
      ? withoutIndicators(built.input, uninformative(built.input))
      : built.input;
    out[name] = {
      input,
      spec,
      result: runIndex(input, spec),
      top: input.framework.nodes.find((n) => n.parent === null)!.code,
    };
  }
  return out;
}

/** Region → composite score of an index (regions without a score are left out). */
export function compositeScores(ix: AxisIndex): Map<string, number> {
  const agg = ix.result.steps.Aggregated;
  const col = agg.columns[ix.top]!;
  const out = new Map<string, number>();
  agg.units.forEach((u, i) => {
    if (Number.isFinite(col[i]!)) out.set(u, col[i]!);
  });
  return out;
}
