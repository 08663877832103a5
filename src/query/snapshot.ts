import type {
  CountryObservationRow,
  CountryRow,
  RegionRow,
  IndicatorRow,
  ObservationRow,
  PartnerRow,
  SourceRow,
  TieRow,
} from '../store/rows.js';

/** A region as stored. */
export type RegionRecord = RegionRow;

/** A country as stored. */
export type CountryRecord = CountryRow;

/** The whole store in memory: small enough (a few thousand rows) to answer every query without a round trip. */
export interface Snapshot {
  meta: Record<string, string>;
  sources: SourceRow[];
  regions: RegionRecord[];
  countries: CountryRecord[];
  partners: PartnerRow[];
  ties: TieRow[];
  /**
   * The ties as their sources list them, kept when a copy of the store reweights `ties` (scenario, bootstrap, source
   * left out): which regions the sources cover is read from these (query/tie-coverage.ts). Absent: `ties` are those.
   */
  listed_ties?: TieRow[];
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  country_observations: CountryObservationRow[];
}
