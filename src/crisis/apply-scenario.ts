import { reweightTies } from '../dataset/reweight-ties.js';
import type { Snapshot } from '../query/snapshot.js';
import { channelOf } from './channel-strengths.js';
import type { CrisisModel, Scenario } from './crisis-model.js';

/**
 * The store as it would be under a scenario: ties with the frozen countries carry the channel's freeze factor as
 * their weight (dropped at 0), and the tie-derived indicators are recomputed from the weighted ties, so that the
 * index, the classes and the capacities can be recomputed on it. Other observations are unchanged.
 */
export function applyScenario(s: Snapshot, scenario: Scenario, model: CrisisModel): Snapshot {
  const frozen = (country: string | null) =>
    country !== null && (!scenario.countries || scenario.countries.includes(country));
  return reweightTies(
    s,
    (t) => {
      const channel = t.region_iso && frozen(t.country_iso2) ? channelOf(t, model) : null;
      return channel ? (scenario.freeze[channel] ?? 1) : (t.weight ?? 1);
    },
    `scenario: ${scenario.name}`,
  );
}
