import type { RegionalClassification } from '../classify/regional-classification.js';
import { inScope } from '../query/in-scope.js';
import { findCountry } from '../query/country-ties.js';
import type { CountryRecord, Snapshot } from '../query/snapshot.js';
import { inUniverse, UNIVERSES, type Universe } from '../registry/region.js';
import { isEmbassy } from './channel-strengths.js';
import type { CrisisModel, Scenario } from './crisis-model.js';
import { evidenceSummary, type EvidenceSummary } from './evidence-summary.js';
import { modelledTradeTies } from './modelled-trade.js';
import { frameworkFit, type FrameworkFit } from './frameworks.js';
import { softPowerPotential } from './soft-power-potential.js';
import { normalisationCapacity, type CapacityResult, type CapacityRow } from './normalisation-capacity.js';

export interface CrisisRow extends CapacityRow {
  name_en: string;
  name_ru: string;
  status: string;
  /** The region's activity class: context only, it plays no part in capacity or frameworks. */
  class: string | null;
  /** Why the region has no capacity (its tie sources do not cover it), else null. */
  coverage_note: { en: string; ru: string } | null;
  framework: FrameworkFit;
}

export interface FederalContext {
  /** The partner's embassies in Russia: the federal centre's channel, never a region's (shown, not scored). */
  embassies: {
    counterpart: string;
    place: string | null;
    region: string | null;
    source_ref: string | null;
  }[];
  note: { en: string; ru: string };
}

export interface CrisisAnalysis extends Omit<CapacityResult, 'rows'> {
  universe: Universe;
  universe_label: { en: string; ru: string };
  country_record: CountryRecord;
  /** The scenario's name in both languages (Russian: its `name_ru`, else its name). */
  scenario_label: { en: string; ru: string };
  /** National totals of evidence per channel and the "thin evidence" flag (docs/crisis.md). */
  evidence: EvidenceSummary;
  federal_context: FederalContext;
  rows: CrisisRow[];
}

/** Which regions can help normalise relations with a country, through which channels and framework. */
export function crisisAnalysis(
  s: Snapshot,
  universe: Universe,
  countryQuery: string,
  classification: RegionalClassification | null,
  model: CrisisModel,
  scenario: Scenario,
): CrisisAnalysis {
  const country = findCountry(s, countryQuery);
  const ties = [
    ...s.ties.filter((t) => inScope(t.scope, universe)),
    ...modelledTradeTies(s, universe, country.iso2),
  ];
  const regions = s.regions.filter((r) => inUniverse(r, universe));
  // The bundled twinning and mission lists cover the 83 ISO subjects only: for the other entities a zero would be
  // a gap in the sources, not an absence of ties.
  const uncovered = new Set(regions.filter((r) => r.status !== 'iso_3166_2_ru').map((r) => r.iso));
  const result = normalisationCapacity(
    regions.map((r) => r.iso),
    ties,
    country.iso2,
    model,
    scenario,
    uncovered,
  );
  const byIso = new Map(regions.map((r) => [r.iso, r]));
  const classes = new Map(classification?.regions.map((r) => [r.unit, r.class]) ?? []);
  // The culture framework reads the regions' soft-power potential from the classification's index scores; without a
  // classification every region is judged on its channels alone (and its reason says so).
  const potential = softPowerPotential(
    new Map(classification?.regions.map((r) => [r.unit, r.scores]) ?? []),
    model,
  );
  return {
    ...result,
    universe,
    universe_label: UNIVERSES[universe],
    country_record: country,
    scenario_label: { en: scenario.name, ru: scenario.name_ru ?? scenario.name },
    evidence: evidenceSummary(result.rows, model),
    federal_context: {
      embassies: ties
        .filter((t) => t.country_iso2 === country.iso2 && isEmbassy(t))
        .map((t) => ({
          counterpart: t.counterpart,
          place: t.ru_place,
          region: t.region_iso,
          source_ref: t.source_ref,
        })),
      note: {
        en: "The partner's embassy is the federal centre's channel, not a channel of the region it stands in: shown as context, not scored.",
        ru: 'Посольство страны-партнёра — канал федерального центра, а не региона, где оно находится: показано как контекст, в расчёт не входит.',
      },
    },
    rows: result.rows.map((row) => {
      const r = byIso.get(row.region)!;
      return {
        ...row,
        name_en: r.name_en_full,
        name_ru: r.name_ru,
        status: r.status,
        class: classes.get(row.region) ?? null,
        coverage_note: uncovered.has(row.region)
          ? {
              en: 'Not scored: the bundled twinning and mission lists do not cover this entity, so its ties are unknown.',
              ru: 'Не оценивается: встроенные списки побратимов и представительств не охватывают этот субъект, его связи неизвестны.',
            }
          : null,
        framework: frameworkFit(row, country, model, potential.get(row.region) ?? null),
      };
    }),
  };
}
