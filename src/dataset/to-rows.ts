import { DEFAULT_LAND_BORDER_OPTIONS, type LandBorder } from '../geo/land-borders.js';
import { DEFAULT_SEA_PROXIMITY_OPTIONS, type SeaProximity } from '../geo/sea-proximity.js';
import type { Universe } from '../registry/region.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import type {
  CountryObservationRow,
  ObservationRow,
  PartnerRow,
  Scope,
  SourceRow,
  StoreRows,
  TieRow,
} from '../store/rows.js';
import { ROSSTAT_SOURCE_ID } from '../rosstat/rosstat-tables.js';
import { storedIndicators } from '../catalogue/stored-indicators.js';
import { tieIndicators } from './tie-indicators.js';
import { claimedTerritoryFinder } from './claimed-territory.js';
import type { BundledData } from './read-bundled.js';
import { TIE_UNITS } from './tie-units.js';

export const DERIVED_SOURCE: SourceRow = {
  id: 'derived',
  kind: 'derived',
  title: 'paradip derivations from the bundled data',
  publisher: 'paradip',
  url: null,
  licence: 'as the data it is derived from',
  attribution: null,
  period: null,
  files: null,
  sha256: null,
  note: 'Land borders and proximity across the sea from region polygons × country outlines (docs/borders.md); counts and per-capita ratios of ties.',
};

/**
 * Turn the bundled data into store rows. Pure and deterministic: the same data gives the same rows in the same
 * order, which is what makes `db build` idempotent.
 */
