import { describe, expect, it } from 'vitest';
import { parseSpec, SpecError } from '../../../src/engine/spec.js';
import { treat } from '../../../src/engine/steps/treat.js';

// Synthetic columns (test data, not real figures): four units, one outlier.
const data = { units: ['u0', 'u1', 'u2', 'u3'], columns: { x: Float64Array.from([1, 2, 3, 100]) } };

describe('treat: winmax is at most the number of units', () => {
  it('winmax above the number of units is a spec error naming the value and the limit', () => {
    const spec = parseSpec({ treat: { method: 'winsorise', winmax: 5 } }).treat;
    const err = (() => {
      try {
        treat(data, spec);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(SpecError);
    expect((err as SpecError).issues).toEqual([
      { path: 'treat.winmax', message: '5 is more than the number of units (4); at most 4' },
    ]);
  });

  it('an override is checked too, under its own path', () => {
    const spec = parseSpec({
      treat: { method: 'none', overrides: { x: { method: 'winsorise', winmax: 1000 } } },
    }).treat;
    expect(() => treat(data, spec)).toThrow(
      /treat\.overrides\.x\.winmax: 1000 is more than the number of units \(4\)/,
    );
  });

  it('winmax equal to the number of units is accepted', () => {
    const spec = parseSpec({ treat: { method: 'winsorise', winmax: 4 } }).treat;
    expect(treat(data, spec).records[0]!.indicator).toBe('x');
  });
});
