import type { z } from 'zod';
import type {
  CountryObservationRowSchema,
  CountryRowSchema,
  IndicatorRowSchema,
  ObservationRowSchema,
  PartnerRowSchema,
  RegionRowSchema,
  SourceRowSchema,
  TieRowSchema,
} from './table-schemas.js';

/** Rows as stored, one type per table, inferred from the table schemas (table-schemas.ts). */
export type Scope = '*' | 'all' | 'iso';

export type SourceRow = z.infer<typeof SourceRowSchema>;
export type PartnerRow = z.infer<typeof PartnerRowSchema>;
export type RegionRow = z.infer<typeof RegionRowSchema>;
export type CountryRow = z.infer<typeof CountryRowSchema>;

/**
 * Tie types. twinning_claimed_territory: a twin town in Crimea, Sevastopol or the entities of 2022, set aside from
 * the foreign ties (docs/borders.md). Later importers add: agreement, trade, office, event, student_flow, …
 */
export type TieType =
  | 'twinning'
  | 'twinning_claimed_territory'
  | 'foreign_mission'
  | 'ru_mission_abroad'
  | 'border'
  | 'sea_proximity';

export type TieRow = z.infer<typeof TieRowSchema> & {
  /** Not stored: set by a crisis scenario to 1 (alive), a fraction (partly frozen) or 0 (frozen). */
  weight?: number;
};

/** direction: +1 more is more active; -1 less is more active; 0 context or denominator, not scored. */
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** source_ref: where in the source, e.g. "RSY 2023, t. 25.4, row 57 (Республика Татарстан)". */
export type ObservationRow = z.infer<typeof ObservationRowSchema>;

/** A national figure by partner country (Russia's trade with, students from, trips to …). */
export type CountryObservationRow = z.infer<typeof CountryObservationRowSchema>;

export interface StoreRows {
  meta: { key: string; value: string }[];
  sources: SourceRow[];
  regions: RegionRow[];
  countries: CountryRow[];
  partners: PartnerRow[];
  ties: TieRow[];
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  country_observations: CountryObservationRow[];
}
