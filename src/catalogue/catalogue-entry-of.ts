import type { CatalogueEntry } from './catalogue-entry.js';
import { INDICATOR_CATALOGUE } from './indicator-catalogue.js';

const BY_ID = new Map(INDICATOR_CATALOGUE.map((e) => [e.id, e]));

/**
 * The catalogue entry of an indicator.
 * @example catalogueEntry('consular_posts').unit_en // 'posts'
 * @throws when the id is not in the catalogue
 */
export function catalogueEntry(id: string): CatalogueEntry {
  const e = BY_ID.get(id);
  if (!e)
    throw new Error(
      `indicator ${JSON.stringify(id)} is not in the catalogue (src/catalogue/indicator-catalogue.ts)`,
    );
  return e;
}

/** The entry if there is one (imported indicators may be outside the catalogue). */
export function findCatalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}
