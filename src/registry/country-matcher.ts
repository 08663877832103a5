import type { Country } from './country.js';

/** Spellings used by Rosstat (and the press) that the UN and CLDR names do not give. Keyed by ISO 3166-1 alpha-2. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  GB: [
    'Великобритания',
    'Соединенное Королевство (Великобритания)',
    'Соединенное Королевство',
    'United Kingdom',
  ],
  HK: ['Гонконг', 'Сянган'],
  KG: ['Киргизия', 'Киргизская Республика'],
  KP: ['КНДР', "Korean People's Democratic Republic"],
  MD: ['Молдавия', 'Молдова'],
  TM: ['Туркмения'],
  TR: ['Турция', 'Turkey'],
  TW: ['Тайвань (Китай)', 'Тайвань'],
  US: ['США', 'USA'],
  BM: ['Бермуды', 'Bermudas'],
  CM: ['Cameroons'],
  LU: ['Luxemburg'],
};

/** Lower case, ё → е, quotes, footnote marks and punctuation removed, spaces collapsed. */
export function normaliseCountryName(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/(\s*\d\))+\s*$/, '')
    .replace(/["«»“”'’]/g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,;:]+$/, '')
    .trim();
}

export type CountryMatch =
  { kind: 'country'; iso2: string } | { kind: 'conflict'; candidates: string[] } | { kind: 'unknown' };

/**
 * Identifies countries from their names in Russian or English (UN terminology, CLDR, and Rosstat's usual
 * spellings: "Киргизия", "США", "Тайвань (Китай)"). Given both names of a bilingual row, they must agree.
 */
export class CountryMatcher {
  private readonly index = new Map<string, string>();

  constructor(countries: readonly Country[]) {
    for (const c of countries)
      for (const n of [c.nameEn, c.nameRu, ...(c.altNames ?? []), ...(EXTRA_COUNTRY_NAMES[c.iso2] ?? [])])
        if (n && !this.index.has(normaliseCountryName(n))) this.index.set(normaliseCountryName(n), c.iso2);
  }

  match(...names: string[]): CountryMatch {
    const found = new Set(
      names.map((n) => this.index.get(normaliseCountryName(n))).filter((x): x is string => x !== undefined),
    );
    if (found.size === 1) return { kind: 'country', iso2: [...found][0]! };
    if (found.size > 1) return { kind: 'conflict', candidates: [...found].sort() };
    return { kind: 'unknown' };
  }
}
