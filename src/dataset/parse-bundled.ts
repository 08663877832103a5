import { csvObjects } from '../io/csv.js';
import type { Country } from '../registry/country.js';
import type { Region, RegionStatus } from '../registry/region.js';

const str = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v.trim());

function num(v: string | undefined, where: string): number | null {
  const s = str(v);
  if (s === null) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`${where}: expected a number, got ${JSON.stringify(v)}`);
  return n;
}

function required(row: Record<string, string>, column: string, where: string): string {
  const v = str(row[column]);
  if (v === null) throw new Error(`${where}, column ${column}: expected a value, found an empty cell`);
  return v;
}

const STATUSES = new Set<RegionStatus>(['iso_3166_2_ru', 'claimed_2014', 'claimed_2022']);

/** ru-federal-subjects/ru_federal_subjects.csv → regions. */
export function parseRegions(text: string, file = 'ru_federal_subjects.csv'): Region[] {
  return csvObjects(text).map((r, i) => {
    const where = `${file}, row ${i + 2}`;
    const status = required(r, 'status', where) as RegionStatus;
    if (!STATUSES.has(status))
      throw new Error(`${where}, column status: unknown status ${JSON.stringify(status)}`);
    return {
      iso: required(r, 'iso_3166_2', where),
      isoCountry: required(r, 'iso_3166_2_country', where),
      status,
      nameEn: required(r, 'name_en', where),
      nameEnFull: required(r, 'name_en_full', where),
      nameEnUaDesignation: str(r.name_en_ua_designation),
      nameRu: required(r, 'name_ru', where),
      nameRuRosstat: str(r.name_ru_rosstat),
      nameRuShort: str(r.name_ru_short),
      nameRuWithType: str(r.name_ru_with_type),
      typeRu: str(r.type_ru),
      typeEn: required(r, 'type_en', where),
      federalDistrictRu: required(r, 'federal_district_ru', where),
      federalDistrictEn: required(r, 'federal_district_en', where),
      capitalRu: str(r.capital_ru),
      capitalLat: num(r.capital_lat, where),
      capitalLon: num(r.capital_lon, where),
      capitalPopulation: num(r.capital_population, where),
      kladr: str(r.kladr_region_code),
      okato: str(r.okato),
      oktmo: str(r.oktmo),
      fips: str(r.fips_10_4),
      wikidata: str(r.wikidata_id),
      population: num(r.population, where),
      populationRefDate: str(r.population_ref_date),
      areaKm2Approx: num(r.area_km2_approx, where),
      sourceNote: str(r.source_note),
    };
  });
}

/**
 * CLDR's display name ("Türkiye", "Laos"), except where CLDR abbreviates ("US", "UK"): there the official name,
 * so that a sentence reads "with the United States of America", not "with US".
 */
function englishName(r: Record<string, string | undefined>): string {
  const cldr = str(r['CLDR display name']);
  if (cldr && !/^[A-Z]{2,3}$/.test(cldr)) return cldr;
  return str(r.official_name_en) ?? str(r['UNTERM English Short']) ?? cldr ?? r['ISO3166-1-Alpha-2']!.trim();
}

/** country-codes/country-codes.csv → countries (rows without an alpha-2 code are skipped: they are not countries). */
export function parseCountries(text: string): Country[] {
  return csvObjects(text)
    .filter((r) => str(r['ISO3166-1-Alpha-2']))
    .map((r) => ({
      iso2: r['ISO3166-1-Alpha-2']!.trim(),
      iso3: str(r['ISO3166-1-Alpha-3']),
      numeric: str(r['ISO3166-1-numeric'])?.padStart(3, '0') ?? null,
      nameEn: englishName(r),
      nameRu: str(r['UNTERM Russian Short']) ?? str(r['official_name_ru']),
      fips: str(r.FIPS),
      wikidata: str(r.wikidata_id)?.replace(/^.*\/(Q\d+)$/, '$1') ?? null,
      regionEn: str(r['Region Name']),
      subregionEn: str(r['Sub-region Name']),
      altNames: [
        r['UNTERM English Short'],
        r['UNTERM English Formal'],
        r.official_name_en,
        r['UNTERM Russian Short'],
        r['UNTERM Russian Formal'],
        r.official_name_ru,
      ]
        .map((n) => str(n)?.replace(/\s*\(the\)/g, ''))
        .filter((n): n is string => !!n),
    }));
}

