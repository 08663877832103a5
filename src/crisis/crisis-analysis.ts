import type { RegionalClassification } from '../classify/regional-classification.js';
import { inScope } from '../query/in-scope.js';
import { findCountry } from '../query/country-ties.js';
import type { CountryRecord, Snapshot } from '../query/snapshot.js';
import { UNIVERSES, type Universe } from '../registry/region.js';
import type { CrisisModel, Scenario } from './crisis-model.js';
import { frameworkFit, type FrameworkFit } from './frameworks.js';
import {
  normalisationCapacity,
  type CapacityResult,
  type CapacityRow,
  type RegionStanding,
} from './normalisation-capacity.js';

export interface CrisisRow extends CapacityRow {
  name_en: string;
  name_ru: string;
  status: string;
  framework: FrameworkFit;
}

export interface CrisisAnalysis extends Omit<CapacityResult, 'rows'> {
  universe: Universe;
  universe_label: { en: string; ru: string };
  country_record: CountryRecord;
  rows: CrisisRow[];
}

export function standings(c: RegionalClassification): Map<string, RegionStanding> {
  return new Map(c.regions.map((r) => [r.unit, { class: r.class, probabilities: r.probabilities }]));
}

/** Which regions can help normalise relations with a country, through which channels and framework. */
export function crisisAnalysis(
  s: Snapshot,
  universe: Universe,
  countryQuery: string,
  classification: RegionalClassification,
  model: CrisisModel,
  scenario: Scenario,
): CrisisAnalysis {
  const country = findCountry(s, countryQuery);
  const ties = s.ties.filter((t) => inScope(t.scope, universe));
  const result = normalisationCapacity(standings(classification), ties, country.iso2, model, scenario);
  const regions = new Map(s.regions.map((r) => [r.iso, r]));
  return {
    ...result,
    universe,
    universe_label: UNIVERSES[universe],
    country_record: country,
    rows: result.rows.map((row) => {
      const r = regions.get(row.region)!;
      return {
        ...row,
        name_en: r.name_en_full,
        name_ru: r.name_ru,
        status: r.status,
        framework: frameworkFit(row, country.iso2, model),
      };
    }),
  };
}
