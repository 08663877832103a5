import type { Lang } from './i18n';
import type { Universe } from './api';

// The view lives in the URL query, so that any view can be shared and the back button works.
export type Tab =
  'map' | 'indices' | 'profile' | 'compare' | 'whatif' | 'uncertainty' | 'network' | 'crisis' | 'method';
export const TABS: Tab[] = [
  'map',
  'indices',
  'profile',
  'compare',
  'whatif',
  'uncertainty',
  'network',
  'crisis',
  'method',
];

export interface ViewState {
  tab: Tab;
  lang: Lang;
  universe: Universe;
  indicator: string;
  region: string | null;
  sort: string;
  desc: boolean;
  district: string;
  q: string;
  /** Regions to compare (2–4). */
  compare: string[];
  /** What-if: pillar weights, normalisation and aggregation. */
  weights: Record<string, number>;
  norm: string;
  agg: string;
  /** Crisis view: partner country and scenario. */
  country: string;
  scenario: string;
  /** Network view: tie type filter, and the node whose partners are shown (`r:RU-KR`, `c:FI`; empty: all). */
  tie: string;
  focus: string;
}

export const DEFAULT_STATE: ViewState = {
  tab: 'map',
  lang: 'en',
  universe: 'all',
  indicator: 'index',
  region: null,
  sort: 'value',
  desc: true,
  district: '',
  q: '',
  compare: [],
  weights: {},
  norm: 'minmax',
  agg: 'arithmetic',
  country: '',
  scenario: '',
  tie: '',
  focus: '',
};

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang') === 'ru' ? 'ru' : 'en';
  const universe = p.get('universe') === 'iso' ? 'iso' : 'all';
  const tab = p.get('tab');
  const weights: Record<string, number> = Object.fromEntries(
    (p.get('weights') ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split(':'))
      .filter(([k, v]) => k && Number.isFinite(Number(v)))
      .map(([k, v]) => [k!, Number(v)]),
  );
  return {
    tab: TABS.includes(tab as Tab) ? (tab as Tab) : 'map',
    lang,
    universe,
    indicator: p.get('indicator') ?? DEFAULT_STATE.indicator,
    region: p.get('region'),
    sort: p.get('sort') ?? DEFAULT_STATE.sort,
    desc: p.get('desc') !== '0',
    district: p.get('district') ?? '',
    q: p.get('q') ?? '',
    compare: (p.get('compare') ?? '').split(',').filter(Boolean).slice(0, 4),
    weights,
    norm: p.get('norm') ?? 'minmax',
    agg: p.get('agg') ?? 'arithmetic',
    country: p.get('country') ?? '',
    scenario: p.get('scenario') ?? '',
    tie: p.get('tie') ?? '',
    focus: /^[rc]:[A-Z0-9-]{2,10}$/.test(p.get('focus') ?? '') ? p.get('focus')! : '',
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s) as [keyof ViewState, ViewState[keyof ViewState]][]) {
    const d = DEFAULT_STATE[k];
    if (v === d || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(','));
    } else if (typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length) p.set(k, entries.map(([a, b]) => `${a}:${b}`).join(','));
    } else p.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  const q = p.toString();
  return q ? `?${q}` : location.pathname;
}
