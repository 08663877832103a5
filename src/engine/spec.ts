import { ParadipError } from '../errors/paradip-error.js';
import { z } from 'zod';

// The declarative index spec. Every stage has a `method`; the forms of issue #3 are accepted as written.

const treatBase = z.object({
  method: z.literal('winsorise'),
  winmax: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(5)
    .describe('maximum number of points to winsorise (at most the number of units)'),
  skew: z.number().min(0.01).max(100).default(2).describe('|skewness| threshold'),
  kurtosis: z.number().min(-3).max(1000).default(3.5).describe('kurtosis threshold'),
  fallback: z.enum(['log_ct', 'none']).default('log_ct').describe('transform applied if winsorisation fails'),
});
const treatNone = z.object({ method: z.literal('none') });
const treatLog = z.object({
  method: z.literal('log'),
  offset: z
    .number()
    .min(0)
    .default(1)
    .describe('added before the logarithm: log(x + offset); 1 keeps zero counts at 0'),
});
/** Per indicator: the JRC rule, nothing, or a log chosen in advance for counts that grow with size. */
export const TreatMethodSchema = z.discriminatedUnion('method', [treatBase, treatNone, treatLog]);

export const NormaliseMethodSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('minmax'), range: z.tuple([z.number(), z.number()]).default([0, 100]) }),
  z.object({
    method: z.literal('zscore'),
    mean: z.number().default(0),
    sd: z.number().positive().default(1),
  }),
  z.object({ method: z.literal('rank') }),
  z.object({ method: z.literal('percentile_rank') }),
  z.object({ method: z.literal('borda') }),
  z.object({
    method: z.literal('goalposts'),
    posts: z.record(z.string(), z.tuple([z.number(), z.number()])).describe('per indicator: [lower, upper]'),
    scale: z.number().default(100),
    truncate: z.boolean().default(true),
  }),
  z.object({ method: z.literal('dist_max') }),
  z.object({
    method: z.literal('dist_target'),
    capMax: z.boolean().default(false),
    scale: z.number().default(1),
  }),
  z.object({
    method: z.literal('dist_reference'),
    reference: z.string(),
    capMax: z.boolean().default(false),
  }),
  z.object({ method: z.literal('frac_max') }),
  z.object({ method: z.literal('none') }),
]);

const AggregateMethodSchema = z.object({
  method: z.enum(['arithmetic', 'geometric', 'harmonic', 'generalised', 'copeland']),
  p: z.number().optional().describe('exponent of the generalised mean'),
});

export const IndexSpecSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().optional(),
    description: z.string().optional(),
    denominate: z
      .discriminatedUnion('method', [
        z.object({ method: z.literal('metadata') }),
        z.object({ method: z.literal('none') }),
        z.object({ method: z.literal('custom'), by: z.record(z.string(), z.string()) }),
      ])
      .default({ method: 'metadata' }),
    impute: z
      .object({
        method: z.enum(['none', 'mean', 'median', 'mean_group', 'median_group']),
        group: z.string().optional(),
      })
      .refine((s) => !s.method.endsWith('_group') || !!s.group, {
        message: 'impute: group methods need "group"',
      })
      .default({ method: 'none' }),
    screen: z
      .object({
        by: z.enum(['none', 'na', 'zeros', 'na_and_zeros']),
        threshold: z
          .number()
          .min(0)
          .max(1)
          .default(0.66)
          .describe('minimum share of available values per unit'),
        zeroThreshold: z.number().min(0).max(1).default(0.5).describe('maximum share of zeros per unit'),
      })
      .default({ by: 'none', threshold: 0.66, zeroThreshold: 0.5 }),
    treat: z
      .union([treatBase, treatNone])
      .and(z.object({ overrides: z.record(z.string(), TreatMethodSchema).optional() }))
      .default({ method: 'none' }),
    normalise: NormaliseMethodSchema.and(
      z.object({ overrides: z.record(z.string(), NormaliseMethodSchema).optional() }),
    ).default({ method: 'minmax', range: [0, 100] }),
    weight: z
      .discriminatedUnion('method', [
        z.object({ method: z.literal('metadata') }),
        z.object({ method: z.literal('equal') }),
        z.object({ method: z.literal('manual'), weights: z.record(z.string(), z.number().min(0)) }),
        z.object({ method: z.literal('set'), name: z.string().describe('a key of weightSets') }),
        z.object({
          method: z
            .literal('pca')
            .describe('squared loadings of the first principal component of each group'),
        }),
      ])
      .default({ method: 'metadata' }),
    weightSets: z
      .record(z.string(), z.record(z.string(), z.number().min(0)))
      .optional()
      .describe('named weight sets ({name: {code: weight}}), chosen with weight: {method: "set", name}'),
    aggregate: AggregateMethodSchema.and(
      z.object({
        minAvailability: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('below this share of available children the aggregate is missing'),
        levels: z
          .record(z.string(), AggregateMethodSchema)
          .optional()
          .describe('per level (2, 3, …): overrides'),
      }),
    ).default({ method: 'arithmetic' }),
  })
  .strict();

export type IndexSpec = z.output<typeof IndexSpecSchema>;
export type IndexSpecInput = z.input<typeof IndexSpecSchema>;
export type TreatMethod = z.output<typeof TreatMethodSchema>;
export type NormaliseMethod = z.output<typeof NormaliseMethodSchema>;
export type AggregateMethod = z.output<typeof AggregateMethodSchema>;

export class SpecError extends ParadipError {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(
      'input',
      `invalid index spec:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
      { parameter: 'spec', issues },
    );
  }
}

/**
 * Validate a spec and fill in defaults.
 * @example parseSpec({ normalise: { method: 'zscore' } }).normalise // { method: 'zscore', mean: 0, sd: 1 }
 */
export function parseSpec(input: unknown): IndexSpec {
  if (typeof input === 'object' && input !== null && parsed.has(input)) return input as IndexSpec;
  const r = IndexSpecSchema.safeParse(input ?? {});
  if (!r.success)
    throw new SpecError(r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  parsed.add(r.data);
  return r.data;
}

// Specs that came out of parseSpec: passed to parseSpec again
// they are returned as they are, so a run, a design or a replication parses its spec once, not at every step.
// The engine never modifies a spec; a caller changing a parsed spec in place must parse a copy instead.
const parsed = new WeakSet<object>();

/** The JSON Schema of the spec, published at docs/index-spec.schema.json. */
export function specJsonSchema(): unknown {
  return z.toJSONSchema(IndexSpecSchema, { io: 'input', unrepresentable: 'any' });
}
