/** Rows as stored, one interface per table; column names are the property names. */
export type Scope = '*' | 'all' | 'iso';

export interface SourceRow {
  id: string;
  kind: 'bundled' | 'derived' | 'import';
  title: string;
  publisher: string | null;
  url: string | null;
  licence: string | null;
  attribution: string | null;
  period: string | null;
  files: string | null;
  sha256: string | null;
  note: string | null;
}

export interface PartnerRow {
  id: string;
  kind: 'city' | 'region' | 'entity';
  name: string;
  country_iso2: string | null;
  admin_unit: string | null;
  lat: number | null;
  lon: number | null;
  wikidata: string | null;
  source_id: string;
}

/** Tie types. Later importers add: agreement, trade, office, event, student_flow, visitor_flow, diaspora. */
export type TieType = 'twinning' | 'foreign_mission' | 'ru_mission_abroad' | 'border' | 'sea_proximity';

export interface TieRow {
  id: string;
  type: TieType | string;
  region_iso: string | null;
  country_iso2: string | null;
  partner_id: string | null;
  counterpart: string;
  ru_place: string | null;
  valid_from: string | null;
  valid_to: string | null;
  value: number | null;
  unit: string | null;
  scope: Scope;
  attrs: string | null;
  source_id: string;
  source_ref: string | null;
  /** Not stored: set by a crisis scenario to 1 (alive), a fraction (partly frozen) or 0 (frozen). */
  weight?: number;
}

export interface IndicatorRow {
  id: string;
  name_en: string;
  name_ru: string;
  unit: string;
  /** +1: more is more active; -1: less is more active; 0: context or denominator, not scored. */
  direction: number;
  description_en: string | null;
  description_ru: string | null;
  source_id: string;
}

export interface ObservationRow {
  region_iso: string;
  indicator_id: string;
  period: string;
  scope: Scope;
  value: number;
  source_id: string;
  flags: string | null;
  /** Where in the source: "RSY 2023, t. 25.4, row 57 (Республика Татарстан)"; null where the source is the row itself. */
  source_ref: string | null;
}

/** A national figure by partner country (Russia's trade with, students from, trips to …). */
export interface CountryObservationRow {
  country_iso2: string;
  indicator_id: string;
  period: string;
  value: number;
  source_id: string;
  source_ref: string | null;
}

export interface StoreRows {
  meta: { key: string; value: string }[];
  sources: SourceRow[];
  regions: Record<string, unknown>[];
  countries: Record<string, unknown>[];
  partners: PartnerRow[];
  ties: TieRow[];
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  country_observations: CountryObservationRow[];
}
