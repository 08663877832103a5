import type { Position } from 'geojson';
import { builtOnce } from './built-once.js';
import type { Shape } from './land-borders.js';
import { segmentIndexOf } from './segment-index.js';

/**
 * For the vertices of region `self`: whether another region of the set has its boundary within `km`. Land borders
 * and sea proximity both ask it of the same vertices (a shared boundary is internal to both), so each vertex is
 * measured once per set of regions.
 */
export function otherRegionNear(
  regions: readonly Shape[],
  km: number,
  self: string,
): (p: Position) => boolean {
  const grid = builtOnce(regions, 'segments', () => segmentIndexOf(regions));
  const answers = builtOnce(regions, `other region near ${km} ${self}`, () => new Map<Position, boolean>());
  return (p) => {
    let near = answers.get(p);
    if (near === undefined) answers.set(p, (near = grid.nearOther(p, km, self)));
    return near;
  };
}
