import { inUniverse, type Universe } from '../registry/region.js';
import { inScope } from '../query/in-scope.js';
import type { Snapshot } from '../query/snapshot.js';

export interface TagDefinitions {
  /** Regions of the Arctic zone (configurable list with its legal source). */
  arctic: string[];
  /** Regional capitals at or above this population count as megacities. */
  megacityPopulation: number;
  /** Extra tags from a typology file: name → regions. */
  custom: Record<string, string[]>;
}

/**
 * The drivers the literature uses, as boolean tags per region: border (a land border in this universe), ethnic
 * republic (republics listed in ISO 3166-2:RU), Arctic zone, federal city, megacity (capital ≥ 1 million by
 * default), Far East (Far Eastern federal district), plus any custom tag.
 */
export function regionTags(
  s: Snapshot,
  universe: Universe,
  defs: TagDefinitions,
): Map<string, Record<string, boolean>> {
  const out = new Map<string, Record<string, boolean>>();
  const arctic = new Set(defs.arctic);
  for (const r of s.regions) {
    if (!inUniverse(r, universe)) continue;
    const border = s.ties.some(
      (t) => t.region_iso === r.iso && t.type === 'border' && inScope(t.scope, universe),
    );
    const tags: Record<string, boolean> = {
      border,
      ethnic_republic: r.type_en === 'republic' && r.status === 'iso_3166_2_ru',
      arctic: arctic.has(r.iso),
      federal_city: r.type_en === 'federal city',
      megacity:
        (r.capital_population ?? 0) >= defs.megacityPopulation ||
        (r.type_en === 'federal city' && (r.population ?? 0) >= defs.megacityPopulation),
      far_east: r.federal_district_en === 'Far Eastern',
    };
    for (const [name, list] of Object.entries(defs.custom)) tags[name] = list.includes(r.iso);
    out.set(r.iso, tags);
  }
  return out;
}