export function bundledToRows(
  data: BundledData,
  borders: Record<Universe, LandBorder[]>,
  manifestSha256: string,
  sea: Record<Universe, SeaProximity[]> = { all: [], iso: [] },
): StoreRows {
  const regionIsos = new Set(data.regions.map((r) => r.iso));
  const countryIsos = new Set(data.countries.map((c) => c.iso2));
  const checkCountry = (iso2: string | null, where: string) => {
    if (iso2 !== null && !countryIsos.has(iso2))
      throw new Error(`bundledToRows: ${where}: country code ${iso2} is not in country-codes.csv`);
  };
  const checkRegion = (iso: string | null, where: string) => {
    if (iso !== null && !regionIsos.has(iso))
      throw new Error(`bundledToRows: ${where}: region code ${iso} is not in the registry`);
  };

  const sources: SourceRow[] = [
    ...data.datasets.map((d): SourceRow => ({
      id: d.id,
      kind: 'bundled',
      title: d.title,
      publisher: d.publisher,
      url: d.url,
      licence: d.licence,
      attribution: d.attribution,
      period: d.period,
      files: JSON.stringify(d.files.map((f) => `data/${d.id}/${f}`)),
      sha256: null,
      note: `Provenance and licence: data/${d.id}/SOURCE.md`,
    })),
    DERIVED_SOURCE,
  ];

  const partners = new Map<string, PartnerRow>();
  const ties: TieRow[] = [];
  const tieIds = new Set<string>();
  const pushTie = (
    tie: Omit<TieRow, 'valid_from' | 'valid_to' | 'value' | 'unit' | 'scope'> & Partial<TieRow>,
  ) => {
    let id = tie.id;
    for (let n = 2; tieIds.has(id); n++) id = `${tie.id}#${n}`;
    tieIds.add(id);
    ties.push({ valid_from: null, valid_to: null, value: null, unit: null, scope: '*', ...tie, id });
  };

  const territoryOf = claimedTerritoryFinder(data.regions, data.regionShapes);
  for (const p of data.twinPairs) {
    const where = `russia_twin_city_pairs.csv row ${p.row}${p.mergedRows ? ` (also rows ${p.mergedRows.join(', ')})` : ''}`;
    checkRegion(p.regionIso, where);
    checkCountry(p.partnerIso2, where);
    const partnerId = `city:${p.partnerIso2 ?? p.partnerCountryName}:${p.partnerCity}`;
    if (!partners.has(partnerId))
      partners.set(partnerId, {
        id: partnerId,
        kind: 'city',
        name: p.partnerCity,
        country_iso2: p.partnerIso2,
        admin_unit: p.partnerSubnational,
        lat: p.partnerLat,
        lon: p.partnerLon,
        wikidata: null,
        source_id: 'twinning-wikipedia',
      });
    // A partner in territory Russia claims is no tie with the country ISO lists it under (docs/borders.md): kept
    // as its own type, with no country, so that no count, channel or framework takes it for one.
    const territory = territoryOf(p.partnerLat, p.partnerLon, p.partnerIso2);
    pushTie({
      id: `twinning:${p.regionIso}:${p.ruCity}:${partnerId}`,
      type: territory ? 'twinning_claimed_territory' : 'twinning',
      region_iso: p.regionIso,
      country_iso2: territory ? null : p.partnerIso2,
      partner_id: partnerId,
      counterpart: territory
        ? `${p.partnerCity}, ${territory.nameEn} (${territory.iso})`
        : `${p.partnerCity}, ${p.partnerCountryName}`,
      ru_place: p.ruCity,
      attrs: JSON.stringify({
        region_assignment: p.regionMethod,
        partner_country_note: p.partnerNote,
        listed_on_page_of: p.scrapedFrom,
        ...(p.mergedRows ? { merged_rows: p.mergedRows } : {}),
        ...(territory
          ? {
              partner_region: territory.iso,
              partner_region_status: territory.status,
              listed_under: p.partnerIso2,
            }
          : {}),
      }),
      source_id: 'twinning-wikipedia',
      source_ref: where,
    });
  }

  for (const m of data.missionsInRussia) {
    const where = `foreign_missions_in_russia.csv row ${m.row}`;
    checkRegion(m.regionIso, where);
    checkCountry(m.countryIso2, where);
    let partnerId: string | null = null;
    if (m.countryIso2 === null && m.countryQid) {
      partnerId = `entity:${m.countryQid}`;
      partners.set(partnerId, {
        id: partnerId,
        kind: 'entity',
        name: m.countryName,
        country_iso2: null,
        admin_unit: null,
        lat: null,
        lon: null,
        wikidata: m.countryQid,
        source_id: 'diplomatic-missions-wikidata',
      });
    }
    pushTie({
      id: `foreign_mission:${m.qid}`,
      type: 'foreign_mission',
      region_iso: m.regionIso,
      country_iso2: m.countryIso2,
      partner_id: partnerId,
      counterpart: `${m.countryName} — ${m.missionType}`,
      ru_place: m.city,
      valid_from: m.inception,
      attrs: JSON.stringify({
        mission_type: m.missionType,
        jurisdictions: m.jurisdictions,
        website: m.website,
        wikidata: m.qid,
      }),
      source_id: 'diplomatic-missions-wikidata',
      source_ref: `${where} (Wikidata ${m.qid})`,
    });
  }

  for (const m of data.missionsAbroad) {
    const where = `russian_missions_abroad.csv row ${m.row}`;
    checkCountry(m.countryIso2, where);
    pushTie({
      id: `ru_mission_abroad:${m.qid}`,
      type: 'ru_mission_abroad',
      region_iso: null,
      country_iso2: m.countryIso2,
      partner_id: null,
      counterpart: `${m.countryName} — ${m.missionType}${m.city ? `, ${m.city}` : ''}`,
      ru_place: null,
      valid_from: m.inception,
      attrs: JSON.stringify({
        mission_type: m.missionType,
        city: m.city,
        jurisdictions: m.jurisdictions,
        wikidata: m.qid,
      }),
      source_id: 'diplomatic-missions-wikidata',
      source_ref: `${where} (Wikidata ${m.qid})`,
    });
  }

  const countryName = new Map(data.countries.map((c) => [c.iso2, c.nameEn]));
  const isoUniverse = new Set(data.regions.filter((r) => r.status === 'iso_3166_2_ru').map((r) => r.iso));
  for (const { borderTie, scope } of scopedBorders(borders, isoUniverse)) {
    checkCountry(borderTie.countryId, `land border of ${borderTie.regionId}`);
    pushTie({
      id: `border:${borderTie.regionId}:${borderTie.countryId}${scope === '*' ? '' : `:${scope}`}`,
      type: 'border',
      region_iso: borderTie.regionId,
      country_iso2: borderTie.countryId,
      partner_id: null,
      counterpart: countryName.get(borderTie.countryId) ?? borderTie.countryId,
      ru_place: null,
      value: borderTie.lengthKm,
      unit: TIE_UNITS.border.en,
      scope,
      attrs: JSON.stringify({ method: 'geometry', ...DEFAULT_LAND_BORDER_OPTIONS }),
      source_id: 'derived',
      source_ref:
        'ru-regions-boundaries-naturalearth/ru_regions_ne10m.geojson × world-countries-atlas/countries-50m.json',
    });
  }

  const seaKey = (x: SeaProximity) => ({
    regionId: x.regionId,
    countryId: x.countryId,
    lengthKm: x.weightedKm,
  });
  const seaOf = new Map(
    [...sea.all, ...sea.iso].map((x) => [`${x.regionId}\t${x.countryId}\t${x.weightedKm}`, x]),
  );
  for (const { borderTie, scope } of scopedBorders(
    { all: sea.all.map(seaKey), iso: sea.iso.map(seaKey) },
    isoUniverse,
  )) {
    checkCountry(borderTie.countryId, `sea proximity of ${borderTie.regionId}`);
    const x = seaOf.get(`${borderTie.regionId}\t${borderTie.countryId}\t${borderTie.lengthKm}`)!;
    pushTie({
      id: `sea_proximity:${x.regionId}:${x.countryId}${scope === '*' ? '' : `:${scope}`}`,
      type: 'sea_proximity',
      region_iso: x.regionId,
      country_iso2: x.countryId,
      partner_id: null,
      counterpart: countryName.get(x.countryId) ?? x.countryId,
      ru_place: null,
      value: x.weightedKm,
      unit: TIE_UNITS.sea_proximity.en,
      scope,
      attrs: JSON.stringify({
        method: 'geometry',
        coast_km: x.coastKm,
        min_distance_km: x.minDistanceKm,
        ...DEFAULT_SEA_PROXIMITY_OPTIONS,
      }),
      source_id: 'derived',
      source_ref:
        'ru-regions-boundaries-naturalearth/ru_regions_ne10m.geojson × world-countries-atlas/countries-50m.json (docs/borders.md, sea proximity)',
    });
  }

  return {
    meta: [
      { key: 'schema_version', value: String(SCHEMA_VERSION) },
      { key: 'data_manifest_sha256', value: manifestSha256 },
    ],
    sources,
    regions: data.regions.map((r) => ({
      iso: r.iso,
      iso_country: r.isoCountry,
      status: r.status,
      name_en: r.nameEn,
      name_en_full: r.nameEnFull,
      name_en_ua: r.nameEnUaDesignation,
      name_ru: r.nameRu,
      name_ru_rosstat: r.nameRuRosstat,
      name_ru_short: r.nameRuShort,
      name_ru_with_type: r.nameRuWithType,
      type_en: r.typeEn,
      type_ru: r.typeRu,
      federal_district_en: r.federalDistrictEn,
      federal_district_ru: r.federalDistrictRu,
      capital_ru: r.capitalRu,
      capital_lat: r.capitalLat,
      capital_lon: r.capitalLon,
      capital_population: r.capitalPopulation,
      kladr: r.kladr,
      okato: r.okato,
      oktmo: r.oktmo,
      fips: r.fips,
      wikidata: r.wikidata,
      population: r.population,
      population_ref_date: r.populationRefDate,
      area_km2_approx: r.areaKm2Approx,
      source_note: r.sourceNote,
      source_id: 'ru-federal-subjects',
    })),
    countries: data.countries.map((c) => ({
      iso2: c.iso2,
      iso3: c.iso3,
      numeric: c.numeric,
      name_en: c.nameEn,
      name_ru: c.nameRu,
      fips: c.fips,
      wikidata: c.wikidata,
      region_en: c.regionEn,
      subregion_en: c.subregionEn,
      source_id: 'country-codes',
    })),
    partners: [...partners.values()].sort((a, b) => a.id.localeCompare(b.id)),
    ties: ties.sort((a, b) => a.id.localeCompare(b.id)),
    indicators: storedIndicators(),
    observations: sortObservations([
      ...deriveObservations(data, ties),
      ...data.rosstat.observations.map((o) => {
        checkRegion(o.region_iso, o.source_ref);
        return { ...o, scope: '*' as const, source_id: ROSSTAT_SOURCE_ID, flags: null };
      }),
    ]),
    country_observations: data.rosstat.countryObservations
      .map((o): CountryObservationRow => {
        checkCountry(o.country_iso2, o.source_ref);
        return { ...o, source_id: ROSSTAT_SOURCE_ID };
      })
      .sort(
        (a, b) =>
          a.country_iso2.localeCompare(b.country_iso2) ||
          a.indicator_id.localeCompare(b.indicator_id) ||
          a.period.localeCompare(b.period),
      ),
  };
}

