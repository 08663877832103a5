import type { Universe } from '../registry/region.js';
import type { TieRow } from '../store/rows.js';
import { inScope } from './in-scope.js';
import { isRegionalTie } from './regional-tie.js';
import type { Snapshot } from './snapshot.js';

/** Geometry-derived ties (land borders) are measured, not listed by a source that may miss entries. */
const DERIVED = 'derived';

/** A tie recorded by a source that could have missed or listed it: twinning, missions, imports. */
export const isSampledTie = (t: TieRow): boolean => isRegionalTie(t) && t.source_id !== DERIVED;

/**
 * Per region: each tie source → how many of the region's ties it lists (every source of sampled ties named, 0 where
 * it lists none), in the universe's scope. Read from the ties as the sources list them (`listed_ties`), so a store
 * whose ties were reweighted — a scenario's freeze, a bootstrap draw, a source left out — keeps the coverage of the
 * store it came from: replications move the values, not what the sources cover.
 */
export function tieSourceCoverage(
  s: Pick<Snapshot, 'ties' | 'listed_ties'>,
  universe: Universe,
): Map<string, Record<string, number>> {
  const ties = (s.listed_ties ?? s.ties).filter(
    (t) => t.region_iso && isSampledTie(t) && inScope(t.scope, universe),
  );
  const sources = [...new Set(ties.map((t) => t.source_id))].sort();
  const out = new Map<string, Record<string, number>>();
  for (const t of ties) {
    let c = out.get(t.region_iso!);
    if (!c) out.set(t.region_iso!, (c = Object.fromEntries(sources.map((x) => [x, 0]))));
    c[t.source_id]!++;
  }
  return out;
}

/** The sources of `tieSourceCoverage` for a region no source lists: every one at 0. */
export const noCoverage = (coverage: Map<string, Record<string, number>>): Record<string, number> => {
  const [any] = coverage.values();
  return Object.fromEntries(Object.keys(any ?? {}).map((x) => [x, 0]));
};

/**
 * Whether the tie data speak about a region: at least `minSources` tie sources (1 unless a typology asks for more)
 * list it, as the classification's "insufficient data" rule asks. The indices do not use it yet. A region no
 * source lists has missing tie indicators, not zero ones: absence from a source is not inactivity.
 */
export const isTieCovered = (sources: Record<string, number> | undefined, minSources = 1): boolean =>
  Object.values(sources ?? {}).filter((n) => n > 0).length >= minSources;
