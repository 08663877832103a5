/**
 * Spellings of region names met in Rosstat tables, laws (Constitution art. 65) and Wikipedia that the registry's
 * own name columns do not produce. Keyed by ISO 3166-2 code.
 */
export const EXTRA_ALIASES: Record<string, string[]> = {
  'RU-AD': ['Республика Адыгея (Адыгея)', 'Adygeya', 'Adygea Republic'],
  'RU-AL': ['Gorno-Altai Republic', 'Altai Republic', 'Republic of Altai'],
  'RU-ALT': ['Altai Territory', 'Altay Krai'],
  'RU-BA': ['Башкирия', 'Bashkiria'],
  'RU-BU': ['Buryatia'],
  'RU-CE': ['Чечня', 'Chechnya'],
  'RU-CHU': ['Чукотка', 'Chukotka', 'Chukotka Autonomous District'],
  'RU-CU': ['Чувашская Республика - Чувашия', 'Чувашия', 'Chuvashia'],
  'RU-IN': ['Ingushetia'],
  'RU-KB': ['Кабардино-Балкария', 'Kabardino-Balkaria'],
  'RU-KC': ['Карачаево-Черкесия', 'Karachay-Cherkessia', 'Karachayevo-Cherkessia'],
  'RU-KEM': ['Кемеровская область - Кузбасс', 'Кузбасс', 'Kuzbass', 'Kemerovo Oblast - Kuzbass'],
  'RU-KHM': [
    'Ханты-Мансийский автономный округ - Югра',
    'Ханты-Мансийский автономный округ',
    'Югра',
    'Yugra',
    'Khanty-Mansi Autonomous Okrug - Yugra',
    'Khanty-Mansiysk Autonomous Okrug',
  ],
  'RU-KK': ['Khakassia', 'Khakasia'],
  'RU-KL': ['Kalmykia'],
  'RU-KR': ['Karelia'],
  'RU-KDA': ['Kuban'],
  'RU-MOS': ['Подмосковье', 'Moscow Region', 'Moscow Oblast'],
  'RU-MOW': ['Moscow City', 'City of Moscow', 'Москва (город)'],
  'RU-PRI': ['Приморье', 'Primorye', 'Primorsky', 'Primorsky Territory', 'Maritime Territory'],
  'RU-SA': ['Республика Саха (Якутия)', 'Якутия', 'Yakutia', 'Sakha (Yakutia)', 'Sakha Republic (Yakutia)'],
  'RU-SE': ['Северная Осетия', 'Северная Осетия - Алания', 'North Ossetia', 'North Ossetia - Alania'],
  'RU-SPE': ['Петербург', 'St Petersburg', 'Saint-Petersburg', 'Sankt-Peterburg'],
  'RU-TA': ['Республика Татарстан (Татарстан)'],
  'RU-TY': ['Тува', 'Республика Тува', 'Tuva', 'Tyva', 'Tyva Republic'],
  'RU-UD': ['Удмуртия', 'Udmurtia'],
  'RU-YAN': ['Ямал', 'Yamal-Nenets Autonomous Okrug', 'Yamalia'],
  'RU-YEV': ['Еврейская АО', 'Jewish Autonomous Region'],
  'RU-ZAB': ['Забайкалье', 'Zabaikalsky Krai', 'Transbaikal Krai', 'Transbaikalia'],
  'UA-09': ['ЛНР', 'Луганская область', 'Lugansk', 'LNR', 'Luhansk Oblast'],
  'UA-14': ['ДНР', 'Донецкая область', 'DNR', 'Donetsk Oblast'],
  'UA-23': ['Zaporozhye', 'Zaporizhzhia Oblast'],
  'UA-40': ['Sevastopol City'],
  'UA-43': ['Крым', 'Республика Крым', 'Crimea', 'Autonomous Republic of Crimea'],
};

/** Names that Rosstat and others use for more than one region: they are never guessed. */
export const AMBIGUOUS_NAMES: Record<string, string[]> = {
  Алтай: ['RU-AL', 'RU-ALT'],
  Altai: ['RU-AL', 'RU-ALT'],
  Altay: ['RU-AL', 'RU-ALT'],
};

/** Names of aggregates that statistical tables carry beside regions (country, federal districts). */
export const AGGREGATE_NAME =
  /(российская федерация|россия|russian federation|russia|федеральный округ|federal district)/;
