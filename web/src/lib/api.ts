// Types mirror the JSON of paradip's API (src/query/*); the dashboard only reads.
export type Universe = 'all' | 'iso';

// Types of the API's JSON come from the server code they mirror.
import type { RegionList, RegionSummary } from '../../../src/query/region-list';
import type { SourceUsage } from '../../../src/query/source-list';
import type { TieView } from '../../../src/query/region-profile';
export type { RegionList, RegionSummary, TieView };
export type Source = SourceUsage;

import type { IndicatorRow } from '../../../src/store/rows';
import type { IndicatorUnit } from '../../../src/catalogue/indicator-unit';
export type Indicator = IndicatorRow & IndicatorUnit & { coverage: number };

import type { RegionProfile } from '../../../src/query/region-profile';
export type { RegionProfile };

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

import type { ClassifiedRegion, RegionalClassification } from '../../../src/classify/regional-classification';
export type Classified = ClassifiedRegion & { explanation: { en: string; ru: string } };
export type Classification = Omit<RegionalClassification, 'regions'> & { regions: Classified[] };

import type { CrisisAnalysis, CrisisRow } from '../../../src/crisis/crisis-analysis';
export type Crisis = CrisisAnalysis & { channel_names: Record<string, { en: string; ru: string }> };
export type { CrisisRow };

export interface Country {
  iso2: string;
  name_en: string;
  name_ru: string | null;
}

import type { TieNetwork } from '../../../src/network/tie-network';
import type { NetworkMetrics } from '../../../src/network/network-metrics';
export type NetworkPayload = TieNetwork & { metrics: NetworkMetrics };

export const api = {
  regions: (u: Universe) => get<RegionList>(`/api/regions?universe=${u}`),
  region: (iso: string, u: Universe) =>
    get<RegionProfile>(`/api/regions/${encodeURIComponent(iso)}?universe=${u}`),
  indicators: () => get<{ indicators: Indicator[] }>('/api/indicators'),
  sources: () => get<{ sources: Source[] }>('/api/sources'),
  geometry: () => get<unknown>('/api/geo/regions.topojson'),
  input: (u: Universe) => get<import('./engine-client').InputPayload>(`/api/index/input?universe=${u}`),
  classification: (u: Universe) => get<Classification>(`/api/classification?universe=${u}`),
  crisis: (iso2: string, u: Universe, scenario: string) =>
    get<Crisis>(
      `/api/crisis/${encodeURIComponent(iso2)}?universe=${u}${scenario ? `&scenario=${encodeURIComponent(scenario)}` : ''}`,
    ),
  countries: () => get<{ countries: Country[] }>('/api/countries'),
  network: (u: Universe, type: string) =>
    get<NetworkPayload>(`/api/network?universe=${u}${type ? `&type=${encodeURIComponent(type)}` : ''}`),
};
