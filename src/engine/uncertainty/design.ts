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

/**
 * The specs of a design's replications: `(u) => spec`, the base spec with each factor set from its coordinate of u.
 * Each combination of discrete choices is validated once (not once per replication); weight noise only scales
 * valid weights by factors in [0, 2], so it needs no validation.
 */
export function specSampler(
  base: IndexSpec,
  framework: Framework,
  factors: Factor[],
): (u: ArrayLike<number>) => IndexSpec {
  const byChoice = new Map<string, IndexSpec>();
  const baseWeights = factors.some((f) => f.kind === 'weights')
    ? resolveWeights(
        framework,
        base.weight.method === 'pca' ? { method: 'metadata' } : base.weight,
        base.weightSets,
      )
    : null;
  const unit = (u: ArrayLike<number>, i: number) => Math.min(Math.max(u[i]!, 0), 1 - Number.EPSILON);
  const atLevel = factors.map((f) =>
    f.kind === 'weights' ? framework.nodes.filter((n) => n.level === f.level).map((n) => n.code) : [],
  );
  return (u) => {
    let key = '';
    factors.forEach((f, i) => {
      if (f.kind === 'discrete') key += `${Math.floor(unit(u, i) * f.values.length)},`;
    });
    let spec = byChoice.get(key);
    if (!spec) {
      const draft = structuredClone(base) as unknown as Record<string, unknown>;
      factors.forEach((f, i) => {
        if (f.kind === 'discrete')
          setPath(draft, f.path, structuredClone(f.values[Math.floor(unit(u, i) * f.values.length)]));
      });
      if (baseWeights) draft.weight = { method: 'manual', weights: baseWeights };
      byChoice.set(key, (spec = parseSpec(draft)));
    }
    if (!baseWeights) return spec;
    const weights = { ...baseWeights };
    factors.forEach((f, i) => {
      if (f.kind !== 'weights') return;
      const rand = mulberry32(seedFromUnit(unit(u, i), i));
      for (const code of atLevel[i]!) weights[code] = weights[code]! * (1 - f.noise + 2 * f.noise * rand());
    });
    return { ...spec, weight: { method: 'manual', weights } };
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
