import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataDir } from '../../src/dataset/data-dir.js';
import { projectBorders, projectRegions, withoutAntimeridian } from '../../src/geo/project-regions.js';

const topology = JSON.parse(
  readFileSync(
    join(dataDir(), 'ru-regions-boundaries-naturalearth', 'ru_regions_ne10m_simplified20.topojson'),
    'utf8',
  ),
) as Topology;
const alongAntimeridian = (lines: number[][][]) =>
  lines.filter((l) =>
    l.some((p, i) => i > 0 && Math.abs(p[0]!) > 179.999 && Math.abs(l[i - 1]![0]!) > 179.999),
  ).length;

describe('map projection of the regions (issue 13, finding 8)', () => {
  it('drops only the segments that run along the 180th meridian', () => {
    // Synthetic: a line that runs up the meridian in its middle, and one that only touches it.
    const cut = [
      [
        [179, 65],
        [180, 65],
        [180, 66],
        [180, 67],
        [179, 67],
      ],
      [
        [178, 60],
        [180, 61],
        [178, 62],
      ],
    ];
    expect(withoutAntimeridian(cut)).toEqual([
      [
        [179, 65],
        [180, 65],
      ],
      [
        [180, 67],
        [179, 67],
      ],
      cut[1],
    ]);
  });

  it('the bundled boundaries cut Chukotka at 180°; the borders drawn have no line there', () => {
    const all = mesh(topology, topology.objects.regions as GeometryCollection) as MultiLineString;
    expect(alongAntimeridian(all.coordinates)).toBeGreaterThan(0);
    expect(alongAntimeridian(withoutAntimeridian(all.coordinates))).toBe(0);
    expect(projectBorders(topology, 960, 540)).toMatch(/^M[\d.]/);
  });

  it('every region lies inside the frame, with its bounding box', () => {
    const shapes = projectRegions(topology, 960, 540);
    expect(shapes).toHaveLength(89);
    for (const s of shapes) {
      const [[x0, y0], [x1, y1]] = s.bounds;
      expect(x0).toBeGreaterThanOrEqual(3);
      expect(y0).toBeGreaterThanOrEqual(3);
      expect(x1).toBeLessThanOrEqual(957);
      expect(y1).toBeLessThanOrEqual(537);
    }
  });
});
