import type { IndicatorRow } from '../store/rows.js';

/**
 * The Rosstat tables paradip reads, and the indicators they give. One place: the reader, `db build`, the import
 * command and the indicator catalogue all take them from here. Values are stored in the unit Rosstat prints.
 */

export type Edition = 2022 | 2023;
export const EDITIONS: readonly Edition[] = [2022, 2023];
export const ROSSTAT_SOURCE_ID = 'ru-rosstat-yearbook';

/** One column of a table that becomes an indicator. `header` must match the column's header, or the file is refused. */
export interface RosstatColumn {
  column: number;
  indicator: string;
  header: RegExp;
  /**
   * A header that misstates the unit, shown by the edition's own national table: the figures are multiplied by
   * `factor` into the indicator's unit and `reason` goes into each figure's source_ref.
   */
  misprintedUnit?: { factor: number; reason: string };
}

/** A table with one row per federal subject (plus Russia and the federal districts). */
export interface RegionalTableSpec {
  kind: 'regional';
  edition: Edition;
  table: string;
  /** Chapter file, docx/<edition>/<chapter>. */
  chapter: string;
  /** The period the figures refer to: a year, or a date for stocks ("2023-01-01"). */
  period: string;
  /** The last grid column holds the English row names. */
  englishColumn: boolean;
  columns: RosstatColumn[];
}

/** A national table by partner country: one column per year (the period is read from the column header). */
export interface CountryTableSpec {
  kind: 'country';
  edition: Edition;
  table: string;
  chapter: string;
  englishColumn: boolean;
  columns: { header: RegExp; indicator: string }[];
  /**
   * Tables printing several blocks one below another (4.21: arrivals, then departures): a row matching `start`
   * opens the block, and `indicator` replaces the column's for the rows below it.
   */
  sections?: { start: RegExp; indicator: string }[];
}

export type RosstatTableSpec = RegionalTableSpec | CountryTableSpec;

const both = (make: (edition: Edition) => RosstatTableSpec[]): RosstatTableSpec[] => EDITIONS.flatMap(make);
const year = (edition: Edition) => String(edition - 1);

/** 25.5 (CIS) and 25.7 (non-CIS): exports, then imports, one column per year. */
const TRADE_BY_COUNTRY: CountryTableSpec['columns'] = [
  { header: /^Экспорт.*\| \d{4}$/, indicator: 'ru_exports_to_mln_usd' },
  { header: /^Импорт.*\| \d{4}$/, indicator: 'ru_imports_from_mln_usd' },
];

