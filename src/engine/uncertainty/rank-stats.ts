import { mean } from '../stats/mean.js';
import { quantile } from '../stats/quantile.js';

export interface UnitRankStats {
  unit: string;
  nominal: number | null;
  mean: number | null;
  median: number | null;
  q05: number | null;
  q95: number | null;
  /** Score of the nominal index and its 5–95 % interval over the runs. */
  score: number | null;
  scoreQ05: number | null;
  scoreQ95: number | null;
}

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

/** Rank statistics per unit over replications (COINr's RankStats): nominal, mean, median, 5th and 95th percentile. */
export function rankStats(
  units: string[],
  nominalRanks: Float64Array,
  nominalScores: Float64Array,
  ranks: Float64Array[],
  scores: Float64Array[],
): UnitRankStats[] {
  return units.map((unit, i) => {
    const r = Float64Array.from(ranks, (x) => x[i]!);
    const s = Float64Array.from(scores, (x) => x[i]!);
    return {
      unit,
      nominal: orNull(nominalRanks[i]!),
      mean: orNull(mean(r)),
      median: orNull(quantile(r, 0.5)),
      q05: orNull(quantile(r, 0.05)),
      q95: orNull(quantile(r, 0.95)),
      score: orNull(nominalScores[i]!),
      scoreQ05: orNull(quantile(s, 0.05)),
      scoreQ95: orNull(quantile(s, 0.95)),
    };
  });
}
