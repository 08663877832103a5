import { findCatalogueEntry } from './catalogue-entry-of.js';

/** The unit of an indicator in both languages. */
export interface IndicatorUnit {
  unit_en: string;
  /** Null for an imported indicator outside the catalogue: its unit is shown as imported. */
  unit_ru: string | null;
}

/** Units from the catalogue; an indicator outside it keeps the unit stored with it, in English only. */
export function indicatorUnit(id: string, stored: string): IndicatorUnit {
  const e = findCatalogueEntry(id);
  return e ? { unit_en: e.unit_en, unit_ru: e.unit_ru } : { unit_en: stored, unit_ru: null };
}
