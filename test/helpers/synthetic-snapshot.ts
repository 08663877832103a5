// SYNTHETIC TEST DATA, made here for the tests: regions A, B, C and countries X, Y with ties chosen so that
// the right answers are known by construction. Not real data.
import type { RegionRecord, Snapshot } from '../../src/query/snapshot.js';
import type { TieRow } from '../../src/store/rows.js';

const region = (iso: string): RegionRecord => ({
  iso,
  iso_country: 'RU',
  status: 'iso_3166_2_ru',
  name_en: iso,
  name_en_full: `Region ${iso}`,
  name_en_ua: null,
  name_ru: `Регион ${iso}`,
  name_ru_rosstat: null,
  name_ru_short: null,
  name_ru_with_type: null,
  type_en: 'oblast',
  type_ru: null,
  federal_district_en: 'Synthetic',
  federal_district_ru: 'Синтетический',
  capital_ru: null,
  capital_lat: null,
  capital_lon: null,
  capital_population: null,
  okato: null,
  oktmo: null,
  kladr: null,
  fips: null,
  wikidata: null,
  population: 1e6,
  population_ref_date: null,
  area_km2_approx: null,
  source_note: null,
  source_id: 'synthetic',
});

let n = 0;
export const tie = (
  type: string,
  region_iso: string,
  country_iso2: string,
  value: number | null = null,
): TieRow => ({
  id: `t${++n}`,
  type,
  region_iso,
  country_iso2,
  partner_id: null,
  counterpart: `${country_iso2} counterpart`,
  ru_place: null,
  valid_from: null,
  valid_to: null,
  value,
  unit: null,
  scope: '*',
  attrs: null,
  source_id: 'synthetic',
  source_ref: `synthetic tie ${n}`,
});

export function syntheticSnapshot(ties: TieRow[], regions = ['RU-A', 'RU-B', 'RU-C']): Snapshot {
  return {
    meta: { schema_version: '3' },
    sources: [
      {
        id: 'synthetic',
        kind: 'bundled',
        title: 'Synthetic test data',
        publisher: null,
        url: null,
        licence: null,
        attribution: null,
        period: null,
        files: null,
        sha256: null,
        note: 'made by the tests',
      },
    ],
    regions: regions.map(region),
    countries: [
      {
        iso2: 'X',
        iso3: 'XXX',
        numeric: null,
        name_en: 'Country X',
        name_ru: 'Страна X',
        region_en: null,
        subregion_en: null,
        fips: null,
        wikidata: null,
        source_id: 'synthetic',
      },
      {
        iso2: 'Y',
        iso3: 'YYY',
        numeric: null,
        name_en: 'Country Y',
        name_ru: 'Страна Y',
        region_en: null,
        subregion_en: null,
        fips: null,
        wikidata: null,
        source_id: 'synthetic',
      },
    ],
    partners: [],
    ties,
    indicators: [],
    observations: [],
    country_observations: [],
  };
}
