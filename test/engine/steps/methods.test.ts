import { describe, expect, it } from 'vitest';
import { copeland } from '../../../src/engine/aggregate/copeland.js';
import { MeanDomainError, weightedMean } from '../../../src/engine/aggregate/weighted-mean.js';
import type { AggregateMethod } from '../../../src/engine/spec.js';
import { runIndex } from '../../../src/engine/pipeline.js';
import { parseSpec, SpecError } from '../../../src/engine/spec.js';
import { normaliseColumn } from '../../../src/engine/steps/normalise.js';
import { logCT, winsorise } from '../../../src/engine/steps/treat.js';
import { FrameworkError, validateFramework, type FrameworkNode } from '../../../src/engine/framework.js';
import type { IndexInput } from '../../../src/engine/index-input.js';

const f64 = (xs: number[]) => Float64Array.from(xs);
const norm = (xs: number[], m: unknown, ctx = {}) => [
  ...normaliseColumn(f64(xs), parseSpec({ normalise: m }).normalise, { code: 'x', direction: 1, ...ctx }),
];

describe('normalisation methods (hand-computed from their definitions)', () => {
  it('minmax, zscore, ranks', () => {
    expect(norm([2, 4, 6], { method: 'minmax', range: [0, 100] })).toEqual([0, 50, 100]);
    expect(norm([2, 4, 6], { method: 'minmax', range: [1, 10] })).toEqual([1, 5.5, 10]);
    expect(norm([2, 4, 6], { method: 'zscore' })).toEqual([-1, 0, 1]);
    expect(norm([2, 4, 6], { method: 'zscore', mean: 10, sd: 2 })).toEqual([8, 10, 12]);
    expect(norm([5, 1, 5, NaN], { method: 'rank' })).toEqual([2, 1, 2, NaN]);
    expect(norm([5, 1, 5], { method: 'borda' })).toEqual([1, 0, 1]);
    expect(norm([1, 2, 3, 4, 5], { method: 'percentile_rank' })).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('distances and fractions', () => {
    expect(norm([2, 4, 6], { method: 'dist_max' })).toEqual([0, 0.5, 1]);
    expect(norm([2, 4, 6], { method: 'frac_max' })).toEqual([2 / 6, 4 / 6, 1]);
    expect(norm([2, 4, 6], { method: 'dist_target', capMax: true }, { target: 4 })).toEqual([0, 1, 1]);
    expect(norm([2, 4, 6], { method: 'dist_reference', reference: 'B' }, { refIndex: 1 })).toEqual([0, 1, 2]);
    expect(norm([0, 5, 10, 20], { method: 'goalposts', posts: { x: [0, 10] } })).toEqual([0, 50, 100, 100]);
  });
  it('direction −1 reverses an indicator before normalising', () => {
    const framework = {
      nodes: [
        { code: 'a', name: 'a', level: 1, parent: 'idx', weight: 1, direction: -1, type: 'indicator' },
        { code: 'idx', name: 'idx', level: 2, parent: null, weight: 1, direction: 1, type: 'aggregate' },
      ] as FrameworkNode[],
    };
    const input: IndexInput = {
      data: { units: ['A', 'B'], columns: { a: f64([1, 3]) } },
      groups: {},
      denominators: {},
      framework,
    };
    expect([...runIndex(input).steps.Normalised.columns.a!]).toEqual([100, 0]);
  });
});

describe('aggregation methods', () => {
  it('means with weights, missing values dropping out with their weight', () => {
    // One row: each value its own column.
    const mean = (x: number[], w: number[], m: AggregateMethod) =>
      weightedMean(
        x.map((v) => Float64Array.of(v)),
        w,
        m,
      )[0];
    expect(mean([1, 3], [1, 3], { method: 'arithmetic' })).toBe(2.5);
    expect(mean([1, NaN, 3], [1, 100, 1], { method: 'arithmetic' })).toBe(2);
    expect(mean([NaN, NaN], [1, 1], { method: 'arithmetic' })).toBeNaN();
    expect(mean([1, 100], [1, 1], { method: 'geometric' })).toBeCloseTo(10, 12);
    expect(mean([1, 4], [1, 1], { method: 'harmonic' })).toBeCloseTo(1.6, 12);
    expect(mean([1, 3], [1, 1], { method: 'generalised', p: 2 })).toBeCloseTo(Math.sqrt(5), 12);
    expect(mean([1, 3], [1, 1], { method: 'generalised', p: 1 })).toBeCloseTo(2, 12);
    expect(() => mean([0, 1], [1, 1], { method: 'geometric' })).toThrow(
      /geometricMean: value 0 is not positive/,
    );
  });
  it('rows are independent, and a value outside the domain is reported at its first row', () => {
    const cols = [f64([1, 2, 4]), f64([4, NaN, 0])];
    expect([...weightedMean(cols, [1, 3], { method: 'arithmetic' })]).toEqual([3.25, 2, 1]);
    let err: unknown;
    try {
      weightedMean([f64([1, 2, -1]), f64([1, 0, 1])], [1, 1], { method: 'geometric' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MeanDomainError);
    expect((err as MeanDomainError).row).toBe(1);
  });
  it('Copeland: wins minus losses over pairs', () => {
    // Unit 0 loses to both on both indicators; units 1 and 2 split the indicators: a tie.
    expect([...copeland([f64([1, 2, 3]), f64([1, 3, 2])], [1, 1])]).toEqual([-2, 1, 1]);
  });
});

describe('treatment', () => {
  it('winsorises the maximum into the next value, ties together, until the rule passes', () => {
    const x = f64([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]);
    const w = winsorise(x, { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, fallback: 'log_ct' });
    expect(w.x[10]).toBe(10);
    expect(w.nwin).toBe(1);
  });
  it('log_CT is log(x − min + 0.01·range)', () => {
    expect([...logCT(f64([0, 10]))]).toEqual([Math.log(0.1), Math.log(10.1)]);
  });
});

describe('spec and framework validation', () => {
  it('accepts the forms of issue #3 as written and fills defaults', () => {
    const s = parseSpec({
      impute: { method: 'mean_group', group: 'EurAsia_group' },
      screen: { by: 'na', threshold: 0.9 },
      treat: { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, fallback: 'log_ct' },
      normalise: { method: 'minmax', range: [0, 100] },
      aggregate: { method: 'arithmetic' },
    });
    expect(s.weight).toEqual({ method: 'metadata' });
    for (const m of ['mean', 'median', 'none'])
      expect(parseSpec({ impute: { method: m } }).impute.method).toBe(m);
    expect(parseSpec({ normalise: { method: 'zscore' } }).normalise).toMatchObject({ mean: 0, sd: 1 });
    for (const m of ['geometric', 'harmonic'])
      expect(parseSpec({ aggregate: { method: m } }).aggregate.method).toBe(m);
    expect(parseSpec({ treat: { method: 'none' } }).treat.method).toBe('none');
  });
  it('rejects bad specs naming the field', () => {
    expect(() => parseSpec({ normalise: { method: 'softmax' } })).toThrow(SpecError);
    expect(() => parseSpec({ normalise: { method: 'softmax' } })).toThrow(/normalise\.method/);
    expect(() => parseSpec({ impute: { method: 'mean_group' } })).toThrow(/group methods need "group"/);
    expect(() => parseSpec({ screen: { by: 'na', threshold: 2 } })).toThrow(/screen\.threshold/);
    expect(() => parseSpec({ colour: 'blue' })).toThrow(/colour/);
  });
  it('rejects broken frameworks naming the node', () => {
    const node = (
      code: string,
      level: number,
      parent: string | null,
      type: 'indicator' | 'aggregate' = 'indicator',
    ): FrameworkNode => ({
      code,
      name: code,
      level,
      parent,
      weight: 1,
      direction: 1,
      type,
    });
    expect(() =>
      validateFramework({ nodes: [node('a', 1, 'X'), node('idx', 2, null, 'aggregate')] }),
    ).toThrow(/a has parent "X"/);
    expect(() =>
      validateFramework({
        nodes: [node('a', 1, 'idx'), node('a', 1, 'idx'), node('idx', 2, null, 'aggregate')],
      }),
    ).toThrow(FrameworkError);
  });
});
