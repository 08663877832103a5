import type { Lang } from './i18n';

/** Russian titles of the bundled sources (data/datasets.json), by source id. */
const TITLES_RU: Record<string, string> = {
  'ru-federal-subjects': 'Перечень 89 субъектов, которые Россия считает своими',
  'ru-regions-boundaries-naturalearth': 'Границы регионов, Natural Earth Admin-1 1:10m',
  'world-countries-atlas': 'Границы стран мира, Natural Earth 1:50m (world-atlas 2.0.2)',
  'country-codes': 'Коды и названия стран (ISO 3166-1, FIPS, M49, русские названия UNTERM)',
  'ru-population-rosstat-2020': 'Численность постоянного населения по регионам на 1 января 2020 г.',
  'twinning-wikipedia': 'Города-побратимы российских городов (списки английской Википедии)',
  'diplomatic-missions-wikidata':
    'Иностранные представительства в России и российские за рубежом (Викиданные)',
  'ru-rosstat-yearbook':
    'Российский статистический ежегодник 2022 и 2023 (Росстат): главы с региональными таблицами и таблицами по странам-партнёрам',
  derived: 'Расчёты paradip по прилагаемым данным',
};

/**
 * A source's title in the interface language, and the language it is actually in: a source without a
 * Russian title keeps its own (English) one, marked as such.
 */
export function sourceTitle(s: { id: string; title: string }, lang: Lang): { text: string; lang: Lang } {
  if (lang === 'ru' && TITLES_RU[s.id]) return { text: TITLES_RU[s.id]!, lang: 'ru' };
  return { text: s.title, lang: 'en' };
}