function sortObservations(obs: ObservationRow[]): ObservationRow[] {
  return obs;
}

/** Borders found in both universes are stored once (scope '*'); the rest carry the universe they hold in. */
function scopedBorders(
  borders: Record<Universe, LandBorder[]>,
  isoUniverse: Set<string>,
): { borderTie: LandBorder; scope: Scope }[] {
  const key = (b: LandBorder) => `${b.regionId}\t${b.countryId}`;
  const iso = new Map(borders.iso.map((b) => [key(b), b]));
  const all = new Map(borders.all.map((b) => [key(b), b]));
  const out: { borderTie: LandBorder; scope: Scope }[] = [];
  for (const [k, b] of all) {
    const other = iso.get(k);
    // A region outside the ISO universe is only ever shown in 'all': its borders need no scope.
    if ((other && other.lengthKm === b.lengthKm) || !isoUniverse.has(b.regionId))
      out.push({ borderTie: b, scope: '*' });
    else {
      out.push({ borderTie: b, scope: 'all' });
      if (other) out.push({ borderTie: other, scope: 'iso' });
    }
  }
  for (const [k, b] of iso) if (!all.has(k)) out.push({ borderTie: b, scope: 'iso' });
  return out;
}

/**
 * Counts per region from the ties. Tie datasets list Russia's cities and missions, and their coverage of the
 * six entities ISO lists under Ukraine is unknown, so those get no count (missing), not zero.
 */
