import { reweightTies, TIE_DERIVED } from '../dataset/reweight-ties.js';
import { mulberry32 } from '../engine/random/mulberry32.js';
import { isRegionalTie } from '../query/regional-tie.js';
import type { Snapshot } from '../query/snapshot.js';
import type { TieRow } from '../store/rows.js';

/** Geometry-derived ties (land borders) are measured, not listed by a source that may miss entries. */
const DERIVED = 'derived';

/** A tie recorded by a source that could have missed or listed it: twinning, missions, imports. */
export const isSampledTie = (t: TieRow): boolean => isRegionalTie(t) && t.source_id !== DERIVED;

/** Poisson(1) draws (Knuth's method): the multiplicity of a tie in one Poisson bootstrap replicate. */
function poissonOne(rand: () => number): number {
  const limit = Math.exp(-1);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

/**
 * `b` Poisson bootstrap replicates of the store over the sampled ties: each tie is drawn k ~ Poisson(1) times
 * (its weight; 0 drops it) and the tie-derived indicators follow. Seeded: the same seed gives the same replicates.
 * Land borders and federal ties keep their weight. Lazy, so only one replicate is held at a time.
 */
export function* tieBootstrap(s: Snapshot, b: number, seed: number): Generator<Snapshot> {
  const rand = mulberry32(seed ^ 0x5bd1e995);
  for (let i = 0; i < b; i++) {
    const w = new Map<TieRow, number>();
    for (const t of s.ties) if (isSampledTie(t)) w.set(t, poissonOne(rand));
    yield reweightTies(s, (t) => w.get(t) ?? t.weight ?? 1, `bootstrap ${i + 1}`);
  }
}

/** The sources a leave-one-out run drops in turn: those of sampled ties and of non-derived observations. */
export function droppableSources(s: Snapshot): string[] {
  const ids = new Set<string>();
  for (const t of s.ties) if (isSampledTie(t)) ids.add(t.source_id);
  for (const o of s.observations)
    if (o.source_id !== DERIVED && !TIE_DERIVED.has(o.indicator_id) && !/^population/.test(o.indicator_id))
      ids.add(o.source_id);
  return [...ids].sort();
}

/**
 * The store without one source: its ties dropped (tie-derived indicators recomputed) and its observations removed,
 * except population, which every per-capita indicator divides by.
 */
export function withoutSource(s: Snapshot, source: string): Snapshot {
  const r = reweightTies(s, (t) => (t.source_id === source ? 0 : (t.weight ?? 1)), `without ${source}`);
  return {
    ...r,
    observations: r.observations.filter(
      (o) => o.source_id !== source || TIE_DERIVED.has(o.indicator_id) || /^population/.test(o.indicator_id),
    ),
  };
}
