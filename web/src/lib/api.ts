// Types mirror the JSON of paradip's API (src/query/*); the dashboard only reads.
export type Universe = 'all' | 'iso';

export interface RegionSummary {
  iso: string;
  status: 'iso_3166_2_ru' | 'claimed_2014' | 'claimed_2022';
  name_en: string;
  name_ru: string;
  type_en: string;
  federal_district_en: string;
  federal_district_ru: string;
  capital_ru: string | null;
  values: Record<string, number | null>;
  ties: Record<string, number>;
  partner_countries: number;
}

export interface RegionList {
  universe: Universe;
  universe_label: { en: string; ru: string };
  regions: RegionSummary[];
}

export interface Indicator {
  id: string;
  name_en: string;
  name_ru: string;
  unit: string;
  direction: number;
  description_en: string | null;
  description_ru: string | null;
  source_id: string;
  coverage: number;
}

export interface Source {
  id: string;
  kind: string;
  title: string;
  publisher: string | null;
  url: string | null;
  licence: string | null;
  attribution: string | null;
  period: string | null;
  ties: number;
  observations: number;
}

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
  source: { id: string; title: string; licence: string | null };
  source_ref: string | null;
}

export interface RegionProfile {
  universe: Universe;
  region: Record<string, string | number | null> & {
    iso: string;
    name_en_full: string;
    name_ru: string;
    status: string;
  };
  observations: {
    indicator_id: string;
    name_en: string;
    name_ru: string;
    unit: string;
    period: string;
    value: number;
    flags: string | null;
    source: { id: string; title: string };
  }[];
  ties: Record<string, TieView[]>;
  countries: { iso2: string; name_en: string; name_ru: string | null; ties: number; types: string[] }[];
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export const api = {
  regions: (u: Universe) => get<RegionList>(`/api/regions?universe=${u}`),
  region: (iso: string, u: Universe) =>
    get<RegionProfile>(`/api/regions/${encodeURIComponent(iso)}?universe=${u}`),
  indicators: () => get<{ indicators: Indicator[] }>('/api/indicators'),
  sources: () => get<{ sources: Source[] }>('/api/sources'),
  geometry: () => get<unknown>('/api/geo/regions.topojson'),
};
