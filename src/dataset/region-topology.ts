import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { dataDir } from './data-dir.js';

/** The simplified region geometry (Natural Earth 1:10m, TopoJSON) used by maps, exports and reports. */
export function regionTopologyPath(dir: string = dataDir()): string {
  return join(dir, 'ru-regions-boundaries-naturalearth', 'ru_regions_ne10m_simplified20.topojson');
}

export function readRegionTopology(dir: string = dataDir()): Topology {
  return JSON.parse(readFileSync(regionTopologyPath(dir), 'utf8')) as Topology;
}
