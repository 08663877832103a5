import { geoArea, geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface RegionShape {
  iso: string;
  d: string;
  centroid: [number, number];
}

/**
 * d3-geo wants clockwise outer rings (spherical convention); GeoJSON files usually have the opposite. A
 * polygon whose area exceeds a hemisphere is wound the wrong way and is reversed.
 */
function rewind(f: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const flip = (rings: number[][][]) => rings.map((r) => [...r].reverse());
  const geometry =
    f.geometry.type === 'Polygon'
      ? { ...f.geometry, coordinates: flip(f.geometry.coordinates) }
      : { ...f.geometry, coordinates: f.geometry.coordinates.map(flip) };
  return { ...f, geometry } as Feature<Polygon | MultiPolygon>;
}

/** SVG paths of the regions in an Albers-type conic projection centred on 100°E, fitted to width × height. */
export function projectRegions(topology: Topology, width: number, height: number): RegionShape[] {
  const fc = feature(
    topology,
    topology.objects.regions as GeometryCollection,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string }>;
  const features = fc.features.map(rewind);
  const projection = geoConicEqualArea()
    .parallels([52, 64])
    .rotate([-100, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'FeatureCollection', features },
    );
  const path = geoPath(projection);
  return features.map((f) => ({
    iso: f.properties!.iso_3166_2,
    d: path(f) ?? '',
    centroid: path.centroid(f),
  }));
}
