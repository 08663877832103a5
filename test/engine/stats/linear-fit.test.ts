import { describe, expect, it } from 'vitest';
import { linearFit } from '../../../src/engine/stats/linear-fit.js';

describe('linearFit', () => {
  it('recovers an exact line', () => {
    expect(linearFit([1, 2, 3], [3, 5, 7])).toEqual({ intercept: 1, slope: 2, r2: 1, n: 3 });
  });
  it('matches a textbook example (Anscombe I: y ≈ 3.0001 + 0.5001 x, r² ≈ 0.6665)', () => {
    // Anscombe (1973), The American Statistician 27(1), data set I and its published fit.
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const f = linearFit(x, y);
    expect(f.intercept).toBeCloseTo(3.0001, 4);
    expect(f.slope).toBeCloseTo(0.5001, 4);
    expect(f.r2).toBeCloseTo(0.6665, 4);
  });
  it('skips rows where either value is missing', () => {
    expect(linearFit([1, 2, NaN, 3], [3, 5, 100, 7]).n).toBe(3);
  });
});
