import { geoArea, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface RegionShape {
  iso: string;
  d: string;
  centroid: [number, number];
  /** Projected bounding box [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
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

function regionFeatures(topology: Topology) {
  const fc = feature(
    topology,
    topology.objects.regions as GeometryCollection,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string }>;
  return fc.features.map(rewind);
}

/** An Albers-type conic projection centred on 100°E, fitted to width × height. */
function regionProjection(
  features: Feature<Polygon | MultiPolygon>[],
  width: number,
  height: number,
): GeoProjection {
  return geoConicEqualArea()
    .parallels([52, 64])
    .rotate([-100, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'FeatureCollection', features },
    );
}

/** SVG paths of the regions in an Albers-type conic projection centred on 100°E, fitted to width × height. */
export function projectRegions(topology: Topology, width: number, height: number): RegionShape[] {
  const features = regionFeatures(topology);
  const path = geoPath(regionProjection(features, width, height));
  return features.map((f) => ({
    iso: f.properties!.iso_3166_2,
    d: path(f) ?? '',
    centroid: path.centroid(f),
    bounds: path.bounds(f),
  }));
}

const onAntimeridian = (p: Position) => Math.abs(p[0]!) > 179.999;

/**
 * Lines without their segments along the 180th meridian. The source cuts Chukotka there into pieces that a map
 * draws as one region: the cut is no border.
 */
export function withoutAntimeridian(lines: Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [line[0]!];
    for (let i = 1; i < line.length; i++) {
      if (onAntimeridian(line[i - 1]!) && onAntimeridian(line[i]!)) {
        if (run.length > 1) out.push(run);
        run = [line[i]!];
      } else run.push(line[i]!);
    }
    if (run.length > 1) out.push(run);
  }
  return out;
}

/** The regions' borders as one SVG path, in the projection of `projectRegions` (each shared border drawn once). */
export function projectBorders(topology: Topology, width: number, height: number): string {
  const path = geoPath(regionProjection(regionFeatures(topology), width, height));
  const lines = mesh(topology, topology.objects.regions as GeometryCollection) as MultiLineString;
  return path({ type: 'MultiLineString', coordinates: withoutAntimeridian(lines.coordinates) }) ?? '';
}
