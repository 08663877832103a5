import type { Universe } from '../registry/region.js';
import { didYouMean, suggest } from './suggest.js';
import { UNIVERSES } from '../registry/region.js';
import { inScope, universeRegions } from './in-scope.js';
import { NotFoundError } from './not-found.js';
import { tieView, type TieView } from './region-profile.js';
import type { CountryRecord, Snapshot } from './snapshot.js';

export interface CountryTies {
  universe: Universe;
  universe_label: { en: string; ru: string };
  country: CountryRecord;
  /** Regions with at least one tie to the country, most ties first. */
  regions: { iso: string; name_en: string; name_ru: string; status: string; ties: TieView[] }[];
  /** Ties at the federal level (Russia's missions in the country), not attached to a region. */
  federal: TieView[];
  /** Ties whose region is unknown in the source (e.g. missions without a location). */
  unlocated: TieView[];
  /**
   * Twin pairs the source lists under this country whose partner town lies in territory Russia claims (Crimea,
   * Sevastopol, the entities of 2022): set aside, not ties with the country (docs/borders.md).
   */
  set_aside: { iso: string; name_en: string; tie: TieView }[];
  /** Why they are set aside, in the universe asked for. */
  set_aside_reason: { en: string; ru: string };
}

/** Why a twin town in claimed territory is not a tie with the country ISO lists the territory under. */
export const SET_ASIDE_REASON: Record<Universe, { en: string; ru: string }> = {
  all: {
    en: 'the partner town lies in Crimea, Sevastopol or an entity annexed in 2022, which this universe counts as regions: a domestic pair, not a tie with the country',
    ru: 'город-партнёр находится в Крыму, Севастополе или образовании, аннексированном в 2022 г., которые в этом перечне считаются регионами: пара внутри страны, а не связь с государством',
  },
  iso: {
    en: 'the partner town lies in territory annexed by Russia (not recognised; ISO 3166-2 lists it under Ukraine): shown, but not counted as a tie with the country',
    ru: 'город-партнёр находится на территории, аннексированной Россией (аннексия не признана; ISO 3166-2 относит её к Украине): показана, но не считается связью с государством',
  },
};

export function findCountry(s: Snapshot, query: string): CountryRecord {
  const q = query.trim().toLowerCase();
  const c = s.countries.find(
    (x) =>
      x.iso2.toLowerCase() === q ||
      x.iso3?.toLowerCase() === q ||
      x.name_en.toLowerCase() === q ||
      x.name_ru?.toLowerCase() === q,
  );
  if (!c)
    throw new NotFoundError(
      'country',
      query,
      `unknown country ${JSON.stringify(query)}: expected an ISO 3166-1 code (e.g. FI) or a name.` +
        didYouMean(
          suggest(
            query,
            s.countries.map((x) => ({
              label: `${x.name_en} (${x.iso2})`,
              names: [x.iso2, x.iso3, x.name_en, x.name_ru],
            })),
          ),
        ),
    );
  return c;
}

/** Which regions have which ties with a country, each tie with its source. */
export function countryTies(s: Snapshot, query: string, universe: Universe): CountryTies {
  const country = findCountry(s, query);
  const members = universeRegions(s, universe);
  const countries = new Map(s.countries.map((c) => [c.iso2, c]));
  const ties = s.ties.filter((t) => t.country_iso2 === country.iso2 && inScope(t.scope, universe));
  const byRegion = new Map<string, TieView[]>();
  const federal: TieView[] = [];
  const unlocated: TieView[] = [];
  for (const t of ties) {
    const view = tieView(s, t, countries);
    if (t.region_iso === null) (t.type === 'ru_mission_abroad' ? federal : unlocated).push(view);
    else if (members.has(t.region_iso))
      byRegion.set(t.region_iso, [...(byRegion.get(t.region_iso) ?? []), view]);
  }
  const regionsByIso = new Map(s.regions.map((r) => [r.iso, r]));
  const setAside = s.ties
    .filter(
      (t) =>
        t.type === 'twinning_claimed_territory' &&
        t.region_iso !== null &&
        members.has(t.region_iso) &&
        inScope(t.scope, universe) &&
        (JSON.parse(t.attrs ?? '{}') as { listed_under?: string }).listed_under === country.iso2,
    )
    .map((t) => ({
      iso: t.region_iso!,
      name_en: regionsByIso.get(t.region_iso!)!.name_en_full,
      tie: tieView(s, t, countries),
    }))
    .sort((a, b) => a.iso.localeCompare(b.iso) || a.tie.counterpart.localeCompare(b.tie.counterpart));
  return {
    universe,
    universe_label: UNIVERSES[universe],
    country,
    regions: [...byRegion]
      .map(([iso, list]) => {
        const r = regionsByIso.get(iso)!;
        return { iso, name_en: r.name_en_full, name_ru: r.name_ru, status: r.status, ties: list };
      })
      .sort((a, b) => b.ties.length - a.ties.length || a.name_en.localeCompare(b.name_en)),
    federal,
    unlocated,
    set_aside: setAside,
    set_aside_reason: SET_ASIDE_REASON[universe],
  };
}
