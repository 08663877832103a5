import type { Factor } from '../../../src/engine/uncertainty/design';
import { formatNumber, type Lang } from './i18n';
import { METHOD } from './spec-text';

const PATH: Record<string, { en: string; ru: string }> = {
  'treat.winmax': {
    en: 'Outlier trimming (winsorisation limit)',
    ru: 'Обрезка выбросов (предел винсоризации)',
  },
  normalise: { en: 'Normalisation', ru: 'Нормализация' },
  'aggregate.method': { en: 'Aggregation', ru: 'Агрегирование' },
};
const LEVEL: Record<number, { en: string; ru: string }> = {
  1: { en: 'Indicator weights', ru: 'Веса показателей' },
  2: { en: 'Pillar weights', ru: 'Веса компонент' },
  3: { en: 'Sub-index weights', ru: 'Веса субиндексов' },
};
const OR = { en: ' or ', ru: ' или ' };
const POINTS = { en: 'points', ru: 'точек' };

/** The short name of an uncertainty factor, in the interface language (the design file's name otherwise). */
export function factorName(f: Factor, lang: Lang): string {
  const n = f.kind === 'weights' ? LEVEL[f.level] : PATH[f.path];
  return n ? n[lang] : f.name;
}

const choice = (v: unknown, lang: Lang): string => {
  const key = typeof v === 'string' ? v : (v as { method?: string } | null)?.method;
  return key && METHOD[key] ? METHOD[key][lang] : typeof v === 'number' ? formatNumber(v, lang) : String(v);
};

/** What the factor varies, in words: "1, 2, 3, 4 or 5 points", "each × (1 ± 25 %)". */
export function factorRange(f: Factor, lang: Lang): string {
  if (f.kind === 'weights') return `× (1 ± ${formatNumber(f.noise * 100, lang)} %)`;
  const words = f.values.map((v) => choice(v, lang));
  const list =
    words.length > 1 ? `${words.slice(0, -1).join(', ')}${OR[lang]}${words.at(-1)}` : (words[0] ?? '');
  return f.path === 'treat.winmax' ? `${list} ${POINTS[lang]}` : list;
}