export interface TwinPair {
  row: number;
  ruCity: string;
  ruLat: number | null;
  ruLon: number | null;
  regionIso: string;
  regionMethod: string;
  partnerCity: string;
  partnerCountryName: string;
  partnerIso2: string | null;
  partnerSubnational: string | null;
  partnerNote: string | null;
  partnerLat: number | null;
  partnerLon: number | null;
  scrapedFrom: string | null;
  /** File lines of rows merged into this one as listing the same partnership (twin-duplicates.ts). */
  mergedRows?: number[];
}

export function parseTwinPairs(text: string, file = 'russia_twin_city_pairs.csv'): TwinPair[] {
  return csvObjects(text).map((r, i) => {
    const where = `${file}, row ${i + 2}`;
    return {
      row: i + 2,
      ruCity: required(r, 'ru_city', where),
      ruLat: num(r.ru_lat, where),
      ruLon: num(r.ru_lon, where),
      regionIso: required(r, 'ru_region_iso', where),
      regionMethod: required(r, 'ru_region_method', where),
      partnerCity: required(r, 'partner_city', where),
      partnerCountryName: required(r, 'partner_country_name', where),
      partnerIso2: str(r.partner_iso2),
      partnerSubnational: str(r.partner_subnational_unit),
      partnerNote: str(r.partner_country_note),
      partnerLat: num(r.partner_lat, where),
      partnerLon: num(r.partner_lon, where),
      scrapedFrom: str(r.scraped_from_page_of),
    };
  });
}

export interface Mission {
  row: number;
  /** Sending state for missions in Russia; host state for Russian missions abroad. */
  countryName: string;
  countryIso2: string | null;
  countryQid: string | null;
  missionType: string;
  city: string | null;
  regionIso: string | null;
  lat: number | null;
  lon: number | null;
  website: string | null;
  jurisdictions: string[];
  inception: string | null;
  qid: string;
}

export function parseMissions(text: string, direction: 'in_russia' | 'abroad', file: string): Mission[] {
  const [nameCol, isoCol, qidCol] =
    direction === 'in_russia'
      ? ['sending_state', 'sending_state_iso2', 'sending_state_qid']
      : ['host_country', 'host_iso2', 'host_country_qid'];
  return csvObjects(text).map((r, i) => {
    const where = `${file}, row ${i + 2}`;
    return {
      row: i + 2,
      countryName: required(r, nameCol, where),
      countryIso2: str(r[isoCol]),
      countryQid: str(r[qidCol]),
      missionType: required(r, 'mission_type', where),
      city: str(r.city),
      regionIso: direction === 'in_russia' ? str(r.ru_region_iso) : null,
      lat: num(r.latitude, where),
      lon: num(r.longitude, where),
      website: str(r.website),
      jurisdictions: (str(r.jurisdictions) ?? '').split('|').filter(Boolean),
      inception: str(r.inception),
      qid: required(r, 'wikidata_qid', where),
    };
  });
}

export interface PopulationRow {
  nameRosstat: string;
  unitKind: string;
  iso: string | null;
  population: number;
  refDate: string;
}

export function parsePopulation(text: string, file = 'population_by_region.csv'): PopulationRow[] {
  return csvObjects(text).map((r, i) => {
    const where = `${file}, row ${i + 2}`;
    return {
      nameRosstat: required(r, 'name_ru_rosstat', where),
      unitKind: required(r, 'unit_kind', where),
      iso: str(r.iso_3166_2),
      population: num(required(r, 'population', where), where)!,
      refDate: required(r, 'ref_date', where),
    };
  });
}