function deriveObservations(data: BundledData, ties: TieRow[]): ObservationRow[] {
  const obs: ObservationRow[] = [];
  const push = (
    region: string,
    indicator: string,
    period: string,
    value: number,
    source: string,
    scope: Scope = '*',
    flags: string | null = null,
  ) =>
    obs.push({
      region_iso: region,
      indicator_id: indicator,
      period,
      scope,
      value,
      source_id: source,
      flags,
      source_ref: null,
    });
  for (const r of data.regions) {
    if (r.population !== null)
      push(r.iso, 'population', '2020-01-01', r.population, 'ru-population-rosstat-2020');
    if (r.areaKm2Approx !== null)
      push(r.iso, 'area_km2', '2022', r.areaKm2Approx, 'ru-federal-subjects', '*', 'approximate');
    const covered = r.status === 'iso_3166_2_ru';
    const own = ties.filter((t) => t.region_iso === r.iso);
    if (covered) {
      const x = tieIndicators(own);
      push(r.iso, 'twin_pairs', '2026', x.twin_pairs, 'twinning-wikipedia');
      push(r.iso, 'twin_partner_countries', '2026', x.twin_partner_countries, 'twinning-wikipedia');
      if (r.population)
        push(r.iso, 'twin_pairs_per_million', '2026', (x.twin_pairs / r.population) * 1e6, 'derived');
      push(r.iso, 'foreign_missions', '2022-11', x.foreign_missions, 'diplomatic-missions-wikidata');
      push(r.iso, 'consular_posts', '2022-11', x.consular_posts, 'diplomatic-missions-wikidata');
      push(r.iso, 'mission_states', '2022-11', x.mission_states, 'diplomatic-missions-wikidata');
    }
    const borderTies = own.filter((t) => t.type === 'border');
    const scopes: Scope[] = borderTies.some((t) => t.scope !== '*') ? ['all', 'iso'] : ['*'];
    for (const scope of scopes) {
      const x = tieIndicators(borderTies.filter((t) => t.scope === '*' || t.scope === scope));
      push(r.iso, 'border_countries', '2022', x.border_countries, 'derived', scope);
      push(r.iso, 'border_length_km', '2022', x.border_length_km, 'derived', scope);
    }
  }
  return obs.sort(
    (a, b) =>
      a.region_iso.localeCompare(b.region_iso) ||
      a.indicator_id.localeCompare(b.indicator_id) ||
      a.period.localeCompare(b.period) ||
      a.scope.localeCompare(b.scope),
  );
}
