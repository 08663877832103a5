import type { Lang } from './i18n';
import type { Universe } from './api';

// The view lives in the URL query, so that any view can be shared and the back button works.
export interface ViewState {
  lang: Lang;
  universe: Universe;
  indicator: string;
  region: string | null;
  sort: string;
  desc: boolean;
  district: string;
  q: string;
}

export const DEFAULT_STATE: ViewState = {
  lang: 'en',
  universe: 'all',
  indicator: 'twin_pairs_per_million',
  region: null,
  sort: 'value',
  desc: true,
  district: '',
  q: '',
};

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang') === 'ru' ? 'ru' : 'en';
  const universe = p.get('universe') === 'iso' ? 'iso' : 'all';
  return {
    lang,
    universe,
    indicator: p.get('indicator') ?? DEFAULT_STATE.indicator,
    region: p.get('region'),
    sort: p.get('sort') ?? DEFAULT_STATE.sort,
    desc: p.get('desc') !== '0',
    district: p.get('district') ?? '',
    q: p.get('q') ?? '',
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s) as [keyof ViewState, ViewState[keyof ViewState]][]) {
    const d = DEFAULT_STATE[k];
    if (v === d || v === null || v === '') continue;
    p.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  const q = p.toString();
  return q ? `?${q}` : location.pathname;
}
