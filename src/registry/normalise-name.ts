/** Latin letters that look like Cyrillic ones; Rosstat tables contain such typos ("Федеpация" with a Latin p). */
const LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

/** Abbreviations used by ФИАС/КЛАДР and in statistical tables, expanded so that both spellings meet. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(^|\s)респ\.?(?=\s|$)/g, '$1республика'],
  [/(^|\s)обл\.?(?=\s|$)/g, '$1область'],
  [/(^|\s)аобл\.?(?=\s|$)/g, '$1автономная область'],
  [/(^|\s)ао(?=\s|$)/g, '$1автономный округ'],
  [/(^|\s)а\.\s?о\.?(?=\s|$)/g, '$1автономный округ'],
  [/(^|\s)(г|гор|город)\.?(?=\s|$)/g, '$1'],
  [/(^|\s)г\.(?=\S)/g, '$1'],
  [/(^|\s)авт\.?(?=\s|$)/g, '$1автономный'],
  [/(^|\s)город федерального значения(?=\s|$)/g, '$1'],
  [/(^|\s)st\.?(-|\s|$)/g, '$1saint '],
];

/**
 * Normalise a region name for matching: lower case, ё → е, Cyrillic look-alikes, footnote marks ("1)", "*",
 * superscripts), dashes and slashes unified, abbreviations expanded, spaces collapsed.
 * @example normaliseName('г. Москва 1)') // 'москва'
 * @example normaliseName('Респ Саха /Якутия/') // 'республика саха (якутия)'
 */
export function normaliseName(raw: string): string {
  let s = raw.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
  if (/[а-я]/.test(s)) s = s.replace(/[acepxykmthb]/g, (ch) => LOOKALIKES[ch] ?? ch);
  s = s
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/["«»“”„'’]/g, '')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .replace(/(\s*\d+\))+\s*$/g, '')
    .replace(/\*+/g, '')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\/\s*([^/]+?)\s*\//g, '($1)')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)\s*/g, ') ')
    .replace(/[.,;:]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/** Words that name the kind of unit, dropped to build a looser key ("Republic of Tatarstan" ~ "Tatarstan"). */
const TYPE_WORDS = new Set([
  'республика',
  'область',
  'край',
  'автономный',
  'автономная',
  'округ',
  'народная',
  'republic',
  'oblast',
  'region',
  'province',
  'krai',
  'kray',
  'territory',
  'autonomous',
  'okrug',
  'district',
  'area',
  'of',
  'the',
  'city',
  'federal',
  'peoples',
]);

/**
 * A looser key: the normalised name's words minus words naming the type of unit, sorted.
 * @example nameKey('Republic of Tatarstan') === nameKey('Татарстан') // false: scripts differ
 * @example nameKey('Republic of Tatarstan') // 'tatarstan'
 */
export function nameKey(normalised: string): string {
  return normalised
    .replace(/[()]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !TYPE_WORDS.has(w))
    .map(foldLatin)
    .sort()
    .join(' ');
}

/**
 * Fold the transliteration variants of Russian names in Latin script (GeoNames, BGN, ISO 9 and press usage):
 * Buryatiya ~ Buryatia, Krasnodarskiy ~ Krasnodar, Oryol ~ Orel, Jaroslavl ~ Yaroslavl, Voronezj ~ Voronezh.
 */
function foldLatin(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/^j/, 'y')
    .replace(/zj/g, 'zh')
    .replace(/yo/g, 'e')
    .replace(/ye/g, 'e')
    .replace(/ss/g, 's')
    .replace(/s?k(aya|aja|iy|ii|ij|y)$/, '')
    .replace(/sk$/, '')
    .replace(/iya$/, 'ia')
    .replace(/ia$/, 'i')
    .replace(/iy$/, 'i');
}
