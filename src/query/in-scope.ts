import type { Universe } from '../registry/region.js';
import { inUniverse } from '../registry/region.js';
import type { Scope } from '../store/rows.js';
import type { Snapshot } from './snapshot.js';

/** Whether a row with this scope holds in the universe ('*' holds everywhere). */
export function inScope(scope: Scope | string, universe: Universe): boolean {
  return scope === '*' || scope === universe;
}

/** ISO codes of the regions in the universe. */
export function universeRegions(s: Snapshot, universe: Universe): Set<string> {
  return new Set(s.regions.filter((r) => inUniverse(r, universe)).map((r) => r.iso));
}
