import type { Universe } from '../registry/region.js';
import { inUniverse, UNIVERSES } from '../registry/region.js';
import type { SourceRow, TieRow } from '../store/rows.js';
import { findRegion } from './find-region.js';
import { inScope } from './in-scope.js';
import { NotFoundError } from './not-found.js';
import type { CountryRecord, RegionRecord, Snapshot } from './snapshot.js';
import { indicatorUnit } from '../catalogue/indicator-unit.js';
import { tieUnitRu } from '../dataset/tie-units.js';

export interface TieView {
  id: string;
  type: string;
  country_iso2: string | null;
  country_name_en: string | null;
  country_name_ru: string | null;
  counterpart: string;
  ru_place: string | null;
  value: number | null;
  unit: string | null;
  /** The unit in Russian (bundled ties); null when the tie's unit is shown as imported. */
  unit_ru: string | null;
  valid_from: string | null;
  attrs: Record<string, unknown>;
  source: { id: string; title: string; licence: string | null };
  source_ref: string | null;
}

export interface ObservationView {
  indicator_id: string;
  name_en: string;
  name_ru: string;
  unit: string;
  /** The unit in both languages, from the indicator catalogue. */
  unit_en: string;
  unit_ru: string | null;
  period: string;
  value: number;
  flags: string | null;
  source: { id: string; title: string; licence: string | null };
}

export interface RegionProfile {
  universe: Universe;
  universe_label: { en: string; ru: string };
  region: RegionRecord;
  observations: ObservationView[];
  /** Ties grouped by type, each group sorted by country then counterpart. */
  ties: Record<string, TieView[]>;
  /** Partner countries by number of ties, strongest first. */
  countries: { iso2: string; name_en: string; name_ru: string | null; ties: number; types: string[] }[];
}

export function sourceRef(s: Snapshot, id: string): TieView['source'] {
  const src: SourceRow | undefined = s.sources.find((x) => x.id === id);
  return { id, title: src?.title ?? id, licence: src?.licence ?? null };
}

export function tieView(s: Snapshot, t: TieRow, countries: Map<string, CountryRecord>): TieView {
  const c = t.country_iso2 ? countries.get(t.country_iso2) : undefined;
  return {
    id: t.id,
    type: t.type,
    country_iso2: t.country_iso2,
    country_name_en: c?.name_en ?? null,
    country_name_ru: c?.name_ru ?? null,
    counterpart: t.counterpart,
    ru_place: t.ru_place,
    value: t.value,
    unit: t.unit,
    unit_ru: tieUnitRu(t.unit),
    valid_from: t.valid_from,
    attrs: t.attrs ? (JSON.parse(t.attrs) as Record<string, unknown>) : {},
    source: sourceRef(s, t.source_id),
    source_ref: t.source_ref,
  };
}

/** Everything known about one region: codes, observations with sources, ties by type and country. */
export function regionProfile(s: Snapshot, query: string, universe: Universe): RegionProfile {
  const region = findRegion(s, query);
  if (!inUniverse(region, universe))
    throw new NotFoundError(
      'region',
      query,
      `${region.iso} (${region.name_en_full}) is not in the universe "${universe}": ${UNIVERSES[universe].en}; use --universe all`,
    );
  const countries = new Map(s.countries.map((c) => [c.iso2, c]));
  const indicators = new Map(s.indicators.map((i) => [i.id, i]));
  const observations = s.observations
    .filter((o) => o.region_iso === region.iso && inScope(o.scope, universe))
    .map((o): ObservationView => {
      const ind = indicators.get(o.indicator_id);
      return {
        indicator_id: o.indicator_id,
        name_en: ind?.name_en ?? o.indicator_id,
        name_ru: ind?.name_ru ?? o.indicator_id,
        unit: ind?.unit ?? '',
        ...indicatorUnit(o.indicator_id, ind?.unit ?? ''),
        period: o.period,
        value: o.value,
        flags: o.flags,
        source: sourceRef(s, o.source_id),
      };
    });
  const own = s.ties.filter((t) => t.region_iso === region.iso && inScope(t.scope, universe));
  const ties: Record<string, TieView[]> = {};
  for (const t of own) (ties[t.type] ??= []).push(tieView(s, t, countries));
  for (const list of Object.values(ties))
    list.sort(
      (a, b) =>
        (a.country_name_en ?? '').localeCompare(b.country_name_en ?? '') ||
        a.counterpart.localeCompare(b.counterpart),
    );
  const byCountry = new Map<string, { ties: number; types: Set<string> }>();
  for (const t of own) {
    if (!t.country_iso2) continue;
    const e = byCountry.get(t.country_iso2) ?? { ties: 0, types: new Set<string>() };
    e.ties++;
    e.types.add(t.type);
    byCountry.set(t.country_iso2, e);
  }
  return {
    universe,
    universe_label: UNIVERSES[universe],
    region,
    observations,
    ties,
    countries: [...byCountry]
      .map(([iso2, e]) => ({
        iso2,
        name_en: countries.get(iso2)?.name_en ?? iso2,
        name_ru: countries.get(iso2)?.name_ru ?? null,
        ties: e.ties,
        types: [...e.types].sort(),
      }))
      .sort((a, b) => b.ties - a.ties || a.name_en.localeCompare(b.name_en)),
  };
}
