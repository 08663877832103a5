import { describe, expect, it } from 'vitest';
import { PCA } from 'ml-pca';
import { runIndex } from '../../src/engine/pipeline.js';
import { ASEM_SPEC, asemInput, HAVE_COINR } from '../helpers/coinr.js';

describe.runIf(HAVE_COINR)('weights on the ASEM example', () => {
  const input = asemInput();
  const base = runIndex(input, ASEM_SPEC);
  const indicators = input.framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code);

  it('effective weights: equal weights give 1/8 · 1/5 · 1/2 to LPI, and indicators sum to 1', () => {
    expect(base.effectiveWeights.LPI).toBeCloseTo(1 / 8 / 5 / 2, 15);
    expect(indicators.reduce((s, c) => s + base.effectiveWeights[c]!, 0)).toBeCloseTo(1, 12);
  });

  it('with arithmetic means and no missing values the index is the effective-weighted sum of the indicators', () => {
    const norm = base.steps.Normalised;
    base.steps.Aggregated.units.forEach((_, i) => {
      const direct = indicators.reduce((s, c) => s + base.effectiveWeights[c]! * norm.columns[c]![i]!, 0);
      expect(base.steps.Aggregated.columns.Index![i]).toBeCloseTo(direct, 9);
    });
  });

  it('a named weight set gives the same as the same manual weights, and changes the result', () => {
    const w = { Conn: 3, Sust: 1 };
    const named = runIndex(input, {
      ...ASEM_SPEC,
      weightSets: { connectivity_first: w },
      weight: { method: 'set', name: 'connectivity_first' },
    });
    const manual = runIndex(input, { ...ASEM_SPEC, weight: { method: 'manual', weights: w } });
    expect([...named.steps.Aggregated.columns.Index!]).toEqual([...manual.steps.Aggregated.columns.Index!]);
    expect(named.effectiveWeights.Conn).toBe(0.75);
    expect([...named.steps.Aggregated.columns.Index!]).not.toEqual([...base.steps.Aggregated.columns.Index!]);
    expect(() => runIndex(input, { ...ASEM_SPEC, weight: { method: 'set', name: 'nope' } })).toThrow(
      /no weight set "nope"/,
    );
  });

  it('PCA weights are the squared first-component loadings (checked against ml-pca), summing to 1 per group', () => {
    const r = runIndex(input, { ...ASEM_SPEC, weight: { method: 'pca' } });
    const physical = input.framework.nodes.filter((n) => n.parent === 'Physical').map((n) => n.code);
    expect(physical.reduce((s, c) => s + r.weights[c]!, 0)).toBeCloseTo(1, 12);
    const rows = r.steps.Normalised.units.map((_, i) =>
      physical.map((c) => r.steps.Normalised.columns[c]![i]!),
    );
    const pc1 = new PCA(rows, { scale: true }).getLoadings().to2DArray()[0]!;
    physical.forEach((c, j) => expect(r.weights[c]).toBeCloseTo(pc1[j]! ** 2, 9));
  });
});
