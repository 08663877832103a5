import type { RegionalClassification } from '../classify/regional-classification.js';
import { crisisAnalysis } from '../crisis/crisis-analysis.js';
import type { CrisisModel, Scenario } from '../crisis/crisis-model.js';
import { inScope } from '../query/in-scope.js';
import { isRegionalTie } from '../query/regional-tie.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import type { IndexBreakdown } from './index-breakdown.js';
import type { CrisisStanding, ModelView } from './model-view.js';

/** The parts of the model the validation reads, from the store, the indices, the classification and the crisis model. */
export function modelViewOf(
  s: Snapshot,
  universe: Universe,
  indices: Record<string, Map<string, number>>,
  classification: RegionalClassification,
  crisis: { model: CrisisModel; scenario: Scenario },
  breakdown?: Record<string, IndexBreakdown>,
): ModelView {
  const cache = new Map<string, CrisisStanding[]>();
  const classWhy = new Map(
    classification.regions.map((r) => [
      r.unit,
      Object.entries(r.axes)
        .map(([a, x]) => `${a} ${x === null ? '—' : x.toFixed(1)}`)
        .join(', '),
    ]),
  );
  return {
    regionNames: new Map(s.regions.map((r) => [r.iso, r.name_en_full])),
    ties: s.ties.filter((t) => isRegionalTie(t) && inScope(t.scope, universe)),
    tags: new Map(classification.regions.map((r) => [r.unit, r.tags])),
    indices,
    breakdown,
    classes: new Map(classification.regions.map((r) => [r.unit, r.class])),
    classNames: new Map(classification.typology.classes.map((c) => [c.id, c.name_en])),
    classWhy,
    crisis: (country) => {
      let rows = cache.get(country);
      if (!rows) {
        const a = crisisAnalysis(s, universe, country, classification, crisis.model, crisis.scenario);
        rows = a.rows.map((r) => ({
          region: r.region,
          rank: r.rank,
          score: r.nc,
          channels: r.channels.filter((c) => c.raw > 0).map((c) => c.channel),
        }));
        cache.set(country, rows);
      }
      return rows;
    },
  };
}