export const ROSSTAT_TABLES: RosstatTableSpec[] = [
  ...both((edition) => [
    {
      kind: 'regional',
      edition,
      table: '2.1',
      chapter: 'R_02.docx',
      period: `${edition}-01-01`,
      englishColumn: false,
      columns: [
        { column: 1, indicator: 'area_thou_km2', header: /Площадь.*тыс\. км2/ },
        { column: 2, indicator: 'population_thou', header: /Числен-? ?ность населения.*тыс/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '4.2',
      chapter: 'R_04.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        { column: 2, indicator: 'life_expectancy_years', header: /Ожидаемая продолжительность.*оба пола/ },
        { column: 7, indicator: 'net_migration_per_10k', header: /миграционного прироста/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '7.2',
      chapter: 'R_07.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        { column: 4, indicator: 'students_vocational_thou', header: /специалистов среднего звена/ },
        { column: 5, indicator: 'students_higher_thou', header: /бакалавриата, специалитета, магистратуры/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '9.14',
      chapter: 'R_09.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        { column: 1, indicator: 'heritage_sites', header: /культурного наследия/ },
        { column: 2, indicator: 'archaeological_sites', header: /археологического наследия/ },
        { column: 3, indicator: 'public_libraries', header: /общедоступных библиотек/ },
        { column: 4, indicator: 'leisure_organisations', header: /культурно-досугового типа/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '10.15',
      chapter: 'R_10.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        {
          column: 1,
          indicator: 'accommodation_establishments',
          header: /Число коллективных средств размещения/,
        },
        { column: 2, indicator: 'accommodation_rooms_thou', header: /Число номеров, тыс/ },
        { column: 3, indicator: 'accommodation_beds_thou', header: /Число мест, тыс/ },
        { column: 4, indicator: 'accommodation_nights_thou', header: /ночевок, тыс/ },
        { column: 5, indicator: 'accommodation_guests_thou', header: /размещенных лиц, тыс/ },
        { column: 6, indicator: 'tourists_sent_domestic_thou', header: /отправленных турфирмами.*по России/ },
        { column: 7, indicator: 'tourists_sent_abroad_thou', header: /отправленных турфирмами.*за рубеж/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: edition === 2023 ? '12.22' : '12.19',
      chapter: 'R_12.docx',
      // The GRP table lags the other tables by a year.
      period: String(edition - 2),
      englishColumn: true,
      columns: [
        { column: 1, indicator: 'grp_mln_rub', header: /Всего, млн руб/ },
        { column: 2, indicator: 'grp_per_capita_rub', header: /На душу населения, руб/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '13.8',
      chapter: 'R_13.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        {
          column: 1,
          indicator: 'investment_mln_rub',
          header: /Млн руб\. \(в фактически/,
          ...(edition === 2022 && {
            misprintedUnit: {
              factor: 1000,
              reason:
                'printed in billions under a "Млн руб." header: its Russia row, 22 945,4, is the 22 945 384 mln ' +
                'roubles of t. 13.2 for 2021; multiplied by 1000',
            },
          }),
        },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: edition === 2023 ? '21.15' : '21.17',
      chapter: 'R_21.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        {
          column: 1,
          indicator: 'organisations_mobile_internet_pct',
          header: /^Организации.*Мобильный Интернет/,
        },
        {
          column: 2,
          indicator: 'organisations_fixed_internet_pct',
          header: /^Организации.*Фиксированный Интернет/,
        },
        {
          column: 3,
          indicator: 'organisations_broadband_pct',
          header: /^Организации.*широкополос- ?ный доступ/,
        },
        { column: 4, indicator: 'households_internet_pct', header: /^Домашние хозяйства.*\| сеть Интернет/ },
        {
          column: 5,
          indicator: 'households_broadband_pct',
          header: /^Домашние хозяйства.*широкополос- ?ный доступ/,
        },
        {
          column: 6,
          indicator: 'population_internet_pct',
          header: /^Население, использовав- ?шее сеть Интернет/,
        },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '22.33',
      chapter: 'R_22.docx',
      period: year(edition),
      englishColumn: true,
      columns: [
        { column: 1, indicator: 'rd_personnel', header: /персонала, занятого научными исследованиями/ },
        {
          column: 2,
          indicator: 'rd_spending_bn_rub',
          header: /Внутренние затраты на научные исследования.*млрд руб/,
        },
        {
          column: 3,
          indicator: 'advanced_technologies_developed',
          header: /разработанных передовых производственных/,
        },
        {
          column: 4,
          indicator: 'advanced_technologies_used',
          header: /используемых передовых производственных/,
        },
        { column: 5, indicator: 'innovation_activity_pct', header: /Уровень инновационной активности/ },
      ],
    },
    {
      kind: 'regional',
      edition,
      table: '25.4',
      chapter: 'R_25.docx',
      // Both editions print 2021: no regional trade was published for 2022.
      period: '2021',
      englishColumn: true,
      columns: [
        { column: 1, indicator: 'exports_mln_usd', header: /^Всего.*Экспорт/ },
        { column: 2, indicator: 'imports_mln_usd', header: /^Всего.*Импорт/ },
        { column: 3, indicator: 'exports_cis_mln_usd', header: /со странами СНГ.*Экспорт/ },
        { column: 4, indicator: 'imports_cis_mln_usd', header: /со странами СНГ.*Импорт/ },
        { column: 5, indicator: 'exports_noncis_mln_usd', header: /дальнего зарубежья.*Экспорт/ },
        { column: 6, indicator: 'imports_noncis_mln_usd', header: /дальнего зарубежья.*Импорт/ },
      ],
    },
    {
      kind: 'country',
      edition,
      table: '4.21',
      chapter: 'R_04.docx',
      englishColumn: true,
      columns: [{ header: /^\d{4}$/, indicator: 'migrants_arrived' }],
      sections: [
        { start: /^Прибыло в Российскую Федерацию/, indicator: 'migrants_arrived' },
        { start: /^Выбыло из Российской Федерации/, indicator: 'migrants_departed' },
      ],
    },
    {
      kind: 'country',
      edition,
      table: '7.34',
      chapter: 'R_07.docx',
      englishColumn: true,
      columns: [{ header: /^\d{4}\/\d{4}$/, indicator: 'foreign_students_cis_public_thou' }],
    },
    {
      kind: 'country',
      edition,
      table: '7.35',
      chapter: 'R_07.docx',
      englishColumn: false,
      columns: [{ header: /^\d{4}\/\d{4} \| Численность студентов/, indicator: 'foreign_students_thou' }],
    },
    {
      kind: 'country',
      edition,
      table: '10.7',
      chapter: 'R_10.docx',
      englishColumn: true,
      columns: [{ header: /^\d{4}$/, indicator: 'inbound_trips_thou' }],
    },
    {
      kind: 'country',
      edition,
      table: '10.8',
      chapter: 'R_10.docx',
      englishColumn: true,
      columns: [{ header: /^\d{4}$/, indicator: 'outbound_trips_thou' }],
    },
    {
      kind: 'country',
      edition,
      table: '13.13',
      chapter: 'R_13.docx',
      englishColumn: true,
      columns: [{ header: /^\d{4}$/, indicator: 'fdi_from_mln_usd' }],
    },
    {
      kind: 'country',
      edition,
      table: '25.5',
      chapter: 'R_25.docx',
      englishColumn: true,
      columns: TRADE_BY_COUNTRY,
    },
    {
      kind: 'country',
      edition,
      table: '25.7',
      chapter: 'R_25.docx',
      englishColumn: true,
      columns: TRADE_BY_COUNTRY,
    },
  ]),
];

/** Where an indicator comes from, for the catalogue: the table in each edition. */
export interface RosstatIndicator extends IndicatorRow {
  /** "regional" (per federal subject) or "country" (Russia's figure per partner country). */
  level: 'regional' | 'country';
  tables: string;
  /** The unit in Russian (`unit` is the English one the store keeps). */
  unit_ru: string;
}

const ind = (
  level: RosstatIndicator['level'],
  id: string,
  name_en: string,
  name_ru: string,
  [unit, unit_ru]: readonly [en: string, ru: string],
  direction: number,
  tables: string,
  description_en: string,
  description_ru: string,
): RosstatIndicator => ({
  id,
  name_en,
  name_ru,
  unit,
  unit_ru,
  direction,
  description_en,
  description_ru,
  source_id: ROSSTAT_SOURCE_ID,
  level,
  tables,
});

/** Indicator metadata, IndicatorRow-shaped (plus level and tables), for the catalogue. */
export const ROSSTAT_INDICATORS: RosstatIndicator[] = [
  ind(
    'regional',
    'area_thou_km2',
    'Area',
    'Площадь территории',
    ['thousand km²', 'тыс. км²'],
    0,
    'RSY t. 2.1 (1 January)',
    'Official area (Rosreestr) at 1 January of the edition year; context.',
    'Площадь по данным Росреестра на 1 января года издания; контекст.',
  ),
  ind(
    'regional',
    'population_thou',
    'Resident population',
    'Численность населения',
    ['thousand persons', 'тыс. человек'],
    0,
    'RSY t. 2.1 (1 January)',
    'Resident population at 1 January of the edition year (2023 edition: revised with the 2020 census); a denominator.',
    'Численность постоянного населения на 1 января года издания; знаменатель.',
  ),
  ind(
    'regional',
    'life_expectancy_years',
    'Life expectancy at birth',
    'Ожидаемая продолжительность жизни при рождении',
    ['years', 'лет'],
    1,
    'RSY t. 4.2',
    'Both sexes.',
    'Оба пола.',
  ),
  ind(
    'regional',
    'net_migration_per_10k',
    'Net migration rate',
    'Коэффициент миграционного прироста',
    ['per 10,000 population', 'на 10 000 человек населения'],
    1,
    'RSY t. 4.2',
    'Migration growth per 10,000 population (attractiveness of the region).',
    'Миграционный прирост на 10 000 человек населения.',
  ),
  ind(
    'regional',
    'students_higher_thou',
    'Students in higher education',
    'Студенты программ бакалавриата, специалитета, магистратуры',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 7.2',
    'Students in bachelor, specialist and master programmes.',
    'Численность студентов, обучающихся по программам бакалавриата, специалитета, магистратуры.',
  ),
  ind(
    'regional',
    'students_vocational_thou',
    'Students in mid-level vocational programmes',
    'Студенты программ подготовки специалистов среднего звена',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 7.2',
    'Students in programmes for mid-level specialists.',
    'Численность студентов, обучающихся по программам подготовки специалистов среднего звена.',
  ),
  ind(
    'regional',
    'heritage_sites',
    'Cultural heritage sites',
    'Объекты культурного наследия',
    ['sites', 'объектов'],
    1,
    'RSY t. 9.14',
    'Number of cultural heritage sites (register of heritage objects).',
    'Число объектов культурного наследия.',
  ),
  ind(
    'regional',
    'archaeological_sites',
    'Archaeological heritage sites',
    'Объекты археологического наследия',
    ['sites', 'объектов'],
    1,
    'RSY t. 9.14',
    'Number of archaeological heritage sites.',
    'Число объектов археологического наследия.',
  ),
  ind(
    'regional',
    'public_libraries',
    'Public libraries',
    'Общедоступные библиотеки',
    ['libraries', 'библиотек'],
    1,
    'RSY t. 9.14',
    'Number of public libraries.',
    'Число общедоступных библиотек.',
  ),
  ind(
    'regional',
    'leisure_organisations',
    'Culture and leisure organisations',
    'Организации культурно-досугового типа',
    ['organisations', 'организаций'],
    1,
    'RSY t. 9.14',
    'Number of culture and leisure organisations (clubs, houses of culture).',
    'Число организаций культурно-досугового типа.',
  ),
  ind(
    'regional',
    'accommodation_establishments',
    'Collective accommodation establishments',
    'Коллективные средства размещения',
    ['establishments', 'средств размещения'],
    1,
    'RSY t. 10.15',
    'Number of collective accommodation establishments (hotels and similar).',
    'Число коллективных средств размещения.',
  ),
  ind(
    'regional',
    'accommodation_rooms_thou',
    'Rooms in collective accommodation',
    'Номера в коллективных средствах размещения',
    ['thousand rooms', 'тыс. номеров'],
    1,
    'RSY t. 10.15',
    'Number of rooms, thousands.',
    'Число номеров, тыс.',
  ),
  ind(
    'regional',
    'accommodation_beds_thou',
    'Beds in collective accommodation',
    'Места в коллективных средствах размещения',
    ['thousand beds', 'тыс. мест'],
    1,
    'RSY t. 10.15',
    'Number of beds, thousands.',
    'Число мест, тыс.',
  ),
  ind(
    'regional',
    'accommodation_nights_thou',
    'Nights spent in collective accommodation',
    'Ночевки в коллективных средствах размещения',
    ['thousand nights', 'тыс. ночёвок'],
    1,
    'RSY t. 10.15',
    'Nights spent by visitors, thousands.',
    'Число ночевок, тыс.',
  ),
  ind(
    'regional',
    'accommodation_guests_thou',
    'Guests of collective accommodation',
    'Лица, размещенные в коллективных средствах размещения',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 10.15',
    'Visitors accommodated, thousands.',
    'Численность размещенных лиц, тыс. человек.',
  ),
  ind(
    'regional',
    'tourists_sent_domestic_thou',
    'Tourists sent on tours within Russia',
    'Туристы, отправленные турфирмами в туры по России',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 10.15',
    'Russian tourists sent on tours within Russia by the travel firms of the region.',
    'Число российских туристов, отправленных турфирмами региона в туры по России.',
  ),
  ind(
    'regional',
    'tourists_sent_abroad_thou',
    'Tourists sent on tours abroad',
    'Туристы, отправленные турфирмами в туры за рубеж',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 10.15',
    'Russian tourists sent on tours abroad by the travel firms of the region.',
    'Число российских туристов, отправленных турфирмами региона в туры за рубеж.',
  ),
  ind(
    'regional',
    'grp_mln_rub',
    'Gross regional product',
    'Валовой региональный продукт',
    ['million roubles', 'млн рублей'],
    1,
    'RSY t. 12.19 (2022 ed.), 12.22 (2023 ed.)',
    'GRP at current prices; the 2022 edition gives 2020, the 2023 edition 2021.',
    'ВРП в текущих ценах; издание 2022 г. — за 2020 г., 2023 г. — за 2021 г.',
  ),
  ind(
    'regional',
    'grp_per_capita_rub',
    'Gross regional product per capita',
    'Валовой региональный продукт на душу населения',
    ['roubles', 'рублей'],
    1,
    'RSY t. 12.19 (2022 ed.), 12.22 (2023 ed.)',
    'GRP per capita at current prices.',
    'ВРП на душу населения в текущих ценах.',
  ),
  ind(
    'regional',
    'investment_mln_rub',
    'Investment in fixed capital',
    'Инвестиции в основной капитал',
    ['million roubles', 'млн рублей'],
    1,
    'RSY t. 13.8',
    'At current prices. The 2022 edition prints billions under a header reading "million roubles" (its Russia row equals t. 13.2 ' +
      'in billions); those figures are multiplied by 1000, as each one’s source reference says.',
    'В фактически действовавших ценах. Издание 2022 г. печатает миллиарды под заголовком «Млн руб.» (строка ' +
      '«Российская Федерация» равна т. 13.2 в миллиардах); эти цифры умножены на 1000, о чём говорит ссылка на источник.',
  ),
  ind(
    'regional',
    'organisations_mobile_internet_pct',
    'Organisations using mobile internet',
    'Организации, использовавшие мобильный Интернет',
    ['%', '%'],
    1,
    'RSY t. 21.17 (2022 ed.), 21.15 (2023 ed.)',
    'Percent of surveyed organisations.',
    'В процентах от общего числа обследованных организаций.',
  ),
  ind(
    'regional',
    'organisations_fixed_internet_pct',
    'Organisations using fixed internet',
    'Организации, использовавшие фиксированный Интернет',
    ['%', '%'],
    1,
    'RSY t. 21.17 (2022 ed.), 21.15 (2023 ed.)',
    'Percent of surveyed organisations.',
    'В процентах от общего числа обследованных организаций.',
  ),
  ind(
    'regional',
    'organisations_broadband_pct',
    'Organisations using broadband internet',
    'Организации, использовавшие широкополосный доступ к сети Интернет',
    ['%', '%'],
    1,
    'RSY t. 21.17 (2022 ed.), 21.15 (2023 ed.)',
    'Fixed and/or mobile broadband; percent of surveyed organisations.',
    'Фиксированный и/или мобильный; в процентах от общего числа обследованных организаций.',
  ),
  ind(
    'regional',
    'households_internet_pct',
    'Households with internet access',
    'Домашние хозяйства, имевшие доступ к сети Интернет',
    ['%', '%'],
    1,
    'RSY t. 21.17 (2022 ed.), 21.15 (2023 ed.)',
    'Percent of all households.',
    'В процентах от общего числа домохозяйств.',
  ),
  ind(
    'regional',
    'households_broadband_pct',
    'Households with broadband access',
    'Домашние хозяйства, имевшие широкополосный доступ к сети Интернет',
    ['%', '%'],
    1,
    'RSY t. 21.17 (2022 ed.), 21.15 (2023 ed.)',
    'Percent of all households.',
    'В процентах от общего числа домохозяйств.',
  ),
  ind(
    'regional',
    'population_internet_pct',
    'Population using the internet',
    'Население, использовавшее сеть Интернет',
    ['%', '%'],
    1,
    'RSY t. 21.17 (2022 ed.), 21.15 (2023 ed.)',
    'Percent of the population aged 15–74.',
    'В процентах от численности населения в возрасте 15–74 лет.',
  ),
  ind(
    'regional',
    'rd_personnel',
    'R&D personnel',
    'Персонал, занятый научными исследованиями и разработками',
    ['persons', 'человек'],
    1,
    'RSY t. 22.33',
    'Personnel engaged in research and development.',
    'Численность персонала, занятого научными исследованиями и разработками.',
  ),
  ind(
    'regional',
    'rd_spending_bn_rub',
    'Gross domestic expenditure on R&D',
    'Внутренние затраты на научные исследования и разработки',
    ['billion roubles', 'млрд рублей'],
    1,
    'RSY t. 22.33',
    'At current prices.',
    'В фактически действовавших ценах.',
  ),
  ind(
    'regional',
    'advanced_technologies_developed',
    'Advanced manufacturing technologies developed',
    'Разработанные передовые производственные технологии',
    ['technologies', 'технологий'],
    1,
    'RSY t. 22.33',
    'Number developed in the year.',
    'Число разработанных за год.',
  ),
  ind(
    'regional',
    'advanced_technologies_used',
    'Advanced manufacturing technologies in use',
    'Используемые передовые производственные технологии',
    ['technologies', 'технологий'],
    1,
    'RSY t. 22.33',
    'Number in use.',
    'Число используемых.',
  ),
  ind(
    'regional',
    'innovation_activity_pct',
    'Innovation activity of organisations',
    'Уровень инновационной активности организаций',
    ['%', '%'],
    1,
    'RSY t. 22.33',
    'Share of organisations with innovation activity.',
    'Удельный вес организаций, осуществлявших инновационную деятельность.',
  ),
  ind(
    'regional',
    'exports_mln_usd',
    'Exports',
    'Экспорт',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.4 (2021 in both editions)',
    'Exports of the region’s participants in foreign trade.',
    'Экспорт участников внешнеэкономической деятельности региона.',
  ),
  ind(
    'regional',
    'imports_mln_usd',
    'Imports',
    'Импорт',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.4 (2021 in both editions)',
    'Imports of the region’s participants in foreign trade.',
    'Импорт участников внешнеэкономической деятельности региона.',
  ),
  ind(
    'regional',
    'exports_cis_mln_usd',
    'Exports to CIS countries',
    'Экспорт в страны СНГ',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.4',
    'Exports to CIS countries.',
    'Экспорт в страны СНГ.',
  ),
  ind(
    'regional',
    'imports_cis_mln_usd',
    'Imports from CIS countries',
    'Импорт из стран СНГ',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.4',
    'Imports from CIS countries.',
    'Импорт из стран СНГ.',
  ),
  ind(
    'regional',
    'exports_noncis_mln_usd',
    'Exports to non-CIS countries',
    'Экспорт в страны дальнего зарубежья',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.4',
    'Exports to non-CIS countries.',
    'Экспорт в страны дальнего зарубежья.',
  ),
  ind(
    'regional',
    'imports_noncis_mln_usd',
    'Imports from non-CIS countries',
    'Импорт из стран дальнего зарубежья',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.4',
    'Imports from non-CIS countries.',
    'Импорт из стран дальнего зарубежья.',
  ),
  ind(
    'country',
    'ru_exports_to_mln_usd',
    'Russia’s exports to the country',
    'Экспорт России в страну',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.5 (CIS), 25.7 (non-CIS)',
    'At current prices, per year printed (2000, 2010 and the last three years).',
    'В фактически действовавших ценах.',
  ),
  ind(
    'country',
    'ru_imports_from_mln_usd',
    'Russia’s imports from the country',
    'Импорт России из страны',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 25.5 (CIS), 25.7 (non-CIS)',
    'At current prices, per year printed.',
    'В фактически действовавших ценах.',
  ),
  ind(
    'country',
    'foreign_students_thou',
    'Foreign students from the country',
    'Иностранные студенты из страны',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 7.35',
    'Students in bachelor, specialist and master programmes (all universities and research organisations), at the start of the academic year; only the countries Rosstat prints.',
    'Студенты программ бакалавриата, специалитета, магистратуры, на начало учебного года; только страны, которые печатает Росстат.',
  ),
  ind(
    'country',
    'foreign_students_cis_public_thou',
    'Students from CIS countries in state and municipal universities',
    'Студенты из стран СНГ в государственных и муниципальных вузах',
    ['thousand persons', 'тыс. человек'],
    1,
    'RSY t. 7.34',
    'General admission, state and municipal organisations only, at the start of the academic year: a narrower count than foreign_students_thou.',
    'На условиях общего приема, только государственные и муниципальные организации, на начало учебного года.',
  ),
  ind(
    'country',
    'inbound_trips_thou',
    'Inbound tourist trips from the country',
    'Въездные туристские поездки граждан страны',
    ['thousand trips', 'тыс. поездок'],
    1,
    'RSY t. 10.7',
    'Tourist trips of the country’s citizens to Russia.',
    'Число въездных туристских поездок иностранных граждан в Россию.',
  ),
  ind(
    'country',
    'outbound_trips_thou',
    'Outbound tourist trips to the country',
    'Выездные туристские поездки в страну',
    ['thousand trips', 'тыс. поездок'],
    1,
    'RSY t. 10.8',
    'Tourist trips of Russian citizens to the country.',
    'Число выездных туристских поездок граждан России.',
  ),
  ind(
    'country',
    'fdi_from_mln_usd',
    'Foreign direct investment from the country',
    'Прямые иностранные инвестиции из страны',
    ['million USD', 'млн долларов США'],
    1,
    'RSY t. 13.13',
    'Balance of payments flows by investor country (can be negative).',
    'Сальдо операций платежного баланса по странам-инвесторам (может быть отрицательным).',
  ),
  ind(
    'country',
    'migrants_arrived',
    'International migrants arrived from the country',
    'Прибыло мигрантов из страны',
    ['persons', 'человек'],
    1,
    'RSY t. 4.21',
    'Long-term migrants arriving in Russia from the country.',
    'Прибыло в Российскую Федерацию из страны.',
  ),
  ind(
    'country',
    'migrants_departed',
    'International migrants departed to the country',
    'Выбыло мигрантов в страну',
    ['persons', 'человек'],
    1,
    'RSY t. 4.21',
    'Migrants leaving Russia for the country.',
    'Выбыло из Российской Федерации в страну.',
  ),
];

/** "RSY 2023, t. 25.4" */
export function tableRef(edition: Edition, table: string): string {
  return `RSY ${edition}, t. ${table}`;
}
