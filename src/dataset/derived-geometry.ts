import { DEFAULT_LAND_BORDER_OPTIONS, type LandBorder } from '../geo/land-borders.js';
import { DEFAULT_SEA_PROXIMITY_OPTIONS, type SeaProximity } from '../geo/sea-proximity.js';
import type { Universe } from '../registry/region.js';
import { landBordersOf, seaProximityOf } from './land-borders-of.js';
import type { BundledData } from './read-bundled.js';

/** What the store takes from the bundled geometry: land borders and sea proximity, for each universe. */
export interface DerivedGeometry {
  landBorders: Record<Universe, LandBorder[]>;
  seaProximity: Record<Universe, SeaProximity[]>;
}

/**
 * The version of the derivation's output: raise it when a change to the derivation (src/geo) changes what it gives
 * for the same inputs, so that a derived-geometry file written before no longer matches (then `npm run data:geometry`).
 */
export const DERIVATION_VERSION = 2;

/** The bundled files the derivation reads (relative to data/): outlines, the registry's statuses, country codes. */
export const GEOMETRY_INPUT_FILES = [
  'ru-regions-boundaries-naturalearth/ru_regions_ne10m.geojson',
  'world-countries-atlas/countries-50m.json',
  'ru-federal-subjects/ru_federal_subjects.csv',
  'country-codes/country-codes.csv',
] as const;

/** The options the store's derivation runs with: part of the key, so that changing a default changes the key. */
export const DERIVATION_OPTIONS = {
  landBorders: DEFAULT_LAND_BORDER_OPTIONS,
  seaProximity: DEFAULT_SEA_PROXIMITY_OPTIONS,
};

/** Land borders and sea proximity of both universes from the bundled geometry (seconds of CPU). */
export function deriveGeometry(data: BundledData): DerivedGeometry {
  return {
    landBorders: { all: landBordersOf(data, 'all'), iso: landBordersOf(data, 'iso') },
    seaProximity: { all: seaProximityOf(data, 'all'), iso: seaProximityOf(data, 'iso') },
  };
}
