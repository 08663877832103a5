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
    denominator: 'grp_bn_rub',
    name_en: 'Foreign trade turnover relative to GRP',
    name_ru: 'Внешнеторговый оборот к ВРП',
    unit_en: 'USD per 1,000 roubles of GRP',
    unit_ru: 'долларов США на 1 000 рублей ВРП',
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
    [
      'Trade relative to the size of the economy (openness), so that neither Moscow’s volume nor an oil okrug’s per-inhabitant figure sets the scale.',
      'Торговля относительно размера экономики (открытость), чтобы масштаб не задавали ни объём Москвы, ни душевые показатели нефтяного округа.',
    ],
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
