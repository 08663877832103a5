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
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  country_observations: CountryObservationRow[];
}
