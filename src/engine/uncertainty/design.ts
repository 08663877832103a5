import { z } from 'zod';
import type { Framework } from '../framework.js';
import type { IndexSpec } from '../spec.js';
import { designSampler } from './design-sampler.js';

/**
 * An uncertain input of the pipeline, driven by one number u ∈ [0, 1):
 * - `discrete`: the value at `path` in the spec (e.g. "treat.winmax", "normalise", "aggregate.method") is one of
 *   `values`, chosen uniformly;
 * - `weights`: the weight of every node at `level` is multiplied by an independent factor in [1 − noise, 1 + noise]
 *   (COINr get_noisy_weights); u seeds the draw, so the factor stays one scalar for sensitivity analysis.
 */
export const FactorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('discrete'),
    name: z.string(),
    path: z.string(),
    values: z.array(z.unknown()).min(1),
  }),
  z.object({
    kind: z.literal('weights'),
    name: z.string(),
    level: z.number().int().min(1),
    noise: z.number().min(0).max(1),
  }),
]);

export const DesignSchema = z.object({ factors: z.array(FactorSchema).min(1) }).strict();

export type Factor = z.output<typeof FactorSchema>;
export type Design = z.output<typeof DesignSchema>;

export function parseDesign(input: unknown): Design {
  const r = DesignSchema.safeParse(input);
  if (!r.success)
    throw new Error(
      `parseDesign: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}

/** The specs of a design's replications: `(u) => spec`, the base spec with each factor set from its coordinate of u. */
export function specSampler(
  base: IndexSpec,
  framework: Framework,
  factors: Factor[],
): (u: ArrayLike<number>) => IndexSpec {
  const sampler = designSampler(base, framework, factors);
  const weights = new Float64Array(framework.nodes.length);
  return (u) => {
    const spec = sampler.specOf(sampler.choice(u));
    if (!sampler.baseWeights) return spec;
    sampler.noisyWeights(u, weights);
    const manual: Record<string, number> = {};
    framework.nodes.forEach((n, i) => (manual[n.code] = weights[i]!));
    return { ...spec, weight: { method: 'manual', weights: manual } };
  };
}

/** COINr's documented example design: winmax 1–5, min-max vs z-score, 25 % weight noise at levels 2–4, mean type. */
export const COINR_EXAMPLE_DESIGN: Design = {
  factors: [
    { kind: 'discrete', name: 'winmax', path: 'treat.winmax', values: [1, 2, 3, 4, 5] },
    {
      kind: 'discrete',
      name: 'normalisation',
      path: 'normalise',
      values: [
        { method: 'minmax', range: [1, 100] },
        { method: 'zscore', mean: 10, sd: 2 },
      ],
    },
    { kind: 'weights', name: 'weights L2', level: 2, noise: 0.25 },
    { kind: 'weights', name: 'weights L3', level: 3, noise: 0.25 },
    { kind: 'weights', name: 'weights L4', level: 4, noise: 0.25 },
    { kind: 'discrete', name: 'aggregation', path: 'aggregate.method', values: ['arithmetic', 'geometric'] },
  ],
};
