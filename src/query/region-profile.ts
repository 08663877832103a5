import type { Universe } from '../registry/region.js';
import { inUniverse, UNIVERSES } from '../registry/region.js';
import type { SourceRow, TieRow } from '../store/rows.js';
import { findRegion } from './find-region.js';
import { inScope } from './in-scope.js';
import { NotFoundError } from './not-found.js';
import type { CountryRecord, RegionRecord, Snapshot } from './snapshot.js';
import { indicatorUnit } from '../catalogue/indicator-unit.js';
import { tieUnitRu } from '../dataset/tie-units.js';
import { TIE_DERIVED } from '../dataset/reweight-ties.js';
import { ROSSTAT_SOURCE_ID } from '../rosstat/rosstat-tables.js';
import { EDITION_CHECKED, editionJumps, JUMP_FACTOR, type EditionJump } from './edition-jumps.js';
import { isTieCovered, tieSourceCoverage } from './tie-coverage.js';

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
  /** Null with `value` when the region has no figure for the indicator (see `missing`). */
  period: string | null;
  value: number | null;
  flags: string | null;
  /** Where the figure is printed, e.g. "RSY 2023, t. 9.14, row 36 (Республика Адыгея)"; null when not recorded. */
  source_ref: string | null;
  source: { id: string; title: string; licence: string | null };
  /** Why there is no figure, when `value` is null. */
  missing: { en: string; ru: string } | null;
  /** A warning on the figure's comparability (a more than threefold change between yearbook editions). */
  quality: { en: string; ru: string } | null;
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

/** Why a region has no figure for an indicator: its tie sources say nothing about it, or the source has none. */
function missingReason(
  region: RegionRecord,
  coverage: Record<string, number> | undefined,
): (indicator: string, source: string) => { en: string; ru: string } {
  const none = (source: string) =>
    source === ROSSTAT_SOURCE_ID
      ? {
          en: 'no figure for the region in the yearbook (printed “–” or “…”, or no row)',
          ru: 'в ежегоднике нет значения для региона (напечатано «–» или «…» либо нет строки)',
        }
      : { en: 'no figure for the region in the source', ru: 'в источнике нет значения для региона' };
  return (indicator, source) => {
    if (!TIE_DERIVED.has(indicator) || indicator.startsWith('border_')) return none(source);
    if (region.status !== 'iso_3166_2_ru')
      return {
        en: 'how far the tie lists cover this entity is unknown',
        ru: 'неизвестно, насколько списки связей охватывают этот субъект',
      };
    if (!isTieCovered(coverage))
      return {
        en: 'no tie source lists the region; absence from a source is not inactivity',
        ru: 'регион не упомянут ни в одном источнике связей; отсутствие в источнике не означает бездействия',
      };
    return none(source);
  };
}

/** The comparability warning of a figure that changed more than threefold between yearbook editions. */
function qualityNote(j: EditionJump | undefined): { en: string; ru: string } | null {
  if (!j) return null;
  const n = (v: number, lang: string) => v.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB');
  const a = (lang: 'en' | 'ru') =>
    `${n(j.from.value, lang)} (${j.from.period}) → ${n(j.to.value, lang)} (${j.to.period})`;
  return {
    en: `changed more than ${JUMP_FACTOR}-fold between the yearbook editions, ${a('en')}: the count is not comparable across editions or regions`,
    ru: `изменение между изданиями ежегодника более чем в ${JUMP_FACTOR} раза, ${a('ru')}: учёт несопоставим между изданиями и регионами`,
  };
}

/**
 * Everything known about one region: codes, every indicator of the catalogue with its figures (source and where it
 * is printed) or why it has none, ties by type and country.
 */
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
  const jumps = new Map(
    EDITION_CHECKED.map((id) => [id, editionJumps(s, id).find((j) => j.region_iso === region.iso)] as const),
  );
  const view = (id: string) => {
    const ind = indicators.get(id);
    return {
      indicator_id: id,
      name_en: ind?.name_en ?? id,
      name_ru: ind?.name_ru ?? id,
      unit: ind?.unit ?? '',
      ...indicatorUnit(id, ind?.unit ?? ''),
    };
  };
  const present = s.observations
    .filter((o) => o.region_iso === region.iso && inScope(o.scope, universe))
    .map((o): ObservationView => ({
      ...view(o.indicator_id),
      period: o.period,
      value: o.value,
      flags: o.flags,
      source_ref: o.source_ref,
      source: sourceRef(s, o.source_id),
      missing: null,
      quality: qualityNote(jumps.get(o.indicator_id as (typeof EDITION_CHECKED)[number])),
    }));
  // Every indicator of the store's catalogue is listed: one the region has no figure for shows as missing, with why.
  const have = new Set(present.map((o) => o.indicator_id));
  const why = missingReason(region, tieSourceCoverage(s, universe).get(region.iso));
  const absent = s.indicators
    .filter((i) => !have.has(i.id))
    .map((i): ObservationView => ({
      ...view(i.id),
      period: null,
      value: null,
      flags: null,
      source_ref: null,
      source: sourceRef(s, i.source_id),
      missing: why(i.id, i.source_id),
      quality: null,
    }));
  const order = new Map(s.indicators.map((i, k) => [i.id, k]));
  const observations = [...present, ...absent].sort(
    (a, b) =>
      (order.get(a.indicator_id) ?? Infinity) - (order.get(b.indicator_id) ?? Infinity) ||
      a.indicator_id.localeCompare(b.indicator_id) ||
      (a.period ?? '').localeCompare(b.period ?? ''),
  );
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
