import { aggregateNode, indicatorNode, type DocumentedNode } from './documented-node.js';

const PER_INHABITANT = { denominator: 'population_m' } as const;

/**
 * International activity: what a region does abroad — trade, people going out, ties it keeps, the foreign
 * consulates it hosts and the breadth of its partners. Embassies are the federal centre’s channel and land borders
 * an opportunity (in the potential index), so neither is scored here: a region without a land border is not
 * scored zero on activity. docs/index.md gives the reasons and the effect of each choice.
 */
export const ACTIVITY_NODES: DocumentedNode[] = [
  indicatorNode('trade_turnover_mln_usd', 'economic', {
    ...PER_INHABITANT,
    name_en: 'Foreign trade turnover per inhabitant',
    name_ru: 'Внешнеторговый оборот на жителя',
    unit_en: 'USD per inhabitant',
    unit_ru: 'долларов США на жителя',
  }),
  indicatorNode('own_ties', 'people'),
  indicatorNode('tourists_sent_abroad_thou', 'people', {
    ...PER_INHABITANT,
    name_en: 'Tourists sent abroad per 1,000 inhabitants',
    name_ru: 'Туристы, отправленные за рубеж, на 1 000 жителей',
    unit_en: 'per 1,000 inhabitants',
    unit_ru: 'на 1 000 жителей',
  }),
  indicatorNode('partner_countries', 'reach'),
  indicatorNode('consular_posts', 'reach'),
  aggregateNode(
    'economic',
    2,
    'index',
    ['Economic ties', 'Экономические связи'],
    ['Goods and services crossing the border, per inhabitant.', 'Товары и услуги через границу на жителя.'],
  ),
  aggregateNode(
    'people',
    2,
    'index',
    ['People-to-people ties', 'Связи между людьми'],
    [
      'Twinning and the region’s own agreements, offices and events; residents travelling abroad.',
      'Побратимство и собственные соглашения, представительства, мероприятия региона; поездки жителей за рубеж.',
    ],
  ),
  aggregateNode(
    'reach',
    2,
    'index',
    ['Reach and foreign presence', 'Охват и иностранное присутствие'],
    [
      'How many countries the region is tied to, and the foreign consulates it hosts.',
      'Со сколькими странами связан регион и сколько иностранных консульств он принимает.',
    ],
  ),
  aggregateNode(
    'index',
    3,
    null,
    ['International activity index', 'Индекс международной активности'],
    ['Equal-weight mean of the three pillars.', 'Среднее трёх компонент с равными весами.'],
  ),
];
