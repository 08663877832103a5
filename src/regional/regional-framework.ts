import type { Framework, FrameworkNode } from '../engine/framework.js';

/** A framework node with the reasons for including it, in both languages, and where its data come from. */
export interface DocumentedNode extends FrameworkNode {
  name_ru: string;
  rationale_en: string;
  rationale_ru: string;
  source: string;
}

/**
 * The default index of regional international activity, built only from indicators the bundled data hold
 * (docs/index.md). Weights are equal; every choice is configuration (a spec file can reweight or override).
 * `mission_states` is left out: in the bundled data it correlates 1.0 with `foreign_missions` (the audit flags
 * the pair as collinear), so it would count the same thing twice.
 */
export const REGIONAL_NODES: DocumentedNode[] = [
  {
    code: 'twin_pairs',
    name: 'Twin-city pairs per million inhabitants',
    name_ru: 'Пары городов-побратимов на 1 млн жителей',
    level: 1,
    parent: 'people',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'pairs per million',
    denominator: 'population_m',
    rationale_en:
      'Municipal twinning is the most widespread people-to-people channel (Mukhametov 2020); per capita so that size alone does not decide.',
    rationale_ru:
      'Побратимство — самый распространённый канал народной дипломатии (Мухаметов 2020); на душу населения, чтобы размер не решал всё.',
    source: 'twinning-wikipedia; ru-population-rosstat-2020',
  },
  {
    code: 'twin_partner_countries',
    name: 'Countries of twin cities',
    name_ru: 'Страны городов-побратимов',
    level: 1,
    parent: 'people',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'countries',
    rationale_en: 'Geographic breadth of municipal ties: multi-vector versus single-partner regions.',
    rationale_ru:
      'Географическая широта муниципальных связей: многовекторные регионы против ориентированных на одного партнёра.',
    source: 'twinning-wikipedia',
  },
  {
    code: 'foreign_missions',
    name: 'Foreign missions in the region',
    name_ru: 'Иностранные представительства в регионе',
    level: 1,
    parent: 'diplomatic',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'missions',
    rationale_en:
      'Foreign states’ presence in the region: a standing channel to their governments (Kearney counts embassies and consulates for cities).',
    rationale_ru:
      'Присутствие иностранных государств в регионе — постоянный канал к их правительствам (Kearney учитывает посольства и консульства городов).',
    source: 'diplomatic-missions-wikidata',
  },
  {
    code: 'consular_posts',
    name: 'Foreign consular posts in the region',
    name_ru: 'Иностранные консульские учреждения в регионе',
    level: 1,
    parent: 'diplomatic',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'posts',
    rationale_en:
      'Consulates serve a region’s own people and business, unlike embassies, which sit in the capital for the whole country.',
    rationale_ru:
      'Консульства обслуживают жителей и бизнес самого региона, в отличие от посольств, находящихся в столице ради всей страны.',
    source: 'diplomatic-missions-wikidata',
  },
  {
    code: 'border_countries',
    name: 'Foreign countries with a land border',
    name_ru: 'Иностранные государства с сухопутной границей',
    level: 1,
    parent: 'border',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'countries',
    rationale_en:
      'Border subjects have their own legal channel of cross-border cooperation (179-FZ) and more ties (Rustamova 2022).',
    rationale_ru:
      'Приграничные субъекты имеют собственный правовой канал приграничного сотрудничества (179-ФЗ) и больше связей (Рустамова 2022).',
    source: 'derived from Natural Earth geometry',
  },
  {
    code: 'border_length_km',
    name: 'Length of land borders',
    name_ru: 'Протяжённость сухопутной границы',
    level: 1,
    parent: 'border',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'km',
    rationale_en:
      'A longer border means more crossings, neighbouring municipalities and joint projects to manage.',
    rationale_ru:
      'Чем длиннее граница, тем больше пунктов пропуска, соседних муниципалитетов и совместных проектов.',
    source: 'derived from Natural Earth geometry',
  },
  {
    code: 'partner_countries',
    name: 'Partner countries over all ties',
    name_ru: 'Страны-партнёры по всем связям',
    level: 1,
    parent: 'network',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: 'countries',
    rationale_en:
      'Degree of the region in the region–country network of ties (Zolotarev-style network analysis).',
    rationale_ru: 'Степень региона в сети связей «регион — страна» (сетевой анализ в духе Ф. Золотарёва).',
    source: 'all ties in the store',
  },
  {
    code: 'partner_diversity',
    name: 'Diversity of partners (1 − HHI)',
    name_ru: 'Разнообразие партнёров (1 − HHI)',
    level: 1,
    parent: 'network',
    weight: 1,
    direction: 1,
    type: 'indicator',
    unit: '0–1',
    rationale_en:
      'One minus the Herfindahl concentration of ties across partner countries; 0 when a region has no ties.',
    rationale_ru: 'Единица минус индекс Херфиндаля концентрации связей по странам; 0, если связей нет.',
    source: 'all ties in the store',
  },
  ...(
    [
      [
        'people',
        'People-to-people ties',
        'Связи между людьми',
        'Twinning: the low-politics channel of the “culture and image-building” framework.',
        'Побратимство — канал «низкой политики» культурно-имиджевой модели.',
      ],
      [
        'diplomatic',
        'Foreign diplomatic presence',
        'Иностранное дипломатическое присутствие',
        'Foreign states’ institutions in the region.',
        'Учреждения иностранных государств в регионе.',
      ],
      [
        'border',
        'Neighbourhood',
        'Соседство',
        'Land borders and the cross-border regime that comes with them.',
        'Сухопутные границы и связанный с ними режим приграничного сотрудничества.',
      ],
      [
        'network',
        'Breadth of partners',
        'Широта партнёрств',
        'How many countries, and how evenly, the region is tied to.',
        'Со сколькими странами и насколько равномерно связан регион.',
      ],
    ] as const
  ).map(([code, name, name_ru, rationale_en, rationale_ru]): DocumentedNode => ({
    code,
    name,
    name_ru,
    level: 2,
    parent: 'index',
    weight: 1,
    direction: 1,
    type: 'aggregate',
    rationale_en,
    rationale_ru,
    source: 'aggregate',
  })),
  {
    code: 'index',
    name: 'Regional international activity index',
    name_ru: 'Индекс международной активности региона',
    level: 3,
    parent: null,
    weight: 1,
    direction: 1,
    type: 'aggregate',
    rationale_en: 'Equal-weight mean of the four pillars.',
    rationale_ru: 'Среднее четырёх компонент с равными весами.',
    source: 'aggregate',
  },
];

export const REGIONAL_FRAMEWORK: Framework = { nodes: REGIONAL_NODES };
