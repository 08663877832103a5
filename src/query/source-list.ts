import type { SourceRow } from '../store/rows.js';
import type { Snapshot } from './snapshot.js';

export interface SourceUsage extends SourceRow {
  ties: number;
  observations: number;
}

/** Every source with how many ties and observations cite it. */
export function sourceList(s: Snapshot): SourceUsage[] {
  return s.sources.map((src) => ({
    ...src,
    ties: s.ties.filter((t) => t.source_id === src.id).length,
    observations: s.observations.filter((o) => o.source_id === src.id).length,
  }));
}
