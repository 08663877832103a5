import { describe, expect, it } from 'vitest';
import { quantiles } from '../../src/engine/stats/quantile.js';
import { rankStats } from '../../src/engine/uncertainty/rank-stats.js';

/** Rank statistics by definition: each unit's finite ranks over the runs, their mean and type-7 quantiles. */
function byDefinition(ranks: Float64Array[], i: number) {
  const r = ranks.map((x) => x[i]!).filter(Number.isFinite);
  let sum = 0;
  for (const v of r) sum += v;
  const [q05, median, q95] = quantiles(r, [0.05, 0.5, 0.95]);
  return { mean: r.length ? sum / r.length : null, q05, median, q95 };
}

describe('rank statistics', () => {
  let seed = 5;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const runsOf = (runs: number, units: number, value: () => number) =>
    Array.from({ length: runs }, () => Float64Array.from({ length: units }, value));

  it.each([
    ['more runs than units: ranks counted', 40, 25, () => (next() < 0.1 ? NaN : 1 + Math.floor(next() * 25))],
    ['fewer runs than units: ranks selected', 5, 9, () => 1 + Math.floor(next() * 9)],
    ['a rank that is not a whole number (average ties)', 200, 4, () => 1 + Math.floor(next() * 7) / 2],
    ['a unit never ranked', 50, 3, () => NaN],
  ])('%s: as the definition gives', (_, runs, units, value) => {
    const ranks = runsOf(runs, units, value);
    const scores = runsOf(runs, units, () => next());
    const names = Array.from({ length: units }, (_, i) => `u${i}`);
    const stats = rankStats(names, ranks[0]!, scores[0]!, ranks, scores);
    stats.forEach((s, i) => {
      const d = byDefinition(ranks, i);
      expect({ mean: s.mean, q05: s.q05, median: s.median, q95: s.q95 }).toEqual({
        mean: d.mean,
        q05: d.mean === null ? null : d.q05,
        median: d.mean === null ? null : d.median,
        q95: d.mean === null ? null : d.q95,
      });
    });
  });
});
