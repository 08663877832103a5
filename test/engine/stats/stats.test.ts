import { describe, expect, it } from 'vitest';
import { kurtosis } from '../../../src/engine/stats/kurtosis.js';
import { mean } from '../../../src/engine/stats/mean.js';
import { median } from '../../../src/engine/stats/median.js';
import { pearson } from '../../../src/engine/stats/pearson.js';
import { quantile, quantiles } from '../../../src/engine/stats/quantile.js';
import { selectQuantiles } from '../../../src/engine/stats/select.js';
import { mulberry32 } from '../../../src/engine/random/mulberry32.js';
import { rank } from '../../../src/engine/stats/rank.js';
import { sd } from '../../../src/engine/stats/sd.js';
import { skewness } from '../../../src/engine/stats/skewness.js';
import { spearman } from '../../../src/engine/stats/spearman.js';

// Expected values computed by hand from the definitions (R's documented results where noted).
describe('statistics', () => {
  it('mean and sd skip missing values', () => {
    expect(mean([1, 2, NaN, 3])).toBe(2);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(mean([])).toBeNaN();
  });
  it('quantile is R type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // R: quantile(1:10, 0.05) = 1.45
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.05)).toBeCloseTo(1.45, 14);
    expect(median([3, 1, NaN, 2])).toBe(2);
  });
  it('quantiles by selection equal the sorted-order definition, with ties and in any order of p', () => {
    // SYNTHETIC values from a seeded generator; the reference is the type-7 formula on a sorted copy.
    const rand = mulberry32(7);
    for (const [n, distinct] of [
      [1, 1],
      [2, 2],
      [17, 3],
      [1000, 51],
      [999, 1e9],
    ] as const) {
      const x = Float64Array.from({ length: n }, () => Math.floor(rand() * distinct));
      const sorted = [...x].sort((a, b) => a - b);
      const ps = [0.95, 0.05, 0.5, 0, 1, 0.333];
      const want = ps.map((p) => {
        const h = (n - 1) * p;
        const lo = Math.floor(h);
        return sorted[lo]! + (h - lo) * (sorted[Math.ceil(h)]! - sorted[lo]!);
      });
      expect(selectQuantiles(Float64Array.from(x), n, ps)).toEqual(want);
      expect(quantiles(x, [0.05, 0.5, 0.95])).toEqual([want[1], want[2], want[0]]);
    }
    expect(quantiles([NaN], [0.5])).toEqual([NaN]);
  });
  it('skewness and kurtosis follow the type-2 sample formulas', () => {
    // Symmetric data: zero skew. [1,2,3,4,5]: kurtosis type 2 = -1.2.
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 14);
    expect(kurtosis([1, 2, 3, 4, 5])).toBeCloseTo(-1.2, 12);
    // [1,2,3,10]: m = 4, Σd² = 50, Σd³ = 180, g1 = 2·180/50^1.5, G1 = g1·√12/2.
    expect(skewness([1, 2, 3, 10])).toBeCloseTo((((2 * 180) / 50 ** 1.5) * Math.sqrt(12)) / 2, 12);
    expect(skewness([1, 2])).toBeNaN();
    expect(kurtosis([1, 2, 3])).toBeNaN();
  });
  it('rank: sport (min) and average ties, missing kept', () => {
    expect([...rank([10, 30, 20, 20, NaN])]).toEqual([1, 4, 2, 2, NaN]);
    expect([...rank([10, 30, 20, 20], 'average')]).toEqual([1, 4, 2.5, 2.5]);
  });
  it('rank: every tie rule, both directions, as sorting the positions gives (ties, ±0, infinities, missing)', () => {
    // The definition: sort the finite values' positions, give each run of equal values its first, last or mean place.
    const byDefinition = (x: number[], ties: 'min' | 'max' | 'average', descending: boolean) => {
      const idx = x.flatMap((v, i) => (Number.isFinite(v) ? [i] : []));
      idx.sort(descending ? (a, b) => x[b]! - x[a]! : (a, b) => x[a]! - x[b]!);
      const out = x.map(() => NaN);
      for (let i = 0; i < idx.length;) {
        let j = i;
        while (j + 1 < idx.length && x[idx[j + 1]!] === x[idx[i]!]) j++;
        for (let k = i; k <= j; k++)
          out[idx[k]!] = ties === 'min' ? i + 1 : ties === 'max' ? j + 1 : (i + j) / 2 + 1;
        i = j + 1;
      }
      return out;
    };
    const pool = [0, -0, 1, 2, NaN, Infinity, -Infinity, 3.5, -1, 1e308, -1e308, 5e-324];
    let seed = 1;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let t = 0; t < 300; t++) {
      const x = Array.from({ length: Math.floor(next() * 25) }, () =>
        next() < 0.5 ? pool[Math.floor(next() * pool.length)]! : Math.round(next() * 10) / 2,
      );
      for (const ties of ['min', 'max', 'average'] as const)
        for (const descending of [false, true])
          expect([...rank(x, ties, descending)]).toEqual(byDefinition(x, ties, descending));
    }
  });
  it('pearson and spearman on pairwise complete observations', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 14);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 14);
    expect(pearson([1, 2, 3, NaN], [1, 2, 4, 100])).toBeCloseTo(pearson([1, 2, 3], [1, 2, 4]), 14);
    // 1 − 6Σd²/(n(n²−1)) with d = [0, 1, −1, 0]: 1 − 12/60 = 0.8
    expect(spearman([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 14);
  });
});
