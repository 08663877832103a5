import { ParadipError } from '../errors/paradip-error.js';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { parseExpression, variablesOf, type Expr } from './expression.js';

const AxisSchema = z
  .object({
    name_en: z.string(),
    name_ru: z.string(),
    description_en: z.string().optional(),
    description_ru: z.string().optional(),
    index: z.string().default('activity').describe('which index the axis reads (activity, potential)'),
    from: z
      .array(z.string())
      .min(1)
      .describe('columns of that index (normalised indicators, pillars, index), averaged'),
  })
  .strict();

const ClassSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case id of letters, digits and _'),
    name_en: z.string(),
    name_ru: z.string(),
    rule: z
      .union([z.string(), z.boolean()])
      .describe('expression over axes, tags and columns; true = everyone left'),
    justification_en: z.string(),
    justification_ru: z.string(),
  })
  .strict();

export const TypologySchema = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    source: z.string().optional(),
    axes: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), AxisSchema),
    scale: z
      .enum(['minmax', 'percentile'])
      .default('minmax')
      .describe('how each axis is rescaled 0–100 across the regions: min-max or percentile rank'),
    insufficient_data: z
      .object({
        min_tie_sources: z
          .number()
          .int()
          .min(0)
          .default(1)
          .describe('tie sources (twinning, missions, imports) that must hold an entry for the region'),
      })
      .strict()
      .default({ min_tie_sources: 1 }),
    tags: z
      .object({
        arctic: z.object({ regions: z.array(z.string()), source: z.string() }).strict(),
        megacity_population: z.number().positive().default(1_000_000),
        custom: z
          .record(
            z.string(),
            z.object({ regions: z.array(z.string()), source: z.string().optional() }).strict(),
          )
          .default({}),
      })
      .strict(),
    classes: z
      .array(ClassSchema)
      .min(2)
      .describe('ordered from the highest level to the lowest; the first matching rule wins'),
    unstable_below: z
      .number()
      .min(0)
      .max(1)
      .default(0.75)
      .describe('a class is unstable when its Monte Carlo probability is below this'),
  })
  .strict();

export type TypologyFile = z.output<typeof TypologySchema>;
export type Typology = TypologyFile & { rules: Expr[] };

export class TypologyError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

/**
 * Parse and check a typology (YAML or JSON text). Errors name the file and the field: unknown keys, bad rules,
 * rules that read unknown variables, or a last class that does not catch everyone left.
 * `known` lists the variables rules may use and the columns of each index the axes may read.
 */
export function parseTypology(
  text: string,
  file: string,
  known: { variables: Set<string>; columns: Record<string, Set<string>> },
): Typology {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new TypologyError(`${file}: not valid YAML (${(err as Error).message})`);
  }
  const r = TypologySchema.safeParse(raw);
  if (!r.success)
    throw new TypologyError(
      `${file}: invalid typology:\n${r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
    );
  const t = r.data;
  const ids = new Set<string>();
  const vars = new Set([...known.variables, ...Object.keys(t.axes), ...Object.keys(t.tags.custom)]);
  const rules = t.classes.map((c, i) => {
    if (ids.has(c.id)) throw new TypologyError(`${file}: classes.${i}.id: duplicate class "${c.id}"`);
    ids.add(c.id);
    let e: Expr;
    try {
      e = typeof c.rule === 'boolean' ? { kind: 'bool', value: c.rule } : parseExpression(c.rule);
    } catch (err) {
      throw new TypologyError(`${file}: classes.${i}.rule (${c.id}): ${(err as Error).message}`);
    }
    for (const v of variablesOf(e))
      if (!vars.has(v))
        throw new TypologyError(
          `${file}: classes.${i}.rule (${c.id}): unknown variable "${v}"; known: ${[...vars].sort().join(', ')}`,
        );
    return e;
  });
  const last = rules[rules.length - 1]!;
  if (!(last.kind === 'bool' && last.value))
    throw new TypologyError(
      `${file}: classes.${rules.length - 1}.rule: the last class must be "true" so that every region gets a class`,
    );
  for (const [name, axis] of Object.entries(t.axes)) {
    const cols = known.columns[axis.index];
    if (!cols)
      throw new TypologyError(
        `${file}: axes.${name}.index: unknown index "${axis.index}"; known: ${Object.keys(known.columns).join(', ')}`,
      );
    for (const col of axis.from)
      if (!cols.has(col))
        throw new TypologyError(
          `${file}: axes.${name}.from: "${col}" is not a column of the ${axis.index} index`,
        );
  }
  return { ...t, rules };
}
