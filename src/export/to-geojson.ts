import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ExportTable } from './table.js';

/** The region polygons (simplified) as GeoJSON, each with the table's row for that region as properties. */
export function regionsGeoJson(topology: Topology, table: ExportTable, key = 'iso'): unknown {
  const rows = new Map(table.rows.map((r) => [String(r[key]), r]));
  const fc = feature(topology, topology.objects.regions as GeometryCollection) as unknown as {
    type: 'FeatureCollection';
    features: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }[];
  };
  return {
    type: 'FeatureCollection',
    features: fc.features
      .filter((f) => rows.has(String(f.properties.iso_3166_2)))
      .map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { ...rows.get(String(f.properties.iso_3166_2)) },
      })),
  };
}
