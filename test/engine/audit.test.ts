import { describe, expect, it } from 'vitest';
import { PCA } from 'ml-pca';
import { audit } from '../../src/engine/audit/audit.js';
import { indicatorStats } from '../../src/engine/audit/indicator-stats.js';
import { runIndex } from '../../src/engine/pipeline.js';
import { cronbachAlpha } from '../../src/engine/stats/cronbach-alpha.js';
import { pca } from '../../src/engine/stats/pca.js';
import { ASEM_SPEC, asemInput, HAVE_COINR } from '../helpers/coinr.js';

describe('audit', () => {
  it('Cronbach’s alpha: the textbook formula on complete data', () => {
    // Items [1,2,3] and [2,4,6]: var 1 and 4, total [3,6,9] var 9 → α = 2·(1 − 5/9) = 8/9.
    expect(
      cronbachAlpha([
        [1, 2, 3],
        [2, 4, 6],
      ]),
    ).toBeCloseTo(8 / 9, 14);
  });

  it.runIf(HAVE_COINR)(
    'Cronbach’s alpha of ASEM’s P2P indicators matches COINr’s vignette (0.05126659)',
    () => {
      const input = asemInput();
      const p2p = input.framework.nodes
        .filter((n) => n.parent === 'P2P')
        .map((n) => input.data.columns[n.code]!);
      expect(cronbachAlpha(p2p)).toBeCloseTo(0.05126659, 8);
    },
  );

  it.runIf(HAVE_COINR)('PCA agrees with an independent implementation (ml-pca) on ASEM’s pillars', () => {
    const result = runIndex(asemInput(), ASEM_SPEC);
    const a = audit(result.steps.Raw, result.steps.Aggregated, asemInput().framework);
    for (const g of a.groups.filter((x) => x.children.length >= 3)) {
      const rows = result.steps.Aggregated.units.map((_, i) =>
        g.children.map((c) => result.steps.Aggregated.columns[c]![i]!),
      );
      const ref = new PCA(rows, { scale: true, center: true });
      const explained = ref.getExplainedVariance();
      g.pca.explained.forEach((e, i) => expect(e, `${g.group} PC${i + 1}`).toBeCloseTo(explained[i]!, 9));
      // Loadings agree up to sign.
      const loadings = ref.getLoadings().to2DArray();
      const first = loadings[0]!;
      const mine = g.pca.loadings[0]!;
      const sign = Math.sign(first[mine.findIndex((v) => Math.abs(v) === Math.max(...mine.map(Math.abs)))]!);
      mine.forEach((v, j) => expect(v, `${g.group} loading ${j}`).toBeCloseTo(sign * first[j]!, 8));
    }
  });

  it('flags like COINr get_stats: low availability, few non-zeros and unique values, outliers', () => {
    const s = indicatorStats('x', Float64Array.from([0, 0, 0, 0, 0, 1, NaN, NaN, NaN, NaN]));
    expect(s).toMatchObject({
      available: 6,
      nonZero: 1,
      unique: 2,
      same: 5,
      flagAvailability: 'LOW',
      flagNonZero: 'LOW',
      flagUnique: 'LOW',
    });
    const out = indicatorStats('y', Float64Array.from([1, 1, 2, 2, 3, 3, 4, 4, 5, 100]));
    expect(out.flagSkewKurtosis).toBe('OUT');
  });

  it('correlation flags within groups and correlations with parents', () => {
    const f64 = (xs: number[]) => Float64Array.from(xs);
    const data = {
      units: ['A', 'B', 'C', 'D'],
      columns: { a: f64([1, 2, 3, 4]), b: f64([1, 2, 3, 5]), c: f64([4, 3, 2, 1]) },
    };
    const framework = {
      nodes: [
        {
          code: 'a',
          name: 'a',
          level: 1,
          parent: 'p',
          weight: 1,
          direction: 1 as const,
          type: 'indicator' as const,
        },
        {
          code: 'b',
          name: 'b',
          level: 1,
          parent: 'p',
          weight: 1,
          direction: 1 as const,
          type: 'indicator' as const,
        },
        {
          code: 'c',
          name: 'c',
          level: 1,
          parent: 'p',
          weight: 1,
          direction: 1 as const,
          type: 'indicator' as const,
        },
        {
          code: 'p',
          name: 'p',
          level: 2,
          parent: null,
          weight: 1,
          direction: 1 as const,
          type: 'aggregate' as const,
        },
      ],
    };
    const r = runIndex({ data, groups: {}, denominators: {}, framework }, { normalise: { method: 'none' } });
    const a = audit(r.steps.Raw, r.steps.Aggregated, framework);
    const flag = (x: string, y: string) => a.withinGroups.find((p) => p.a === x && p.b === y)!.flag;
    expect(flag('a', 'b')).toBe('collinear');
    expect(flag('a', 'c')).toBe('negative');
    expect(a.withParents.find((p) => p.code === 'a')!.parent).toBe('p');
    expect(a.withinGroups.find((p) => p.a === 'a' && p.b === 'c')!.spearman).toBeCloseTo(-1, 14);
  });

  it('PCA eigenvalues of a correlation matrix sum to the number of variables', () => {
    const r = pca([
      [1, 2, 3, 4, 5],
      [2, 1, 4, 3, 6],
      [5, 3, 4, 1, 2],
    ]);
    expect(r.eigenvalues.reduce((x, y) => x + y, 0)).toBeCloseTo(3, 12);
    expect(r.explained[0]).toBeGreaterThan(r.explained[1]!);
  });
});
