import { describe, expect, it } from 'vitest';
import { runIndex } from '../../src/engine/pipeline.js';
import { parseSpec } from '../../src/engine/spec.js';
import { COINR_EXAMPLE_DESIGN, specSampler, type Design } from '../../src/engine/uncertainty/design.js';
import { monteCarloSample, replicate, runUncertainty } from '../../src/engine/uncertainty/monte-carlo.js';
import { createReplicator, descendingRanks } from '../../src/engine/uncertainty/replicator.js';
import { jansenIndices, saltelliSample, sobolWithBootstrap } from '../../src/engine/uncertainty/sobol.js';
import { runSensitivity } from '../../src/engine/uncertainty/sensitivity.js';
import { parallelReplicate } from '../../src/parallel/parallel-replicate.js';
import { ASEM_SPEC, asemInput, HAVE_COINR } from '../helpers/coinr.js';

describe('Sobol indices (Saltelli design, Jansen estimators)', () => {
  it('recover the analytic indices of a linear model', () => {
    // y = 1·u1 + 2·u2 + 0·u3 with independent uniform u: Var contributions ∝ 1 : 4 : 0, additive so Sᵢ = STᵢ.
    const n = 20000;
    const { points } = saltelliSample(n, 3, 7);
    const y = Float64Array.from(points, (u) => u[0]! + 2 * u[1]!);
    const s = jansenIndices(y, n, 3);
    expect(s.first[0]).toBeCloseTo(0.2, 1);
    expect(s.first[1]).toBeCloseTo(0.8, 1);
    expect(s.total[0]).toBeCloseTo(0.2, 1);
    expect(s.total[1]).toBeCloseTo(0.8, 1);
    expect(s.total[2]).toBe(0);
  });
  it('detect interactions: for y = u1·u2 the total indices exceed the first-order ones', () => {
    const n = 20000;
    const { points } = saltelliSample(n, 2, 11);
    const y = Float64Array.from(points, (u) => (u[0]! - 0.5) * (u[1]! - 0.5));
    const s = sobolWithBootstrap(y, n, 2, { bootstrap: 100, seed: 3 });
    // Pure interaction: Sᵢ = 0, STᵢ = 1.
    expect(Math.abs(s.first[0]!)).toBeLessThan(0.05);
    expect(s.total[0]).toBeCloseTo(1, 1);
    expect(s.firstCI[0]![0]).toBeLessThanOrEqual(s.firstCI[0]![1]!);
  });
});

describe.runIf(HAVE_COINR)('uncertainty analysis on the ASEM example', () => {
  const input = asemInput();

  it('the memoised replicator gives exactly what runIndex gives for the same spec', () => {
    const run = createReplicator(input);
    const specFor = specSampler(parseSpec(ASEM_SPEC), input.framework, COINR_EXAMPLE_DESIGN.factors);
    const sample = monteCarloSample(5, COINR_EXAMPLE_DESIGN.factors.length, 5);
    for (const u of sample) {
      const spec = specFor(u);
      // The sampler validates each combination once: its specs are what parsing a copy gives.
      expect(parseSpec(structuredClone(spec))).toEqual(spec);
      const direct = runIndex(input, spec).steps.Aggregated.columns.Index!;
      expect([...run(spec).scores]).toEqual([...direct]);
    }
  });

  it('is reproducible for a seed and changes with it', () => {
    const a = runUncertainty(input, ASEM_SPEC, COINR_EXAMPLE_DESIGN, { runs: 200, seed: 42 });
    const b = runUncertainty(input, ASEM_SPEC, COINR_EXAMPLE_DESIGN, { runs: 200, seed: 42 });
    const c = runUncertainty(input, ASEM_SPEC, COINR_EXAMPLE_DESIGN, { runs: 200, seed: 43 });
    expect(b.units).toEqual(a.units);
    expect(c.units).not.toEqual(a.units);
  });

  it('agrees with COINr’s sensitivity vignette rank statistics (AUS: nominal 35, median 35, Q5 34, Q95 38, mean ≈ 35.28)', () => {
    const r = runUncertainty(input, ASEM_SPEC, COINR_EXAMPLE_DESIGN, { runs: 2000, seed: 1 });
    const aus = r.units.find((u) => u.unit === 'AUS')!;
    expect(aus).toMatchObject({ nominal: 35, median: 35, q05: 34, q95: 38 });
    expect(aus.mean!).toBeGreaterThan(35);
    expect(aus.mean!).toBeLessThan(35.6);
    expect(r.units.find((u) => u.unit === 'CHE')!.nominal).toBe(1);
  });

  it('a design that changes nothing leaves every rank at its nominal value', () => {
    const design: Design = {
      factors: [{ kind: 'discrete', name: 'same', path: 'aggregate.method', values: ['arithmetic'] }],
    };
    const r = runUncertainty(input, ASEM_SPEC, design, { runs: 20, seed: 1 });
    for (const u of r.units) expect([u.q05, u.median, u.q95]).toEqual([u.nominal, u.nominal, u.nominal]);
  });

  it('worker threads give the same results as one thread', async () => {
    const spec = parseSpec(ASEM_SPEC);
    const sample = monteCarloSample(400, COINR_EXAMPLE_DESIGN.factors.length, 9);
    const one = replicate(input, spec, COINR_EXAMPLE_DESIGN, sample);
    const two = await parallelReplicate(input, spec, COINR_EXAMPLE_DESIGN, sample, {
      workers: 2,
      minPerWorker: 100,
    });
    expect(two.results.map((r) => [...r!.ranks])).toEqual(one.results.map((r) => [...r!.ranks]));
  });

  it('sensitivity: aggregation and normalisation matter most; level-4 weights (the index has no parent) not at all', () => {
    const s = runSensitivity(input, ASEM_SPEC, COINR_EXAMPLE_DESIGN, { n: 300, seed: 2, bootstrap: 100 });
    const total = Object.fromEntries(s.factors.map((f) => [f.name, f.total]));
    expect(total['weights L4']).toBe(0);
    expect(total.aggregation).toBeGreaterThan(total.winmax!);
    expect(s.runs).toBe(300 * (COINR_EXAMPLE_DESIGN.factors.length + 2));
  });

  it('ranks: 1 for the highest score, missing stays missing', () => {
    expect([...descendingRanks(Float64Array.from([5, 9, NaN, 9]))]).toEqual([3, 1, NaN, 1]);
  });
});
