import { classifyRegions, type RegionalClassification } from '../classify/regional-classification.js';
import type { Typology } from '../classify/typology.js';
import { runIndex } from '../engine/pipeline.js';
import type { IndexInput } from '../engine/index-input.js';
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
  /** Scenario capacity, baseline capacity on the same scale, and the change. */
  top: { region: string; nc: number; baselineNc: number; change: number; band: [number, number] | null }[];
}

export interface ScenarioResult {
  scenario: Scenario;
  universe: Universe;
  regions: ScenarioRegion[];
  partners: ScenarioPartner[];
}

const num = (v: number) => (Number.isNaN(v) ? null : v);

/** Two inputs over the same units as one, the second's units suffixed, for a single run of the index. */
function stackInputs(a: IndexInput, b: IndexInput): IndexInput {
  const cat = <T>(x: ArrayLike<T>, y: ArrayLike<T>) => [...Array.from(x), ...Array.from(y)];
  return {
    ...a,
    data: {
      units: [...a.data.units, ...b.data.units.map((u) => `${u}@scenario`)],
      columns: Object.fromEntries(
        Object.keys(a.data.columns).map((k) => [
          k,
          Float64Array.from(cat(a.data.columns[k]!, b.data.columns[k]!)),
        ]),
      ),
    },
    unitNames: a.unitNames && b.unitNames ? [...a.unitNames, ...b.unitNames] : undefined,
    groups: Object.fromEntries(Object.keys(a.groups).map((k) => [k, [...a.groups[k]!, ...b.groups[k]!]])),
    denominators: Object.fromEntries(
      Object.keys(a.denominators).map((k) => [
        k,
        Float64Array.from(cat(a.denominators[k]!, b.denominators[k]!)),
      ]),
    ),
  };
}

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
  // The change is measured in one run over the baseline and the scenario together: every data-dependent step
  // (treatment, normalisation) then uses the same parameters for both, so the scenario is not rescaled to its own
  // maximum. That run's treatment sees both halves, so its baseline can differ from the index users see elsewhere
  // (Samara by 1.8 points on the bundled data): the index before is the standalone one, and the index after is it
  // plus the change measured on the common scale.
  const base = regionalInput(s, universe);
  const agg = runIndex(stackInputs(base, regionalInput(after, universe)), spec).steps.Aggregated;
  const score = new Map(agg.units.map((u, i) => [u, agg.columns.index![i]!]));
  const standalone = runIndex(base, spec).steps.Aggregated;
  const own = new Map(standalone.units.map((u, i) => [u, standalone.columns.index![i]!]));
  const units = agg.units.filter((u) => !u.endsWith('@scenario'));
  const before = Float64Array.from(units, (u) => own.get(u) ?? NaN);
  const afterScores = Float64Array.from(
    units,
    (u) => (own.get(u) ?? NaN) + ((score.get(`${u}@scenario`) ?? NaN) - score.get(u)!),
  );
  const i0 = { units, scores: before, ranks: descendingRanks(before) };
  const i1 = { scores: afterScores, ranks: descendingRanks(afterScores) };
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
  const partners = countries.map((c) => {
    const a = crisisAnalysis(s, universe, c, c1, model, scenario);
    const best = (value: (r: (typeof a.rows)[number]) => number | null) => {
      const top = a.rows
        .filter((r) => (value(r) ?? 0) > 0)
        .sort((x, y) => value(y)! - value(x)! || x.region.localeCompare(y.region))[0];
      return top ? { region: top.region, nc: value(top)! } : null;
    };
    return {
      country: c,
      remainingChannels: a.activeChannels.filter((k) => (a.freeze[k] ?? 1) > 0),
      mainChannelBefore: best((r) => r.baselineNc),
      mainChannelAfter: best((r) => r.nc),
      top: a.rows.slice(0, 5).map((r) => ({
        region: r.region,
        nc: r.nc ?? 0,
        baselineNc: r.baselineNc ?? 0,
        change: r.change ?? 0,
        band: r.band,
      })),
    };
  });
  return { scenario, universe, regions, partners };
}
