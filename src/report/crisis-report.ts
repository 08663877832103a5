import type { Topology } from 'topojson-specification';
import type { CrisisAnalysis } from '../crisis/crisis-analysis.js';
import type { Snapshot } from '../query/snapshot.js';
import { sourceList } from '../query/source-list.js';
import { className } from '../classify/class-name.js';
import { esc, fmt, page, sourceCell, table } from './html.js';
import { svgMap } from './svg-map.js';

const FW = {
  en: {
    both: 'both',
    culture_image: 'culture & image-building',
    political_plus: 'political plus',
    neither: '—',
  },
  ru: {
    both: 'обе',
    culture_image: 'культурно-имиджевая',
    political_plus: '«политический плюс»',
    neither: '—',
  },
} as const;

/** A standalone HTML report on the regions' capacity to help normalise relations with one country. */
export function crisisReport(
  s: Snapshot,
  a: CrisisAnalysis,
  topology: Topology,
  lang: 'en' | 'ru',
  /** Class and channel names, so that the report never shows an id. */
  names: {
    classes: readonly { id: string; name_en: string; name_ru: string }[];
    channels: Readonly<Record<string, { name_en: string; name_ru: string }>>;
  },
): string {
  const ru = lang === 'ru';
  const channel = (k: string) => {
    const c = names.channels[k];
    return c ? (ru ? c.name_ru : c.name_en) : k;
  };
  const country = ru ? (a.country_record.name_ru ?? a.country_record.name_en) : a.country_record.name_en;
  const values = new Map(a.rows.map((r) => [r.region, r.nc]));
  const ranked = a.rows.filter((r) => r.nc !== null && r.nc > 0);
  const title = ru ? `Потенциал нормализации отношений: ${country}` : `Normalisation capacity: ${country}`;
  const top = ranked.slice(0, 5);
  const body = `
  <h1>${esc(title)} (${esc(a.country)})</h1>
  <p class="muted">${esc(ru ? a.universe_label.ru : a.universe_label.en)} · ${esc(ru ? 'Сценарий' : 'Scenario')}: ${esc(a.scenario_label[lang])} · ${esc(ru ? 'открытость' : 'openness')} ${a.openness}</p>
  ${a.evidence.note ? `<p class="warn" data-testid="thin-evidence">${esc(a.evidence.note[lang])}</p>` : ''}
  ${svgMap(topology, values)}
  <h2>${esc(ru ? 'Регионы по потенциалу' : 'Regions by capacity')}</h2>
  ${table(
    [
      '#',
      ru ? 'Регион' : 'Region',
      'NC',
      '5–95 %',
      ru ? 'Класс' : 'Class',
      ru ? 'Каналы' : 'Channels',
      ru ? 'Модель' : 'Framework',
    ],
    ranked
      .slice(0, 40)
      .map((r) => [
        r.rank,
        ru ? r.name_ru : r.name_en,
        fmt(r.nc, lang),
        r.band ? `${fmt(r.band[0], lang)}–${fmt(r.band[1], lang)}` : '—',
        r.class ? className(names.classes, r.class, lang) : '—',
        r.channels
          .map(
            (c) =>
              `${channel(c.channel)}${c.basis === 'modelled' ? (ru ? ' (модельная оценка)' : ' (modelled)') : ''} ${fmt(c.raw, lang)}`,
          )
          .join(', '),
        FW[lang][r.framework.recommendation as keyof (typeof FW)['en']],
      ]),
  )}
  ${top
    .map(
      (r) => `<h2>${esc(ru ? r.name_ru : r.name_en)}</h2>
  <p>${esc(ru ? r.framework.reason.ru : r.framework.reason.en)}</p>
  ${table(
    [
      ru ? 'Канал' : 'Channel',
      ru ? 'Связи' : 'Ties',
      ru ? 'Сила' : 'Strength',
      ru ? 'Заморозка' : 'Freeze',
      ru ? 'Источники' : 'Sources',
    ],
    r.channels.map((c) => [
      channel(c.channel),
      c.raw,
      fmt(c.strength, lang, 2),
      c.freeze,
      c.ties
        .slice(0, 3)
        .map((t) => `${t.counterpart} [${t.source_ref}]`)
        .join('; '),
    ]),
  )}
  ${r.framework.legalSteps.length ? `<ol>${r.framework.legalSteps.map((x) => `<li>${esc(ru ? x.ru : x.en)} <span class="muted">(${esc(x.source)})</span></li>`).join('')}</ol>` : ''}`,
    )
    .join('')}
  <div class="appendix">
  <h2>${esc(ru ? 'Методология' : 'Methodology')}</h2>
  <p>${esc(
    ru
      ? 'NC(r, c) = 100 · O_c · m(класс) · Σ w_k f_k (α·сила + (1 − α)·доля) / Σ w_k по каналам, связывающим Россию со страной; полосы — Монте-Карло по α, весам, коэффициентам заморозки и классу региона. Подробно: docs/crisis.md.'
      : 'NC(r, c) = 100 · O_c · m(class) · Σ w_k f_k (α·strength + (1 − α)·share) / Σ w_k over the channels that link Russia with the country; bands from a Monte Carlo over α, weights, freeze factors and the region’s class. Details: docs/crisis.md.',
  )}</p>
  <h2>${esc(ru ? 'Источники и лицензии' : 'Sources and licences')}</h2>
  ${table(
    ['', 'Licence', ru ? 'Период' : 'Period'],
    sourceList(s).map((x) => [sourceCell(x.title, x.url), x.licence, x.period]),
  )}
  </div>`;
  return page(title, lang, body);
}
