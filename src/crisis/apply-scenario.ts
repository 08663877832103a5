import { tieIndicators } from '../dataset/tie-indicators.js';
import type { Snapshot } from '../query/snapshot.js';
import type { ObservationRow, Scope } from '../store/rows.js';
import { channelOf } from './channel-strengths.js';
import type { CrisisModel, Scenario } from './crisis-model.js';

const TIE_DERIVED = new Set([
  'twin_pairs',
  'twin_partner_countries',
  'twin_pairs_per_million',
  'foreign_missions',
  'consular_posts',
  'mission_states',
  'border_countries',
  'border_length_km',
]);

/**
 * The store as it would be under a scenario: ties with the frozen countries carry the channel's freeze factor as
 * their weight (dropped at 0), and the tie-derived indicators are recomputed from the weighted ties, so that the
 * index, the classes and the capacities can be recomputed on it. Other observations are unchanged.
 */
export function applyScenario(s: Snapshot, scenario: Scenario, model: CrisisModel): Snapshot {
  const frozen = (country: string | null) =>
    country !== null && (!scenario.countries || scenario.countries.includes(country));
  const ties = s.ties
    .map((t) => {
      const channel = t.region_iso && frozen(t.country_iso2) ? channelOf(t, model) : null;
      return channel ? { ...t, weight: scenario.freeze[channel] ?? 1 } : t;
    })
    .filter((t) => (t.weight ?? 1) > 0);
  const derived: ObservationRow[] = [];
  const keep = s.observations.filter((o) => !TIE_DERIVED.has(o.indicator_id));
  const population = new Map(s.regions.map((r) => [r.iso, r.population]));
  const existing = new Map(
    s.observations
      .filter((o) => TIE_DERIVED.has(o.indicator_id))
      .map((o) => [`${o.region_iso}\t${o.indicator_id}\t${o.scope}`, o]),
  );
  for (const o of existing.values()) {
    const own = ties.filter(
      (t) => t.region_iso === o.region_iso && (o.scope === '*' || t.scope === '*' || t.scope === o.scope),
    );
    const x = tieIndicators(
      o.indicator_id.startsWith('border')
        ? own.filter((t) => t.type === 'border' && (t.scope === '*' || t.scope === o.scope))
        : own,
    );
    const value =
      o.indicator_id === 'twin_pairs_per_million'
        ? (x.twin_pairs / (population.get(o.region_iso) ?? NaN)) * 1e6
        : x[o.indicator_id as keyof typeof x];
    derived.push({ ...o, value, scope: o.scope as Scope, flags: `scenario: ${scenario.name}` });
  }
  return { ...s, ties, observations: [...keep, ...derived] };
}
