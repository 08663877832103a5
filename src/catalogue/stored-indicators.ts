import type { IndicatorRow } from '../store/rows.js';
import { INDICATOR_CATALOGUE } from './indicator-catalogue.js';

/**
 * The store's `indicators` table: the catalogue's regional indicators whose values are stored as observations
 * (those computed at query time — sums and tie counts — have no rows to describe).
 */
export function storedIndicators(): IndicatorRow[] {
  return INDICATOR_CATALOGUE.filter((e) => e.level === 'region' && e.derivation.kind === 'observed').map(
    (e) => ({
      id: e.id,
      name_en: e.name_en,
      name_ru: e.name_ru,
      unit: e.unit_en,
      direction: e.direction,
      description_en: e.table ? `${e.how_en} Source: ${e.table}.` : e.how_en,
      description_ru: e.how_ru,
      source_id: e.source_id,
    }),
  );
}
