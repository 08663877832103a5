import { countedQuantiles } from '../stats/counted-quantiles.js';
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

const RANK_PS = [0.05, 0.5, 0.95];

/** Per unit: the mean of its finite ranks over the runs, and their 5 %, 50 % and 95 % quantiles. */
type RankSummary = { mean: number; q: number[] };

/**
 * Rank summaries from counts of each rank per unit, gathered in one pass over the runs (no units × runs matrix, no
 * selections): when there are more runs than units, so the counts take less room than the ranks. Null if some rank
 * is not a whole number from 1 to the number of units.
 */
function countedRankSummaries(ranks: Float64Array[], units: number): RankSummary[] | null {
  const width = units + 1;
  const count = new Int32Array(units * width);
  const n = new Int32Array(units);
  const sum = new Float64Array(units);
  for (const x of ranks)
    for (let i = 0; i < units; i++) {
      const v = x[i]!;
      if (!Number.isFinite(v)) continue;
      if (!(v >= 1 && v <= units && v === Math.floor(v))) return null;
      count[i * width + v]!++;
      n[i]!++;
      // Run by run, as the sum over a unit's ranks in run order.
      sum[i] = sum[i]! + v;
    }
  return Array.from({ length: units }, (_, i) => ({
    mean: n[i] ? sum[i]! / n[i]! : NaN,
    q: countedQuantiles(count.subarray(i * width, (i + 1) * width), n[i]!, RANK_PS),
  }));
}

function selectedRankSummaries(ranks: Float64Array[], units: number): RankSummary[] {
  const r = byUnit(ranks, units);
  return Array.from({ length: units }, (_, i) => {
    const ri = r.subarray(i * ranks.length, (i + 1) * ranks.length);
    const n = packFinite(ri);
    let sum = 0;
    for (let k = 0; k < n; k++) sum += ri[k]!;
    return { mean: n ? sum / n : NaN, q: selectQuantiles(ri, n, RANK_PS) };
  });
}

/**
 * Rank statistics per unit over replications (COINr's RankStats): nominal, mean, median, 5th and 95th percentile.
 * Quantiles by counting ranks (or by selection), not by sorting.
 */
export function rankStats(
  units: string[],
  nominalRanks: Float64Array,
  nominalScores: Float64Array,
  ranks: Float64Array[],
  scores: Float64Array[],
): UnitRankStats[] {
  const r =
    (units.length < ranks.length ? countedRankSummaries(ranks, units.length) : null) ??
    selectedRankSummaries(ranks, units.length);
  const s = byUnit(scores, units.length);
  return units.map((unit, i) => {
    const si = s.subarray(i * scores.length, (i + 1) * scores.length);
    const [q05, median, q95] = r[i]!.q;
    const [scoreQ05, scoreQ95] = selectQuantiles(si, packFinite(si), [0.05, 0.95]);
    return {
      unit,
      nominal: orNull(nominalRanks[i]!),
      mean: orNull(r[i]!.mean),
      median: orNull(median!),
      q05: orNull(q05!),
      q95: orNull(q95!),
      score: orNull(nominalScores[i]!),
      scoreQ05: orNull(scoreQ05!),
      scoreQ95: orNull(scoreQ95!),
    };
  });
}
