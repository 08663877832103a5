/** Bumped whenever the tables change; a store with another version is rebuilt by `npm start`. */
export const SCHEMA_VERSION = 3;

/**
 * The store. Every tie and observation names its source, and where in it (`source_ref`: file and row, or the
 * edition, table and row of a Rosstat yearbook). `country_observations` are national figures by partner country. `scope` ('all' or 'iso') marks rows that hold only in one universe
 * (e.g. Rostov oblast borders Ukraine when the Donetsk and Luhansk entities are not counted as regions); '*'
 * means the row holds in every universe.
 *
 * `observations` has no primary key: DuckDB keeps a key's index in memory, and an import of millions of rows
 * would need it all at once (version 2 had one; a 200 MB import then took 1.7 GB). Imports replace matching keys
 * and refuse repeated ones, and every build checks that keys are unique before it commits.
 */
export const SCHEMA_SQL = `
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE sources (
  id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, title VARCHAR NOT NULL, publisher VARCHAR, url VARCHAR,
  licence VARCHAR, attribution VARCHAR, period VARCHAR, files VARCHAR, sha256 VARCHAR, note VARCHAR);
CREATE TABLE regions (
  iso VARCHAR PRIMARY KEY, iso_country VARCHAR NOT NULL, status VARCHAR NOT NULL,
  name_en VARCHAR NOT NULL, name_en_full VARCHAR NOT NULL, name_en_ua VARCHAR, name_ru VARCHAR NOT NULL,
  name_ru_rosstat VARCHAR, name_ru_short VARCHAR, name_ru_with_type VARCHAR, type_en VARCHAR NOT NULL, type_ru VARCHAR,
  federal_district_en VARCHAR NOT NULL, federal_district_ru VARCHAR NOT NULL, capital_ru VARCHAR,
  capital_lat DOUBLE, capital_lon DOUBLE, capital_population DOUBLE, kladr VARCHAR, okato VARCHAR, oktmo VARCHAR,
  fips VARCHAR, wikidata VARCHAR, population DOUBLE, population_ref_date VARCHAR, area_km2_approx DOUBLE,
  source_note VARCHAR, source_id VARCHAR NOT NULL);
CREATE TABLE countries (
  iso2 VARCHAR PRIMARY KEY, iso3 VARCHAR, numeric VARCHAR, name_en VARCHAR NOT NULL, name_ru VARCHAR, fips VARCHAR,
  wikidata VARCHAR, region_en VARCHAR, subregion_en VARCHAR, source_id VARCHAR NOT NULL);
CREATE TABLE partners (
  id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, name VARCHAR NOT NULL, country_iso2 VARCHAR, admin_unit VARCHAR,
  lat DOUBLE, lon DOUBLE, wikidata VARCHAR, source_id VARCHAR NOT NULL);
CREATE TABLE ties (
  id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, region_iso VARCHAR, country_iso2 VARCHAR, partner_id VARCHAR,
  counterpart VARCHAR NOT NULL, ru_place VARCHAR, valid_from VARCHAR, valid_to VARCHAR, value DOUBLE, unit VARCHAR,
  scope VARCHAR NOT NULL DEFAULT '*', attrs VARCHAR, source_id VARCHAR NOT NULL, source_ref VARCHAR);
CREATE TABLE indicators (
  id VARCHAR PRIMARY KEY, name_en VARCHAR NOT NULL, name_ru VARCHAR NOT NULL, unit VARCHAR NOT NULL,
  direction INTEGER NOT NULL, description_en VARCHAR, description_ru VARCHAR, source_id VARCHAR NOT NULL);
CREATE TABLE observations (
  region_iso VARCHAR NOT NULL, indicator_id VARCHAR NOT NULL, period VARCHAR NOT NULL, scope VARCHAR NOT NULL DEFAULT '*',
  value DOUBLE NOT NULL, source_id VARCHAR NOT NULL, flags VARCHAR, source_ref VARCHAR);
CREATE TABLE country_observations (
  country_iso2 VARCHAR NOT NULL, indicator_id VARCHAR NOT NULL, period VARCHAR NOT NULL, value DOUBLE NOT NULL,
  source_id VARCHAR NOT NULL, source_ref VARCHAR,
  PRIMARY KEY (country_iso2, indicator_id, period));
`;

/** Table names in build order, with the columns used to order dumps deterministically. */
export const TABLES: Record<string, string> = {
  meta: 'key',
  sources: 'id',
  regions: 'iso',
  countries: 'iso2',
  partners: 'id',
  ties: 'id',
  indicators: 'id',
  observations: 'region_iso, indicator_id, period, scope',
  country_observations: 'country_iso2, indicator_id, period',
};
