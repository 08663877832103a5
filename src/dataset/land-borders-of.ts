import type { GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf } from '../geo/rings.js';
import { PART_OF_STATE } from './partner-state.js';
import {
  deriveLandBorders,
  DEFAULT_LAND_BORDER_OPTIONS,
  type LandBorder,
  type LandBorderOptions,
  type Shape,
} from '../geo/land-borders.js';
import {
  deriveSeaProximity,
  DEFAULT_SEA_PROXIMITY_OPTIONS,
  type SeaProximity,
  type SeaProximityOptions,
} from '../geo/sea-proximity.js';
import { inUniverse, type Universe } from '../registry/region.js';
import type { BundledData } from './read-bundled.js';

/** Russia's id in world-atlas (ISO 3166-1 numeric); its outline is the inside, not a neighbour. */
const RUSSIA_NUMERIC = '643';

/** The foreign countries' outlines of each bundled data set: decoded from TopoJSON once for every derivation. */
const foreign = new WeakMap<BundledData, Shape[]>();

function countriesOf(data: BundledData): Shape[] {
  let countries = foreign.get(data);
  if (!countries) {
    const numericToIso2 = new Map(data.countries.map((c) => [c.numeric, c.iso2]));
    const world = feature(data.worldTopology, data.worldTopology.objects.countries as GeometryCollection);
    // An autonomous part of a state that conducts its foreign relations (Åland: Finland) is that state's coast.
    const byId = new Map<string, Position[][][]>();
    for (const f of world.features as Feature<Polygon | MultiPolygon>[]) {
      if (f.id === undefined || String(f.id) === RUSSIA_NUMERIC || !f.geometry) continue;
      const iso2 = numericToIso2.get(String(f.id));
      const id = iso2 === undefined ? `numeric:${f.id}` : (PART_OF_STATE[iso2]?.state ?? iso2);
      byId.set(id, [...(byId.get(id) ?? []), ...polygonsOf(f.geometry)]);
    }
    countries = [...byId].map(([id, polygons]) => ({
      id,
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0]! }
          : { type: 'MultiPolygon', coordinates: polygons },
    }));
    foreign.set(data, countries);
  }
  return countries;
}

/** Each universe's region outlines per bundled data set: the same arrays for every derivation, which share indexes. */
const regionsByUniverse = new WeakMap<BundledData, Map<Universe, Shape[]>>();

/** The bundled region outlines of one universe and the foreign countries' outlines (Russia's own excluded). */
export function shapesOf(data: BundledData, universe: Universe): { regions: Shape[]; countries: Shape[] } {
  const countries = countriesOf(data);
  let byUniverse = regionsByUniverse.get(data);
  if (!byUniverse) regionsByUniverse.set(data, (byUniverse = new Map()));
  let regions = byUniverse.get(universe);
  if (!regions) {
    const status = new Map(data.regions.map((r) => [r.iso, r]));
    regions = data.regionShapes.features
      .filter((f) => {
        const r = status.get(f.properties.iso_3166_2);
        return r !== undefined && inUniverse(r, universe);
      })
      .map((f) => ({ id: f.properties.iso_3166_2, geometry: f.geometry }));
    byUniverse.set(universe, regions);
  }
  return { regions, countries };
}

/**
 * Land borders of the bundled regions with foreign countries, for one universe: borders between two regions of
 * the universe are internal, so the answer depends on which entities count as regions.
 */
export function landBordersOf(
  data: BundledData,
  universe: Universe,
  options: LandBorderOptions = DEFAULT_LAND_BORDER_OPTIONS,
): LandBorder[] {
  const { regions, countries } = shapesOf(data, universe);
  return deriveLandBorders(regions, countries, options);
}

/** Proximity across the sea of the bundled regions to foreign countries, for one universe (docs/borders.md). */
export function seaProximityOf(
  data: BundledData,
  universe: Universe,
  options: SeaProximityOptions = DEFAULT_SEA_PROXIMITY_OPTIONS,
): SeaProximity[] {
  const { regions, countries } = shapesOf(data, universe);
  return deriveSeaProximity(regions, countries, options);
}
