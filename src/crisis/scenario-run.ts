import { classifyRegions, type RegionalClassification } from '../classify/regional-classification.js';
import type { Typology } from '../classify/typology.js';
import { runIndex } from '../engine/pipeline.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { descendingRanks } from '../engine/uncertainty/replicator.js';
import type { Snapshot } from '../query/snapshot.js';
import { regionalInput } from '../regional/regional-input.js';
import type { Universe } from '../registry/region.js';
import { applyScenario } from './apply-scenario.js';
import { crisisAnalysis } from './crisis-analysis.js';
import type { CrisisModel, Scenario } from './crisis-model.js';

export interface ScenarioRegion {
  region: string;
  indexBefore: number | null;
  indexAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  classBefore: string;
  classAfter: string;
  /** indexAfter − indexBefore */
  change: number | null;
}

export interface ScenarioPartner {
  country: string;
  /** Channels that still carry ties with the country under the scenario (freeze factor above 0). */
  remainingChannels: string[];
  mainChannelBefore: { region: string; nc: number } | null;
  mainChannelAfter: { region: string; nc: number } | null;
  top: { region: string; nc: number; band: [number, number] | null }[];
}

export interface ScenarioResult {
  scenario: Scenario;
  universe: Universe;
  regions: ScenarioRegion[];
  partners: ScenarioPartner[];
}

const num = (v: number) => (Number.isNaN(v) ? null : v);

/**
 * Run a scenario: freeze the ties with its countries, then recompute the index, the classes and the capacities,
 * and compare with the situation before (no freeze).
 */
export function runScenario(
  s: Snapshot,
  universe: Universe,
  scenario: Scenario,
  model: CrisisModel,
  spec: IndexSpec,
  typology: Typology,
  design: Design,
  options: { runs: number; seed: number },
): ScenarioResult {
  const after = applyScenario(s, scenario, model);
  const indexOf = (snap: Snapshot) => {
    const agg = runIndex(regionalInput(snap, universe), spec).steps.Aggregated;
    const top = agg.columns.index!;
    return { units: agg.units, scores: top, ranks: descendingRanks(top) };
  };
  const i0 = indexOf(s);
  const i1 = indexOf(after);
  const c0: RegionalClassification = classifyRegions(s, universe, spec, typology, design, options);
  const c1: RegionalClassification = classifyRegions(after, universe, spec, typology, design, options);
  const cls = (c: RegionalClassification, u: string) => c.regions.find((r) => r.unit === u)!.class;
  const regions = i0.units
    .map((u, i) => {
      const b = num(i0.scores[i]!);
      const a = num(i1.scores[i]!);
      return {
        region: u,
        indexBefore: b,
        indexAfter: a,
        rankBefore: num(i0.ranks[i]!),
        rankAfter: num(i1.ranks[i]!),
        classBefore: cls(c0, u),
        classAfter: cls(c1, u),
        change: a !== null && b !== null ? a - b : null,
      };
    })
    .sort((x, y) => (x.change ?? 0) - (y.change ?? 0));
  const countries = scenario.countries ?? [];
  const noFreeze: Scenario = { name: 'before', freeze: {}, openness: {} };
  const partners = countries.map((c) => {
    const before = crisisAnalysis(s, universe, c, c0, model, noFreeze);
    const afterNc = crisisAnalysis(s, universe, c, c1, model, scenario);
    const top = (x: typeof before) =>
      x.rows[0] && x.rows[0].nc ? { region: x.rows[0].region, nc: x.rows[0].nc } : null;
    return {
      country: c,
      remainingChannels: afterNc.activeChannels.filter((k) => (afterNc.freeze[k] ?? 1) > 0),
      mainChannelBefore: top(before),
      mainChannelAfter: top(afterNc),
      top: afterNc.rows.slice(0, 5).map((r) => ({ region: r.region, nc: r.nc ?? 0, band: r.band })),
    };
  });
  return { scenario, universe, regions, partners };
}
