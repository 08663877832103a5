import type {
  CountryObservationRow,
  IndicatorRow,
  ObservationRow,
  PartnerRow,
  SourceRow,
  TieRow,
} from '../store/rows.js';
import type { RegionStatus } from '../registry/region.js';

export interface RegionRecord {
  iso: string;
  iso_country: string;
  status: RegionStatus;
  name_en: string;
  name_en_full: string;
  name_en_ua: string | null;
  name_ru: string;
  name_ru_rosstat: string | null;
  name_ru_short: string | null;
  name_ru_with_type: string | null;
  type_en: string;
  type_ru: string | null;
  federal_district_en: string;
  federal_district_ru: string;
  capital_ru: string | null;
  capital_lat: number | null;
  capital_lon: number | null;
  capital_population: number | null;
  okato: string | null;
  oktmo: string | null;
  kladr: string | null;
  fips: string | null;
  wikidata: string | null;
  population: number | null;
  population_ref_date: string | null;
  area_km2_approx: number | null;
  source_note: string | null;
  source_id: string;
}

export interface CountryRecord {
  iso2: string;
  iso3: string | null;
  numeric: string | null;
  name_en: string;
  name_ru: string | null;
  region_en: string | null;
  subregion_en: string | null;
}

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
