/**
 * How an indicator's values come about. `observed`: stored as published or counted at build time from the bundled
 * ties; `sum`: the sum of other indicators for the same region and period; `ties`: counted at query time from the
 * region's own ties in the store (so imported ties count at once).
 */
export type Derivation =
  | { kind: 'observed' }
  | { kind: 'sum'; of: string[] }
  | { kind: 'ties'; measure: 'own_ties' | 'partner_countries' | 'sea_proximity_km' };

/** One indicator, described once: the store, the API, the methodology view and docs/indicators.md read it. */
export interface CatalogueEntry {
  id: string;
  /** region: one value per federal subject; country: Russia's figure per partner country. */
  level: 'region' | 'country';
  name_en: string;
  name_ru: string;
  unit_en: string;
  unit_ru: string;
  /** +1: more is more active or more potential; -1: less is more; 0: context or denominator, not scored. */
  direction: -1 | 0 | 1;
  /** What the indicator measures; an index takes each concept at most once. */
  concept: string;
  /** The dataset in data/datasets.json, or 'derived'. */
  source_id: string;
  /** Where in the source, e.g. "Russian Statistical Yearbook 2022 and 2023, t. 25.4". */
  table: string | null;
  /** The period(s) the bundled figures refer to. */
  period: string;
  /** False for undated lists (twinning, missions, borders): used whatever period an index is built for. */
  dated: boolean;
  derivation: Derivation;
  how_en: string;
  how_ru: string;
  rationale_en: string;
  rationale_ru: string;
  reference: string;
}
