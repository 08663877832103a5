import { selectQuantiles } from '../stats/select.js';

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

/**
 * The runs' values unit by unit: a units × runs matrix filled run by run, so that reading the runs is sequential and
 * each unit's values end up contiguous (reading one unit across thousands of small arrays misses the cache).
 */
function byUnit(runs: Float64Array[], units: number): Float64Array {
  const m = runs.length;
  const out = new Float64Array(units * m);
  for (let r = 0; r < m; r++) {
    const x = runs[r]!;
    for (let i = 0; i < units; i++) out[i * m + r] = x[i]!;
  }
  return out;
}

/** Move the finite values of `a` to its front; returns how many there are. */
function packFinite(a: Float64Array): number {
  let n = 0;
  for (let k = 0; k < a.length; k++) if (Number.isFinite(a[k]!)) a[n++] = a[k]!;
  return n;
}

/**
 * Rank statistics per unit over replications (COINr's RankStats): nominal, mean, median, 5th and 95th percentile.
 * Quantiles by selection, not by sorting.
 */
export function rankStats(
  units: string[],
  nominalRanks: Float64Array,
  nominalScores: Float64Array,
  ranks: Float64Array[],
  scores: Float64Array[],
): UnitRankStats[] {
  const r = byUnit(ranks, units.length);
  const s = byUnit(scores, units.length);
  return units.map((unit, i) => {
    const ri = r.subarray(i * ranks.length, (i + 1) * ranks.length);
    const si = s.subarray(i * scores.length, (i + 1) * scores.length);
    const n = packFinite(ri);
    let sum = 0;
    for (let k = 0; k < n; k++) sum += ri[k]!;
    const [q05, median, q95] = selectQuantiles(ri, n, [0.05, 0.5, 0.95]);
    const [scoreQ05, scoreQ95] = selectQuantiles(si, packFinite(si), [0.05, 0.95]);
    return {
      unit,
      nominal: orNull(nominalRanks[i]!),
      mean: orNull(n ? sum / n : NaN),
      median: orNull(median!),
      q05: orNull(q05!),
      q95: orNull(q95!),
      score: orNull(nominalScores[i]!),
      scoreQ05: orNull(scoreQ05!),
      scoreQ95: orNull(scoreQ95!),
    };
  });
}
