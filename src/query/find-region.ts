import { RegionMatcher } from '../registry/region-matcher.js';
import type { Region } from '../registry/region.js';
import { NotFoundError } from './not-found.js';
import { didYouMean, suggest } from './suggest.js';
import type { RegionRecord, Snapshot } from './snapshot.js';

const matchers = new WeakMap<object, RegionMatcher>();

function matcherFor(s: Pick<Snapshot, 'regions'>): RegionMatcher {
  let m = matchers.get(s);
  if (!m) {
    const regions = s.regions.map((r): Region => ({
      iso: r.iso,
      isoCountry: r.iso_country,
      status: r.status,
      nameEn: r.name_en,
      nameEnFull: r.name_en_full,
      nameEnUaDesignation: r.name_en_ua,
      nameRu: r.name_ru,
      nameRuRosstat: r.name_ru_rosstat,
      nameRuShort: r.name_ru_short,
      nameRuWithType: r.name_ru_with_type,
      typeRu: r.type_ru,
      typeEn: r.type_en,
      federalDistrictRu: r.federal_district_ru,
      federalDistrictEn: r.federal_district_en,
      capitalRu: r.capital_ru,
      capitalLat: r.capital_lat,
      capitalLon: r.capital_lon,
      capitalPopulation: r.capital_population,
      kladr: r.kladr,
      okato: r.okato,
      oktmo: r.oktmo,
      fips: r.fips,
      wikidata: r.wikidata,
      population: r.population,
      populationRefDate: r.population_ref_date,
      areaKm2Approx: r.area_km2_approx,
      sourceNote: r.source_note,
    }));
    matchers.set(s, (m = new RegionMatcher(regions)));
  }
  return m;
}

/** A region by ISO code or any name the matcher knows ("RU-TA", "Tatarstan", "Республика Татарстан"). */
export function findRegion(s: Snapshot, query: string): RegionRecord {
  const m = matcherFor(s).match(query);
  if (m.kind === 'region') return s.regions.find((r) => r.iso === m.iso)!;
  if (m.kind === 'ambiguous')
    throw new NotFoundError(
      'region',
      query,
      `ambiguous region ${JSON.stringify(query)}: could be ${m.candidates.join(' or ')}`,
    );
  throw new NotFoundError(
    'region',
    query,
    `unknown region ${JSON.stringify(query)}: expected an ISO 3166-2 code (e.g. RU-TA), OKATO, OKTMO, or a Russian or English name.` +
      didYouMean(
        suggest(
          query,
          s.regions.map((r) => ({
            label: `${r.name_en} (${r.iso})`,
            names: [r.iso, r.name_en, r.name_en_full, r.name_ru, r.name_ru_short, r.name_ru_with_type],
          })),
        ),
      ),
  );
}

export { matcherFor };
