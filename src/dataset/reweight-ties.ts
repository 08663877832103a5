import type { Snapshot } from '../query/snapshot.js';
import type { ObservationRow, Scope, TieRow } from '../store/rows.js';
import { tieIndicators } from './tie-indicators.js';

/** Indicators the store derives from ties at build time; they follow the ties when those are reweighted. */
export const TIE_DERIVED = new Set([
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
 * The store with every tie carrying a weight (a scenario's freeze factor, a bootstrap count; dropped at 0) and the
 * tie-derived indicators recomputed from the weighted ties, so that indices, classes and capacities can be
 * recomputed on it. Other observations are unchanged; `flags` marks the recomputed ones.
 */
export function reweightTies(s: Snapshot, weightOf: (t: TieRow) => number, flag: string): Snapshot {
  const ties = s.ties
    .map((t) => {
      const w = weightOf(t);
      return w === (t.weight ?? 1) ? t : { ...t, weight: w };
    })
    .filter((t) => (t.weight ?? 1) > 0);
  const byRegion = new Map<string, TieRow[]>();
  for (const t of ties)
    if (t.region_iso) {
      const list = byRegion.get(t.region_iso);
      if (list) list.push(t);
      else byRegion.set(t.region_iso, [t]);
    }
  const population = new Map(s.regions.map((r) => [r.iso, r.population]));
  // One count per region, scope and kind (borders or all ties), shared by the indicators derived from it.
  const counted = new Map<string, ReturnType<typeof tieIndicators>>();
  const indicatorsOf = (region: string, scope: string, border: boolean) => {
    const key = `${region}\t${scope}\t${border}`;
    let x = counted.get(key);
    if (!x) {
      const own = (byRegion.get(region) ?? []).filter(
        (t) => (scope === '*' || t.scope === '*' || t.scope === scope) && (!border || t.type === 'border'),
      );
      counted.set(key, (x = tieIndicators(own)));
    }
    return x;
  };
  const observations: ObservationRow[] = s.observations.map((o) => {
    if (!TIE_DERIVED.has(o.indicator_id)) return o;
    const x = indicatorsOf(o.region_iso, o.scope, o.indicator_id.startsWith('border'));
    const value =
      o.indicator_id === 'twin_pairs_per_million'
        ? (x.twin_pairs / (population.get(o.region_iso) ?? NaN)) * 1e6
        : x[o.indicator_id as keyof typeof x];
    return { ...o, value, scope: o.scope as Scope, flags: flag };
  });
  return { ...s, ties, listed_ties: s.listed_ties ?? s.ties, observations };
}
