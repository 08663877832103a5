import { ParadipError } from '../errors/paradip-error.js';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const Regions = z
  .union([z.string(), z.array(z.string()).min(1)])
  .transform((r) => (Array.isArray(r) ? r : [r]));
const Iso2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. FI');

/** What the model must show for an expectation to pass. */
export const CheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('land_border'), region: Regions, country: Iso2 }).strict(),
  z.object({ kind: z.literal('longest_border'), region: z.string(), country: Iso2 }).strict(),
  z
    .object({
      kind: z.literal('border_length'),
      region: z.string(),
      country: Iso2,
      km: z.number().positive(),
      tolerance: z.number().positive().max(1),
    })
    .strict(),
  z.object({ kind: z.literal('sea_neighbour'), region: Regions, country: Iso2 }).strict(),
  z.object({ kind: z.literal('tag_members'), tag: z.string(), regions: z.array(z.string()).min(1) }).strict(),
  z
    .object({ kind: z.literal('tag_includes'), tag: z.string(), regions: z.array(z.string()).min(1) })
    .strict(),
  z.object({ kind: z.literal('top_partner'), region: z.string(), country: Iso2, tie: z.string() }).strict(),
  z
    .object({
      kind: z.literal('rank_top'),
      index: z.string(),
      region: z.string(),
      n: z.number().int().positive(),
    })
    .strict(),
  z.object({ kind: z.literal('above_median'), index: z.string(), region: z.string() }).strict(),
  z.object({ kind: z.literal('class_in'), region: Regions, classes: z.array(z.string()).min(1) }).strict(),
  z
    .object({ kind: z.literal('class_not_in'), region: Regions, classes: z.array(z.string()).min(1) })
    .strict(),
  z.object({ kind: z.literal('group_median'), index: z.string(), tag: z.string() }).strict(),
  z
    .object({
      kind: z.literal('published_group'),
      index: z.string(),
      name: z.string(),
      regions: z.array(z.string()).min(2),
      min: z.number().min(-1).max(1),
    })
    .strict(),
  z
    .object({ kind: z.literal('crisis_top'), country: Iso2, region: Regions, k: z.number().int().positive() })
    .strict(),
]);

export type Check = z.output<typeof CheckSchema>;

const ExpectationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id of letters, digits and -'),
    claim_en: z.string().min(1),
    claim_ru: z.string().min(1),
    sources: z.array(z.string()).min(1),
    check: CheckSchema,
    /** A documented cause, written after a failure was investigated (shown with the result, never used to pass). */
    note_en: z.string().optional(),
    /** The sources the note rests on (keys of `sources`), cited under it. */
    note_sources: z.array(z.string()).optional(),
  })
  .strict();

const FileSchema = z
  .object({
    sources: z.record(
      z.string(),
      z.object({ cite: z.string().min(1), url: z.string().url().optional() }).strict(),
    ),
    expectations: z.array(ExpectationSchema).min(1),
  })
  .strict();

export type Expectation = z.output<typeof ExpectationSchema>;
export type ExpectationsFile = z.output<typeof FileSchema>;

export class ExpectationsError extends ParadipError {
  constructor(message: string) {
    super('input', message, null);
  }
}

/** Parse an expectations file; errors name the file and the field. Every cited source must be listed once. */
export function parseExpectations(text: string, file: string): ExpectationsFile {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ExpectationsError(`${file}: not valid YAML (${(err as Error).message})`);
  }
  const r = FileSchema.safeParse(raw);
  if (!r.success)
    throw new ExpectationsError(
      `${file}: invalid expectations:\n${r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
    );
  const ids = new Set<string>();
  r.data.expectations.forEach((e, i) => {
    if (ids.has(e.id)) throw new ExpectationsError(`${file}: expectations.${i}.id: duplicate id "${e.id}"`);
    ids.add(e.id);
    for (const [field, keys] of [
      ['sources', e.sources],
      ['note_sources', e.note_sources ?? []],
    ] as const)
      for (const s of keys)
        if (!(s in r.data.sources))
          throw new ExpectationsError(
            `${file}: expectations.${i}.${field}: "${s}" is not listed under sources`,
          );
    if (e.note_sources && !e.note_en)
      throw new ExpectationsError(`${file}: expectations.${i}.note_sources: given without note_en`);
  });
  return r.data;
}
