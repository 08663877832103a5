import { z } from 'zod';

// Each store table's record, described once: the row types are inferred from these schemas, and every row is
// checked against them when a snapshot loads (a test keeps them in step with the DDL in schema.ts).

const text = z.string();
const maybeText = z.string().nullable();
const maybeNumber = z.number().nullable();
const scope = z.enum(['*', 'all', 'iso']);

export const MetaRowSchema = z.object({ key: text, value: text });

export const SourceRowSchema = z.object({
  id: text,
  kind: z.enum(['bundled', 'derived', 'import']),
  title: text,
  publisher: maybeText,
  url: maybeText,
  licence: maybeText,
  attribution: maybeText,
  period: maybeText,
  files: maybeText,
  sha256: maybeText,
  note: maybeText,
});

export const RegionRowSchema = z.object({
  iso: text,
  iso_country: text,
  status: z.enum(['iso_3166_2_ru', 'claimed_2014', 'claimed_2022']),
  name_en: text,
  name_en_full: text,
  name_en_ua: maybeText,
  name_ru: text,
  name_ru_rosstat: maybeText,
  name_ru_short: maybeText,
  name_ru_with_type: maybeText,
  type_en: text,
  type_ru: maybeText,
  federal_district_en: text,
  federal_district_ru: text,
  capital_ru: maybeText,
  capital_lat: maybeNumber,
  capital_lon: maybeNumber,
  capital_population: maybeNumber,
  kladr: maybeText,
  okato: maybeText,
  oktmo: maybeText,
  fips: maybeText,
  wikidata: maybeText,
  population: maybeNumber,
  population_ref_date: maybeText,
  area_km2_approx: maybeNumber,
  source_note: maybeText,
  source_id: text,
});

export const CountryRowSchema = z.object({
  iso2: text,
  iso3: maybeText,
  numeric: maybeText,
  name_en: text,
  name_ru: maybeText,
  fips: maybeText,
  wikidata: maybeText,
  region_en: maybeText,
  subregion_en: maybeText,
  source_id: text,
});

export const PartnerRowSchema = z.object({
  id: text,
  kind: z.enum(['city', 'region', 'entity']),
  name: text,
  country_iso2: maybeText,
  admin_unit: maybeText,
  lat: maybeNumber,
  lon: maybeNumber,
  wikidata: maybeText,
  source_id: text,
});

export const TieRowSchema = z.object({
  id: text,
  type: text,
  region_iso: maybeText,
  country_iso2: maybeText,
  partner_id: maybeText,
  counterpart: text,
  ru_place: maybeText,
  valid_from: maybeText,
  valid_to: maybeText,
  value: maybeNumber,
  unit: maybeText,
  scope,
  attrs: maybeText,
  source_id: text,
  source_ref: maybeText,
});

export const IndicatorRowSchema = z.object({
  id: text,
  name_en: text,
  name_ru: text,
  unit: text,
  direction: z.number().int(),
  description_en: maybeText,
  description_ru: maybeText,
  source_id: text,
});

export const ObservationRowSchema = z.object({
  region_iso: text,
  indicator_id: text,
  period: text,
  scope,
  value: z.number(),
  source_id: text,
  flags: maybeText,
  source_ref: maybeText,
});

export const CountryObservationRowSchema = z.object({
  country_iso2: text,
  indicator_id: text,
  period: text,
  value: z.number(),
  source_id: text,
  source_ref: maybeText,
});

/** Every table of the store with the schema of its rows, in build order. */
export const TABLE_SCHEMAS = {
  meta: MetaRowSchema,
  sources: SourceRowSchema,
  regions: RegionRowSchema,
  countries: CountryRowSchema,
  partners: PartnerRowSchema,
  ties: TieRowSchema,
  indicators: IndicatorRowSchema,
  observations: ObservationRowSchema,
  country_observations: CountryObservationRowSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
