import type { Snapshot } from '../query/snapshot.js';
import type { RegionalScores } from './regional-scores.js';

/** A rank shared by tied values: from the best to the worst place they occupy ("10–25"). */
export interface SharedRank {
  from: number;
  to: number;
}

export interface ScoreRow {
  iso: string;
  name_en: string;
  name_ru: string;
  activity: number | null;
  activity_rank: SharedRank | null;
  potential: number | null;
  potential_rank: SharedRank | null;
  /** Activity the potential predicts. */
  expected: number | null;
  gap: number | null;
  gap_rank: SharedRank | null;
}

/**
 * Ranks with ties shared: 1 is the highest value; missing values get no rank.
 * @example sharedRanks([5, 7, 7, NaN]) // [{from: 3, to: 3}, {from: 1, to: 2}, {from: 1, to: 2}, null]
 */
export function sharedRanks(x: ArrayLike<number>): (SharedRank | null)[] {
  const finite = Array.from(x).filter(Number.isFinite);
  return Array.from(x, (v) =>
    Number.isFinite(v)
      ? { from: 1 + finite.filter((w) => w > v).length, to: finite.filter((w) => w >= v).length }
      : null,
  );
}

const num = (v: number) => (Number.isFinite(v) ? v : null);

/** One row per region with both scores, the gap and their ranks, ordered by activity (missing last). */
export function scoreRows(s: Snapshot, scores: RegionalScores): ScoreRow[] {
  const byIso = new Map(s.regions.map((r) => [r.iso, r]));
  const a = scores.indices.activity.score;
  const p = scores.indices.potential.score;
  const ranks = { a: sharedRanks(a), p: sharedRanks(p), g: sharedRanks(scores.gap.gap) };
  return scores.units
    .map((iso, i) => ({
      iso,
      // The full name, as the region list gives it: the short English names are adjectives ("Jewish", "Chechen").
      name_en: byIso.get(iso)?.name_en_full ?? iso,
      name_ru: byIso.get(iso)?.name_ru ?? iso,
      activity: num(a[i]!),
      activity_rank: ranks.a[i]!,
      potential: num(p[i]!),
      potential_rank: ranks.p[i]!,
      expected: num(scores.gap.expected[i]!),
      gap: num(scores.gap.gap[i]!),
      gap_rank: ranks.g[i]!,
    }))
    .sort((x, y) => (y.activity ?? -Infinity) - (x.activity ?? -Infinity) || x.iso.localeCompare(y.iso));
}
