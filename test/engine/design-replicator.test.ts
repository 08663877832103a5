import { describe, expect, it } from 'vitest';
import { columnArena } from '../../src/engine/column-arena.js';
import { maxLevel } from '../../src/engine/framework.js';
import { runIndex } from '../../src/engine/pipeline.js';
import { parseSpec, type IndexSpec } from '../../src/engine/spec.js';
import { createDesignReplicator } from '../../src/engine/uncertainty/design-replicator.js';
import { designSampler } from '../../src/engine/uncertainty/design-sampler.js';
import { COINR_EXAMPLE_DESIGN, specSampler, type Design } from '../../src/engine/uncertainty/design.js';
import { monteCarloSample } from '../../src/engine/uncertainty/monte-carlo.js';
import { descendingRanks } from '../../src/engine/uncertainty/replicator.js';
import { ASEM_SPEC, asemInput, HAVE_COINR } from '../helpers/coinr.js';

type Outcome = { units: string[]; scores: number[]; ranks: number[] } | { error: string };

function outcome(f: () => { units: string[]; scores: Float64Array; ranks: Float64Array }): Outcome {
  try {
    const r = f();
    return { units: r.units, scores: [...r.scores], ranks: [...r.ranks] };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

describe.runIf(HAVE_COINR)('design replicator: work shared by the replications of a combination', () => {
  const input = asemInput();
  const top = input.framework.nodes.find((n) => n.level === maxLevel(input.framework))!.code;
  const base = parseSpec({
    ...ASEM_SPEC,
    weightSets: { flat: Object.fromEntries(input.framework.nodes.map((n) => [n.code, 1])) },
  });

  /** Fresh computation: the full pipeline for the spec the design gives at u. */
  const fresh = (design: Design) => {
    const specFor = specSampler(base, input.framework, design.factors);
    return (u: ArrayLike<number>) =>
      outcome(() => {
        const agg = runIndex(input, specFor(u)).steps.Aggregated;
        return { units: agg.units, scores: agg.columns[top]!, ranks: descendingRanks(agg.columns[top]!) };
      });
  };

  /** Every point of a sample gives exactly what a fresh computation gives, in sample order and in reverse. */
  const expectSameAsFresh = (design: Design, runs: number, seed: number) => {
    const sample = monteCarloSample(runs, design.factors.length, seed);
    const expected = sample.map(fresh(design));
    const run = createDesignReplicator(input, base, design);
    expect(sample.map((u) => outcome(() => run(u)))).toEqual(expected);
    // The same replicator again, backwards: nothing left by one replication changes the next.
    expect(sample.toReversed().map((u) => outcome(() => run(u)))).toEqual(expected.toReversed());
    return expected;
  };

  it('only the weights vary: one combination, noise drawn per replication', () => {
    const design: Design = {
      factors: COINR_EXAMPLE_DESIGN.factors.filter((f) => f.kind === 'weights'),
    };
    const out = expectSameAsFresh(design, 40, 3);
    expect(new Set(out.map((o) => JSON.stringify(o))).size).toBe(40);
  });

  it('imputation, treatment, normalisation and aggregation vary, with weight noise (COINr example design and more)', () => {
    expectSameAsFresh(COINR_EXAMPLE_DESIGN, 60, 4);
    const design: Design = {
      factors: [
        {
          kind: 'discrete',
          name: 'imputation',
          path: 'impute',
          values: [
            { method: 'mean_group', group: 'EurAsia_group' },
            { method: 'median' },
            { method: 'mean' },
          ],
        },
        ...COINR_EXAMPLE_DESIGN.factors,
      ],
    };
    expectSameAsFresh(design, 80, 5);
  });

  it('screening that changes the units, and aggregates with missing children', () => {
    const design: Design = {
      factors: [
        { kind: 'discrete', name: 'imputation', path: 'impute.method', values: ['none', 'mean'] },
        {
          kind: 'discrete',
          name: 'screening',
          path: 'screen',
          values: [{ by: 'none' }, { by: 'na', threshold: 0.9 }, { by: 'na', threshold: 0.95 }],
        },
        {
          kind: 'discrete',
          name: 'aggregation',
          path: 'aggregate.method',
          values: ['arithmetic', 'geometric'],
        },
        { kind: 'weights', name: 'weights L2', level: 2, noise: 0.25 },
      ],
    };
    const out = expectSameAsFresh(design, 60, 6);
    // The design does exercise replications with different numbers of units.
    expect(new Set(out.map((o) => ('units' in o ? o.units.length : 0))).size).toBeGreaterThan(1);
  });

  it('weighting choices without noise: PCA (the general path), equal, a weight set, a set that does not exist', () => {
    const design: Design = {
      factors: [
        {
          kind: 'discrete',
          name: 'weighting',
          path: 'weight',
          values: [
            { method: 'pca' },
            { method: 'equal' },
            { method: 'set', name: 'flat' },
            { method: 'set', name: 'none' },
          ],
        },
        { kind: 'discrete', name: 'winmax', path: 'treat.winmax', values: [1, 5] },
      ],
    };
    const out = expectSameAsFresh(design, 40, 7);
    expect(out.some((o) => 'error' in o)).toBe(true);
  });

  it('aggregation choices: Copeland, per-level methods, minimum availability', () => {
    const design: Design = {
      factors: [
        { kind: 'discrete', name: 'imputation', path: 'impute.method', values: ['none', 'mean'] },
        {
          kind: 'discrete',
          name: 'aggregation',
          path: 'aggregate',
          values: [
            { method: 'copeland' },
            { method: 'arithmetic', minAvailability: 0.8 },
            { method: 'harmonic', levels: { '4': { method: 'arithmetic' } } },
          ],
        },
        { kind: 'discrete', name: 'normalisation', path: 'normalise.range', values: [[1, 100]] },
        { kind: 'weights', name: 'weights L3', level: 3, noise: 0.5 },
      ],
    };
    expectSameAsFresh(design, 40, 8);
  });

  it('a choice the pipeline rejects fails every replication with it, with the message runIndex gives', () => {
    const design: Design = {
      factors: [
        {
          kind: 'discrete',
          name: 'normalisation',
          path: 'normalise',
          values: [{ method: 'zscore' }, { method: 'minmax', range: [1, 100] }],
        },
        { kind: 'discrete', name: 'aggregation', path: 'aggregate.method', values: ['geometric'] },
        { kind: 'weights', name: 'weights L2', level: 2, noise: 0.25 },
      ],
    };
    const out = expectSameAsFresh(design, 30, 9);
    const errors = out.filter((o) => 'error' in o);
    expect(errors.length).toBeGreaterThan(5);
    expect(errors[0]!.error).toMatch(/geometricMean: value .* is not positive/);
  });
});

describe.runIf(HAVE_COINR)('design sampler', () => {
  const input = asemInput();
  const base = parseSpec(ASEM_SPEC);

  it('numbers each combination of discrete choices once, and its spec is the base spec with those choices', () => {
    const sampler = designSampler(base, input.framework, COINR_EXAMPLE_DESIGN.factors);
    const specs = new Map<number, IndexSpec>();
    for (const u of monteCarloSample(500, COINR_EXAMPLE_DESIGN.factors.length, 1)) {
      const c = sampler.choice(u);
      const spec = sampler.specOf(c);
      expect(sampler.specOf(c)).toBe(spec); // validated once
      expect(spec.treat).toMatchObject({ winmax: [1, 2, 3, 4, 5][Math.floor(u[0]! * 5)] });
      expect(spec.normalise.method).toBe(['minmax', 'zscore'][Math.floor(u[1]! * 2)]);
      expect(spec.aggregate.method).toBe(['arithmetic', 'geometric'][Math.floor(u[5]! * 2)]);
      specs.set(c, spec);
    }
    expect([...specs.keys()].sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('noisy weights are the weights specSampler puts in the spec', () => {
    const sampler = designSampler(base, input.framework, COINR_EXAMPLE_DESIGN.factors);
    const specFor = specSampler(base, input.framework, COINR_EXAMPLE_DESIGN.factors);
    const w = new Float64Array(input.framework.nodes.length);
    for (const u of monteCarloSample(5, COINR_EXAMPLE_DESIGN.factors.length, 2)) {
      sampler.noisyWeights(u, w);
      const spec = specFor(u);
      expect(spec.weight.method === 'manual' && Object.values(spec.weight.weights)).toEqual([...w]);
    }
  });
});

describe('column arena', () => {
  it('gives new, zeroed, separate columns; long ones get a buffer of their own', () => {
    const column = columnArena(64);
    const a = column(5);
    const b = column(5);
    a.fill(1);
    expect([...b]).toEqual([0, 0, 0, 0, 0]);
    expect(a.buffer).toBe(b.buffer);
    expect(column(9).buffer).not.toBe(a.buffer);
    // A column that does not fit in what is left of the chunk starts a new one.
    for (let i = 0; i < 10; i++) column(5);
    expect(column(5).length).toBe(5);
  });
});
