import { aggregateNode, indicatorNode, type DocumentedNode } from './documented-node.js';

/**
 * Soft-power potential: the resources a region can project abroad — heritage, universities, science, the visitors
 * it draws, its economy and connectedness, and geography as an opportunity. Resources, not use: the gap between
 * activity and what this predicts is the regions' "power gap" (as the Lowy Asia Power Index separates resources
 * from influence).
 */
export const POTENTIAL_NODES: DocumentedNode[] = [
  indicatorNode('heritage_sites', 'culture'),
  indicatorNode('students_higher_thou', 'knowledge'),
  indicatorNode('rd_personnel', 'knowledge', {
    denominator: 'population_thou',
    name_en: 'R&D personnel per 1,000 inhabitants',
    name_ru: 'Исследователи и разработчики на 1 000 жителей',
    unit_en: 'per 1,000 inhabitants',
    unit_ru: 'на 1 000 жителей',
  }),
  indicatorNode('accommodation_guests_thou', 'attraction'),
  indicatorNode('grp_per_capita_rub', 'economy'),
  indicatorNode('population_internet_pct', 'economy'),
  indicatorNode('border_length_km', 'geography'),
  indicatorNode('sea_proximity_km', 'geography'),
  aggregateNode(
    'culture',
    2,
    'index',
    ['Culture and heritage', 'Культура и наследие'],
    ['What the region can show the world.', 'Что регион может показать миру.'],
  ),
  aggregateNode(
    'knowledge',
    2,
    'index',
    ['Education and science', 'Образование и наука'],
    [
      'Universities and research that attract students and partners.',
      'Вузы и наука, привлекающие студентов и партнёров.',
    ],
  ),
  aggregateNode(
    'attraction',
    2,
    'index',
    ['Tourist attraction', 'Туристическая привлекательность'],
    ['Visitors the region receives.', 'Гости, которых принимает регион.'],
  ),
  aggregateNode(
    'economy',
    2,
    'index',
    ['Economy and connectedness', 'Экономика и связность'],
    [
      'Means to act abroad and the reach of its people online.',
      'Средства для действий за рубежом и охват жителей в сети.',
    ],
  ),
  aggregateNode(
    'geography',
    2,
    'index',
    ['Geography', 'География'],
    [
      'A land border (cross-border cooperation under 179-FZ) or a foreign coast across the sea, as an opportunity.',
      'Сухопутная граница (приграничное сотрудничество по 179-ФЗ) или иностранный берег через море как возможность.',
    ],
  ),
  aggregateNode(
    'index',
    3,
    null,
    ['Soft-power potential index', 'Индекс потенциала мягкой силы'],
    ['Equal-weight mean of the five pillars.', 'Среднее пяти компонент с равными весами.'],
  ),
];
