import { INSUFFICIENT, type Condition } from './classify.js';
import { monteCarloLabel } from './class-probability-runs.js';
import type { ClassifiedRegion } from './regional-classification.js';
import type { Typology } from './typology.js';
import { numberFormat } from '../io/number-format.js';

const TAGS: Record<string, { en: string; ru: string }> = {
  border: { en: 'border region', ru: 'приграничный регион' },
  ethnic_republic: { en: 'ethnic republic', ru: 'национальная республика' },
  arctic: { en: 'Arctic zone', ru: 'Арктическая зона' },
  federal_city: { en: 'federal city', ru: 'город федерального значения' },
  megacity: { en: 'million-plus city (capital ≥ 1 million)', ru: 'город-миллионник (столица ≥ 1 млн)' },
  far_east: { en: 'Far East', ru: 'Дальний Восток' },
};

const TIE_TYPES: Record<string, { en: string; ru: string }> = {
  twinning: { en: 'twin cities', ru: 'побратимы' },
  foreign_mission: { en: 'foreign missions', ru: 'иностранные представительства' },
  border: { en: 'land borders', ru: 'сухопутные границы' },
};

type Lang = 'en' | 'ru';

const num = (v: number | null, lang: Lang) =>
  v === null ? '—' : numberFormat(lang, { maximumFractionDigits: 1 }).format(v);

function variableName(t: Typology, v: string, lang: Lang): string {
  const axis = t.axes[v];
  if (axis) return lang === 'ru' ? axis.name_ru.toLowerCase() : axis.name_en.toLowerCase();
  if (v === 'ties_total') return lang === 'ru' ? 'число связей' : 'number of ties';
  if (v === 'countries_total') return lang === 'ru' ? 'число стран-партнёров' : 'number of partner countries';
  return TAGS[v]?.[lang] ?? v;
}

function condition(t: Typology, c: Condition, lang: Lang): string {
  return `${variableName(t, c.variable, lang)} ${num(c.value, lang)} ${c.met ? (c.op === '>=' || c.op === '>' ? '≥' : c.op) : c.op === '>=' || c.op === '>' ? '<' : '≥'} ${num(c.threshold, lang)}`;
}

/**
 * A region's class in words, in English or Russian: the axis values that put it there, what would move it up a
 * class and what would move it down, its tags, strongest partners and tie types, and its class probabilities.
 */
