/** Whether ISO 3166-2:RU lists the entity, or Russia has listed it since 2014 / 2022 (ISO lists it under Ukraine). */
export type RegionStatus = 'iso_3166_2_ru' | 'claimed_2014' | 'claimed_2022';

/** The set of regions a view shows: all 89 entities Russia lists, or the 83 ISO 3166-2:RU subjects. */
export type Universe = 'all' | 'iso';

export const UNIVERSES: Record<Universe, { en: string; ru: string }> = {
  all: {
    // Not "disputed": the incorporation of these six is not recognised (UN General Assembly resolutions 68/262 and
    // ES-11/4; ISO 3166-2 lists them under Ukraine). Said as a fact, as docs/data.md does.
    en: 'All 89 entities Russia lists as federal subjects (6 of them, annexed in 2014 and 2022, not recognised internationally; shown as such)',
    ru: 'Все 89 субъектов по перечню Российской Федерации (6 из них, присоединённые в 2014 и 2022 гг., международно не признаны; показаны особо)',
  },
  iso: {
    en: 'The 83 federal subjects listed in ISO 3166-2:RU',
    ru: '83 субъекта, перечисленные в ISO 3166-2:RU',
  },
};

/** A federal subject as the registry records it. */
export interface Region {
  iso: string;
  isoCountry: string;
  status: RegionStatus;
  nameEn: string;
  nameEnFull: string;
  nameEnUaDesignation: string | null;
  nameRu: string;
  nameRuRosstat: string | null;
  nameRuShort: string | null;
  nameRuWithType: string | null;
  typeRu: string | null;
  typeEn: string;
  federalDistrictRu: string;
  federalDistrictEn: string;
  capitalRu: string | null;
  capitalLat: number | null;
  capitalLon: number | null;
  capitalPopulation: number | null;
  kladr: string | null;
  okato: string | null;
  oktmo: string | null;
  fips: string | null;
  wikidata: string | null;
  population: number | null;
  populationRefDate: string | null;
  areaKm2Approx: number | null;
  sourceNote: string | null;
}

export function inUniverse(region: Pick<Region, 'status'>, universe: Universe): boolean {
  return universe === 'all' || region.status === 'iso_3166_2_ru';
}

export function parseUniverse(value: string | undefined): Universe {
  if (value === undefined || value === 'all') return 'all';
  if (value === 'iso') return 'iso';
  throw new Error(`parseUniverse: expected "all" or "iso", got ${JSON.stringify(value)}`);
}
