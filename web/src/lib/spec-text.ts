import type { IndexSpec } from '../../../src/engine/spec';
import type { Lang } from './i18n';

const STEP: Record<string, { en: string; ru: string }> = {
  denominate: { en: 'Denominate', ru: 'Нормирование на базу' },
  impute: { en: 'Impute', ru: 'Заполнение пропусков' },
  screen: { en: 'Screen', ru: 'Отбор регионов' },
  treat: { en: 'Treat outliers', ru: 'Обработка выбросов' },
  normalise: { en: 'Normalise', ru: 'Нормализация' },
  weight: { en: 'Weight', ru: 'Веса' },
  aggregate: { en: 'Aggregate', ru: 'Агрегирование' },
};

/** Method names in both languages (also the choices an uncertainty factor varies). */
export const METHOD: Record<string, { en: string; ru: string }> = {
  metadata: { en: 'as set per indicator in the framework', ru: 'как задано для каждого показателя' },
  none: { en: 'none (missing stays missing)', ru: 'нет (пропуск остаётся пропуском)' },
  winsorise: { en: 'winsorisation', ru: 'винсоризация' },
  minmax: { en: 'min–max', ru: 'мин–макс' },
  zscore: { en: 'z-scores', ru: 'z-оценки' },
  rank: { en: 'percentile ranks', ru: 'процентильные ранги' },
  arithmetic: { en: 'arithmetic mean', ru: 'среднее арифметическое' },
  geometric: { en: 'geometric mean', ru: 'среднее геометрическое' },
  harmonic: { en: 'harmonic mean', ru: 'среднее гармоническое' },
  log_ct: { en: 'log transform (as COINr)', ru: 'логарифмирование (как в COINr)' },
  log: { en: 'log transform', ru: 'логарифмирование' },
  equal: { en: 'equal', ru: 'равные' },
};

const word = (v: unknown, lang: Lang) =>
  typeof v === 'string' && METHOD[v]
    ? METHOD[v][lang]
    : Array.isArray(v)
      ? v.join('–')
      : v !== null && typeof v === 'object'
        ? Object.entries(v)
            .map(
              ([k, x]) => `${k}: ${typeof x === 'string' && METHOD[x] ? METHOD[x][lang] : JSON.stringify(x)}`,
            )
            .join('; ')
        : String(v);

/** The spec's steps as readable rows: step name and its settings in words, in the interface language. */
export function specRows(
  spec: IndexSpec,
  lang: Lang,
): { step: string; text: string; params: { name: string; value: string; code: boolean }[] }[] {
  const s = spec as unknown as Record<string, Record<string, unknown> | undefined>;
  return Object.keys(STEP)
    .filter((k) => s[k])
    .map((k) => {
      const { method, by, ...rest } = s[k]!;
      const head = word(method ?? by, lang);
      // Per-indicator settings are keyed by indicator ids: shown as the spec writes them.
      const params = Object.entries(rest).map(([name, v]) => ({
        name,
        value: word(v, lang),
        code: v !== null && typeof v === 'object' && !Array.isArray(v),
      }));
      return { step: STEP[k]![lang], text: head, params };
    });
}
