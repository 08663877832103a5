export type Lang = 'en' | 'ru';

const en = {
  title: 'paradip',
  subtitle: 'International activity of Russia’s regions',
  universe: 'Universe',
  universe_all: 'All 89',
  universe_iso: 'ISO 3166-2:RU (83)',
  indicator: 'Map colour',
  missing: 'no data',
  region: 'Region',
  district: 'Federal district',
  rank: '#',
  value: 'Value',
  twinning: 'Twin cities',
  missions: 'Foreign missions',
  borders: 'Bordering countries',
  partners: 'Partner countries',
  filter: 'Filter regions…',
  all_districts: 'All federal districts',
  status_claimed_2014: 'listed by Russia since 2014; ISO 3166-2 lists it under Ukraine',
  status_claimed_2022: 'listed by Russia since 2022; ISO 3166-2 lists it under Ukraine',
  status_iso_3166_2_ru: 'ISO 3166-2:RU subject',
  profile_hint: 'Click a region on the map or in the table to see its profile.',
  observations: 'Indicators',
  ties: 'Ties',
  countries: 'Partner countries',
  source: 'Source',
  sources: 'Sources and licences',
  period: 'period',
  close: 'Close',
  loading: 'Loading…',
  error: 'Could not load data',
  tie_twinning: 'Twin cities',
  tie_foreign_mission: 'Foreign missions in the region',
  tie_border: 'Land borders',
  tie_ru_mission_abroad: 'Russian missions abroad',
  shown: 'regions shown',
  about:
    'Figures come from the bundled real datasets listed below; nothing is estimated or filled in. Missing values are drawn hatched.',
};

const ru: typeof en = {
  title: 'paradip',
  subtitle: 'Международная активность регионов России',
  universe: 'Состав',
  universe_all: 'Все 89',
  universe_iso: 'ISO 3166-2:RU (83)',
  indicator: 'Цвет карты',
  missing: 'нет данных',
  region: 'Регион',
  district: 'Федеральный округ',
  rank: '№',
  value: 'Значение',
  twinning: 'Побратимы',
  missions: 'Иностр. представительства',
  borders: 'Страны-соседи',
  partners: 'Страны-партнёры',
  filter: 'Найти регион…',
  all_districts: 'Все федеральные округа',
  status_claimed_2014: 'включён Россией в перечень субъектов в 2014 г.; ISO 3166-2 относит к Украине',
  status_claimed_2022: 'включён Россией в перечень субъектов в 2022 г.; ISO 3166-2 относит к Украине',
  status_iso_3166_2_ru: 'субъект по ISO 3166-2:RU',
  profile_hint: 'Выберите регион на карте или в таблице, чтобы увидеть его профиль.',
  observations: 'Показатели',
  ties: 'Связи',
  countries: 'Страны-партнёры',
  source: 'Источник',
  sources: 'Источники и лицензии',
  period: 'период',
  close: 'Закрыть',
  loading: 'Загрузка…',
  error: 'Не удалось загрузить данные',
  tie_twinning: 'Города-побратимы',
  tie_foreign_mission: 'Иностранные представительства в регионе',
  tie_border: 'Сухопутные границы',
  tie_ru_mission_abroad: 'Загранучреждения России',
  shown: 'регионов показано',
  about:
    'Данные взяты из перечисленных ниже реальных наборов; ничего не оценено и не досчитано. Пропуски заштрихованы.',
};

export const STRINGS = { en, ru };
export type Strings = typeof en;

export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: Number.isInteger(value) ? 0 : digits,
  }).format(value);
}

const UNITS_RU: Record<string, string> = {
  count: 'ед.',
  persons: 'чел.',
  km: 'км',
  'km²': 'км²',
  'per million': 'на 1 млн жит.',
  value: '',
};

export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'ru' ? (UNITS_RU[unit] ?? unit) : unit;
}
