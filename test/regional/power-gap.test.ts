import { describe, expect, it } from 'vitest';
import { powerGap } from '../../src/regional/power-gap.js';

// Synthetic scores (test data): activity = 10 + 0.5 × potential, except the third unit, 6 points above.
describe('powerGap', () => {
  const potential = Float64Array.from([0, 20, 40, 60, 80, NaN]);
  const activity = Float64Array.from([10, 20, 36, 40, 50, 30]);
  const g = powerGap(activity, potential);
  it('gives residuals of activity on potential that sum to zero', () => {
    const sum = [...g.gap].filter(Number.isFinite).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(0, 10);
  });
  it('puts the unit that does more than its resources predict on top', () => {
    const finite = [...g.gap].map((v, i) => [v, i] as const).filter(([v]) => Number.isFinite(v));
    expect(finite.sort((a, b) => b[0] - a[0])[0]![1]).toBe(2);
  });
  it('leaves a unit without a potential score without a gap', () => {
    expect(Number.isNaN(g.gap[5]!)).toBe(true);
    expect(Number.isNaN(g.expected[5]!)).toBe(true);
  });
});
