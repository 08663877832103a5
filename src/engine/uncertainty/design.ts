import { z } from 'zod';
import type { Framework } from '../framework.js';
import { mulberry32, seedFromUnit } from '../random/mulberry32.js';
import { parseSpec, type IndexSpec } from '../spec.js';
import { resolveWeights } from '../steps/weights.js';

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

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]!] = value;
}

/** The spec of one replication: the base spec with each factor set from its u. */
export function specForSample(
  base: IndexSpec,
  framework: Framework,
  factors: Factor[],
  u: ArrayLike<number>,
): IndexSpec {
  const spec = structuredClone(base) as unknown as Record<string, unknown>;
  let weights: Record<string, number> | null = null;
  factors.forEach((f, i) => {
    const ui = Math.min(Math.max(u[i]!, 0), 1 - Number.EPSILON);
    if (f.kind === 'discrete')
      setPath(spec, f.path, structuredClone(f.values[Math.floor(ui * f.values.length)]));
    else {
      weights ??= resolveWeights(
        framework,
        base.weight.method === 'pca' ? { method: 'metadata' } : base.weight,
        base.weightSets,
      );
      const rand = mulberry32(seedFromUnit(ui, i));
      for (const n of framework.nodes)
        if (n.level === f.level) weights[n.code] = weights[n.code]! * (1 - f.noise + 2 * f.noise * rand());
    }
  });
  if (weights) spec.weight = { method: 'manual', weights };
  return parseSpec(spec);
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
