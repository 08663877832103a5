import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../src/engine/spec.js';
import { treat } from '../../../src/engine/steps/treat.js';

// Synthetic columns (test data, not real figures).
const data = (x: number[]) => ({ units: x.map((_, i) => `u${i}`), columns: { x: Float64Array.from(x) } });

describe('treat: log chosen per indicator', () => {
  it('applies log(x + 1) to the listed indicator whatever its skewness, and records it', () => {
    const spec = parseSpec({ treat: { method: 'none', overrides: { x: { method: 'log' } } } }).treat;
    const r = treat(data([0, 1, 9, 99]), spec);
    expect([...r.data.columns.x!]).toEqual([0, Math.log(2), Math.log(10), Math.log(100)]);
    expect(r.records[0]).toMatchObject({ indicator: 'x', action: 'log', points: [] });
  });
  it('takes another offset', () => {
    const spec = parseSpec({
      treat: { method: 'none', overrides: { x: { method: 'log', offset: 0.5 } } },
    }).treat;
    expect(treat(data([0.5, 1.5]), spec).data.columns.x![1]).toBeCloseTo(Math.log(2), 15);
  });
  it('keeps missing values missing', () => {
    const spec = parseSpec({ treat: { method: 'none', overrides: { x: { method: 'log' } } } }).treat;
    expect(Number.isNaN(treat(data([NaN, 3]), spec).data.columns.x![0])).toBe(true);
  });
  it('refuses values where the logarithm is undefined, naming the indicator', () => {
    const spec = parseSpec({ treat: { method: 'none', overrides: { x: { method: 'log' } } } }).treat;
    expect(() => treat(data([-2, 3]), spec)).toThrow(/x has a value -2/);
  });
  it('rejects a negative offset in the spec', () => {
    expect(() =>
      parseSpec({ treat: { method: 'none', overrides: { x: { method: 'log', offset: -1 } } } }),
    ).toThrow(/treat/);
  });
});