export function explainRegion(
  r: ClassifiedRegion,
  t: Typology,
  lang: Lang,
  /** The Monte Carlo configuration behind the probabilities, named beside them. */
  mc?: { runs: number; seed: number },
): string {
  const cls = (id: string) => {
    const c = t.classes.find((x) => x.id === id);
    if (!c)
      return lang === 'ru'
        ? 'не классифицирован (недостаточно данных)'
        : 'not classified (insufficient data)';
    return lang === 'ru' ? c.name_ru : c.name_en;
  };
  const name = lang === 'ru' ? r.name_ru : r.name_en;
  const lines: string[] = [];
  const sources = Object.entries(r.coverage.sources)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  if (r.class === INSUFFICIENT) {
    const missing = r.coverage.axes_missing.map((k) => variableName(t, k, lang));
    const why =
      missing.length > 0
        ? lang === 'ru'
          ? `нет оценки по осям: ${missing.join(', ')}`
          : `no score on: ${missing.join(', ')}`
        : lang === 'ru'
          ? `источники связей не содержат записей о регионе (${sources || 'нет источников'}; нужно источников: ${t.insufficient_data.min_tie_sources})`
          : `its tie sources hold no entry for it (${sources || 'no sources'}; sources needed: ${t.insufficient_data.min_tie_sources})`;
    lines.push(
      lang === 'ru'
        ? `${name}: недостаточно данных — ${why}. Отсутствие в источнике не означает пассивности.`
        : `${name}: insufficient data — ${why}. Absence from a source is not inactivity.`,
    );
    return lines.join('\n');
  }
  const c = t.classes[r.level]!;
  lines.push(
    lang === 'ru'
      ? `${name} — «${c.name_ru}» (уровень ${r.level + 1} из ${t.classes.length}). ${c.justification_ru}`
      : `${name} is “${c.name_en}” (level ${r.level + 1} of ${t.classes.length}). ${c.justification_en}`,
  );
  lines.push(
    (t.scale === 'percentile'
      ? lang === 'ru'
        ? 'Оси (процентиль среди регионов, 0–100): '
        : 'Axes (percentile among the regions, 0–100): '
      : lang === 'ru'
        ? 'Оси (0–100, от наименьшего значения среди регионов к наибольшему): '
        : 'Axes (0–100, lowest to highest region): ') +
      Object.entries(r.axes)
        .map(([k, v]) => `${variableName(t, k, lang)} ${num(v, lang)}`)
        .join(', '),
  );
  const met = r.own.filter((x) => x.met);
  if (met.length)
    lines.push(
      (lang === 'ru' ? 'Выполнено правило класса: ' : 'Meets its class rule: ') +
        met.map((x) => condition(t, x, lang)).join('; '),
    );
  if (r.up) {
    const needed = r.up.needed;
    lines.push(
      (lang === 'ru'
        ? `Чтобы подняться до класса «${cls(r.up.class)}», нужно: `
        : `To move up to “${cls(r.up.class)}” it needs: `) +
        (needed.length
          ? needed
              .map(
                (x) =>
                  `${variableName(t, x.variable, lang)} ${num(x.value, lang)} → ${num(x.threshold, lang)} (+${num(-(x.margin ?? 0), lang)})`,
              )
              .join(lang === 'ru' ? ' и ' : ' and ')
          : lang === 'ru'
            ? 'другие значения тегов'
            : 'different tags'),
    );
  } else lines.push(lang === 'ru' ? 'Это высший класс.' : 'This is the highest class.');
  if (r.down && r.down.nearest)
    lines.push(
      lang === 'ru'
        ? `Ближайший порог вниз: ${condition(t, r.down.nearest, lang)} — запас ${num(r.down.nearest.margin, lang)}, иначе «${cls(r.down.class)}».`
        : `Nearest threshold down: ${condition(t, r.down.nearest, lang)} — margin ${num(r.down.nearest.margin, lang)}, else “${cls(r.down.class)}”.`,
    );
  const tags = Object.entries(r.tags)
    .filter(([, v]) => v)
    .map(([k]) => TAGS[k]?.[lang] ?? k);
  if (tags.length) lines.push((lang === 'ru' ? 'Теги: ' : 'Tags: ') + tags.join(', '));
  if (r.partners.length)
    lines.push(
      (lang === 'ru' ? 'Главные партнёры: ' : 'Strongest partners: ') +
        r.partners
          .map((p) => `${lang === 'ru' ? (p.name_ru ?? p.name_en) : p.name_en} (${p.ties})`)
          .join(', '),
    );
  lines.push((lang === 'ru' ? 'Покрытие источниками связей: ' : 'Tie-source coverage: ') + sources);
  const types = Object.entries(r.tieTypes);
  lines.push(
    (lang === 'ru' ? 'Связи: ' : 'Ties: ') +
      (types.length
        ? types.map(([k, v]) => `${TIE_TYPES[k]?.[lang] ?? k} ${v}`).join(', ')
        : lang === 'ru'
          ? 'не зафиксированы'
          : 'none recorded'),
  );
  const dist = (p: Record<string, number>) =>
    Object.entries(p)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, v]) => `${cls(k)} ${num(v * 100, lang)} %`)
      .join(', ');
  const FAMILY = {
    method: { en: 'method choices', ru: 'выбор методов' },
    bootstrap: { en: 'bootstrap over ties', ru: 'бутстрэп по связям' },
    leave_one_out: { en: 'one source left out', ru: 'без одного источника' },
  } as const;
  lines.push(
    (lang === 'ru' ? 'Вероятности классов' : 'Class probabilities') +
      (mc ? ` (${monteCarloLabel(mc, lang)}): ` : ': ') +
      dist(r.probabilities) +
      (r.unstable ? (lang === 'ru' ? ' — класс неустойчив' : ' — unstable class') : ''),
  );
  for (const [f, p] of Object.entries(r.probabilities_by))
    lines.push(`  ${FAMILY[f as keyof typeof FAMILY][lang]}: ${dist(p)}`);
  return lines.join('\n');
}
