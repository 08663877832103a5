import { ParadipError } from '../errors/paradip-error.js';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import {
  REGIONAL_INDEX_IDS,
  REGIONAL_INDICES,
  type RegionalIndexId,
} from '../regional/regional-framework.js';

const Unit = z.number().min(0).max(1);

export const ScenarioSchema = z
  .object({
    name: z.string(),
    /** The name in Russian output (default: name). */
    name_ru: z.string().optional(),
    description: z.string().optional(),
    from: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional()
      .describe('date the freeze starts (documentation; ties are undated)'),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .optional()
      .describe('ISO 3166-1 alpha-2 codes whose ties are frozen; absent = any analysed country'),
    freeze: z.record(z.string(), Unit).describe('per channel: 1 = alive, 0 = frozen'),
    openness: z
      .record(z.string(), Unit)
      .default({})
      .describe('per country: how far its counterparts still engage'),
  })
  .strict();

export const CrisisModelSchema = z
  .object({
    name: z.string(),
    channels: z.record(
      z.string(),
      z
        .object({
          category: z.enum(['culture', 'institutional', 'geographic', 'economic']),
          basis: z.enum(['observed', 'derived', 'modelled']),
          tie_types: z.array(z.string()).min(1).describe('the tie types the channel reads'),
          mission: z
            .enum(['consular'])
            .optional()
            .describe('of the bundled foreign_mission ties, only consular posts (embassies are federal)'),
          measure: z.enum(['count', 'value']),
          unit: z.string().optional(),
          /** The unit in Russian, for Russian text (default: `unit`). */
          unit_ru: z.string().optional(),
          scale: z.enum(['log', 'linear']),
          weight: z.number().min(0),
          name_en: z.string(),
          name_ru: z.string(),
          /** A legal note shown after the channel in reasons, where the law applies to it (both or neither). */
          note_en: z.string().optional(),
          note_ru: z.string().optional(),
        })
        .strict()
        .refine((c) => (c.note_en === undefined) === (c.note_ru === undefined), {
          message: 'note_en and note_ru go together (every text in both languages)',
        }),
    ),
    default_scenario: ScenarioSchema,
    uncertainty: z
      .object({
        runs: z.number().int().min(0),
        seed: z.number().int().min(0),
        weight_noise: Unit,
        freeze_noise: Unit,
      })
      .strict(),
    evidence: z
      .object({
        decisive_basis: z
          .array(z.enum(['observed', 'derived', 'modelled']))
          .min(1)
          .describe('a framework fits only if a channel meeting its condition has one of these bases'),
        thin_below: z
          .number()
          .int()
          .min(0)
          .describe('fewer observed ties with the country (all regions) than this: "thin evidence"; 0 = off'),
      })
      .strict(),
    frameworks: z
      .object({
        culture_image: z
          .object({
            threshold: Unit,
            potential: z
              .object({
                index: z.string().describe('the index whose columns are read (docs/index.md)'),
                from: z
                  .array(z.string())
                  .min(1)
                  .describe('pillars (or the composite, `index`) of that index, averaged'),
                min_percentile: z
                  .number()
                  .min(0)
                  .max(100)
                  .describe('percentile rank among the regions the mean must reach (0 = not read)'),
              })
              .strict(),
          })
          .strict(),
        political_plus: z.object({ min_economic_strength: Unit }).strict(),
      })
      .strict(),
    legal_steps: z.array(
      z
        .object({
          id: z.string(),
          applies_to: z.array(z.enum(['culture_image', 'political_plus'])),
          when: z.enum(['border']).optional(),
          en: z.string(),
          ru: z.string(),
          source: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

export type Scenario = z.output<typeof ScenarioSchema>;
export type CrisisModel = z.output<typeof CrisisModelSchema>;
export type Channel = CrisisModel['channels'][string];

export class ConfigError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

function parseWith<T>(schema: z.ZodType<T>, text: string, file: string, what: string): T {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML/JSON (${(err as Error).message})`);
  }
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new ConfigError(
      `${file}: invalid ${what}:\n${r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
    );
  return r.data;
}

/** A crisis model file; the soft-power columns it names must be pillars or the composite of that index. */
export function parseCrisisModel(text: string, file: string): CrisisModel {
  const m = parseWith(CrisisModelSchema, text, file, 'crisis model');
  const p = m.frameworks.culture_image.potential;
  const index = (REGIONAL_INDICES as Record<string, (typeof REGIONAL_INDICES)[RegionalIndexId] | undefined>)[
    p.index
  ];
  if (!index)
    throw new ConfigError(
      `${file}: frameworks.culture_image.potential.index: unknown index "${p.index}"; indices: ${REGIONAL_INDEX_IDS.join(', ')}`,
    );
  const columns = index.nodes.filter((n) => n.type === 'aggregate').map((n) => n.code);
  for (const c of p.from)
    if (!columns.includes(c))
      throw new ConfigError(
        `${file}: frameworks.culture_image.potential.from: "${c}" is not a pillar of the ${p.index} index; pillars: ${columns.join(', ')}`,
      );
  return m;
}

/** A scenario file; its channels must be channels of the model. */
export function parseScenario(text: string, file: string, model: CrisisModel): Scenario {
  const s = parseWith(ScenarioSchema, text, file, 'scenario');
  for (const k of Object.keys(s.freeze))
    if (!(k in model.channels))
      throw new ConfigError(
        `${file}: freeze.${k}: unknown channel; channels: ${Object.keys(model.channels).join(', ')}`,
      );
  return s;
}
