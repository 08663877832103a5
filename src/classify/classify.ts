import { comparisonsOf, evaluate, type Context, type Expr } from './expression.js';
import type { Typology } from './typology.js';

export interface ClassificationInput {
  units: string[];
  /** The index's aggregated table: normalised indicators, pillars and the index. */
  columns: Record<string, Float64Array>;
  tags: Map<string, Record<string, boolean>>;
  /** Raw counts per unit: ties_total and countries_total. */
  counts: Map<string, { ties_total: number; countries_total: number }>;
}

export const NO_DATA = 'no_data';

export interface Condition {
  variable: string;
  op: string;
  threshold: number;
  value: number | null;
  met: boolean;
  /** How far the value is from the threshold (positive = met by that much, negative = short by that much). */
  margin: number | null;
}

export interface RegionClass {
  unit: string;
  class: string;
  /** Position in the typology, 0 = highest; the no-data class comes after the lowest. */
  level: number;
  axes: Record<string, number | null>;
  tags: Record<string, boolean>;
  counts: { ties_total: number; countries_total: number };
  /** The conditions of the region's own class rule, with their margins. */
  own: Condition[];
  /** The class above (absent for the highest): all its conditions, and the cheapest set of unmet ones to fix. */
  up: { class: string; conditions: Condition[]; needed: Condition[] } | null;
  /** The class the region would fall to, and the own condition closest to failing. */
  down: { class: string; nearest: Condition | null } | null;
}

/**
 * Axis scores of every unit: the mean of the axis's columns, rescaled 0–100 across the units (0 = the least
 * active region on that axis, 100 = the most). Rescaling makes thresholds mean the same whatever normalisation the
 * index used, so Monte Carlo runs with other normalisations can be classified with the same rules. A unit missing
 * any of the columns has no axis score.
 */
export function axisScores(
  input: ClassificationInput,
  typology: Typology,
): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const [name, axis] of Object.entries(typology.axes)) {
    const cols = axis.from.map((c) => input.columns[c]!).filter(Boolean);
    const raw = input.units.map((_, i) => {
      let s = 0;
      for (const c of cols) {
        if (Number.isNaN(c[i]!)) return null;
        s += c[i]!;
      }
      return s / cols.length;
    });
    const present = raw.filter((v): v is number => v !== null);
    const min = Math.min(...present);
    const max = Math.max(...present);
    out[name] = raw.map((v) => (v === null ? null : max > min ? ((v - min) / (max - min)) * 100 : 0));
  }
  return out;
}

function conditions(rule: Expr, ctx: Context): Condition[] {
  return comparisonsOf(rule).map((c) => {
    const raw = ctx[c.variable];
    const value = typeof raw === 'boolean' ? Number(raw) : (raw ?? null);
    const met = evaluate(c, ctx);
    const margin =
      value === null
        ? null
        : c.op === '>=' || c.op === '>'
          ? value - c.value
          : c.op === '<=' || c.op === '<'
            ? c.value - value
            : met
              ? 0
              : -Math.abs(value - c.value);
    return { variable: c.variable, op: c.op, threshold: c.value, value, met, margin };
  });
}

/**
 * The cheapest way to make a rule true: for `and`, what each side needs; for `or`, the side needing the smallest
 * total change. Unmet tags cannot be changed by activity and cost infinitely much.
 */
export function cheapestPath(e: Expr, ctx: Context): { needed: Condition[]; cost: number } {
  if (evaluate(e, ctx)) return { needed: [], cost: 0 };
  switch (e.kind) {
    case 'cmp': {
      const c = conditions(e, ctx)[0]!;
      return { needed: [c], cost: c.margin === null ? Infinity : Math.abs(c.margin) };
    }
    case 'and': {
      const l = cheapestPath(e.left, ctx);
      const r = cheapestPath(e.right, ctx);
      return { needed: [...l.needed, ...r.needed], cost: l.cost + r.cost };
    }
    case 'or': {
      const l = cheapestPath(e.left, ctx);
      const r = cheapestPath(e.right, ctx);
      return l.cost <= r.cost ? l : r;
    }
    default:
      return { needed: [], cost: Infinity };
  }
}

/** The variables a rule may read for one unit: axes, index columns, tags and counts. */
function contextOf(
  input: ClassificationInput,
  scores: Record<string, (number | null)[]>,
  i: number,
): { ctx: Context; axes: Record<string, number | null> } {
  const unit = input.units[i]!;
  const ctx: Context = {};
  for (const [code, col] of Object.entries(input.columns)) ctx[code] = Number.isNaN(col[i]!) ? null : col[i]!;
  const axes: Record<string, number | null> = {};
  for (const [name, values] of Object.entries(scores)) {
    axes[name] = values[i]!;
    ctx[name] = axes[name];
  }
  Object.assign(
    ctx,
    input.tags.get(unit) ?? {},
    input.counts.get(unit) ?? { ties_total: 0, countries_total: 0 },
  );
  return { ctx, axes };
}

/**
 * Put every unit in exactly one class: the first class (from the highest) whose rule holds. A unit without a
 * score on every axis is not classified (class "no_data") rather than pushed down: missing is not zero.
 */
export function classify(input: ClassificationInput, typology: Typology): RegionClass[] {
  const scores = axisScores(input, typology);
  return input.units.map((unit, i) => {
    const { ctx, axes } = contextOf(input, scores, i);
    const tags = input.tags.get(unit) ?? {};
    const counts = input.counts.get(unit) ?? { ties_total: 0, countries_total: 0 };
    if (Object.values(axes).some((v) => v === null))
      return {
        unit,
        class: NO_DATA,
        level: typology.classes.length,
        axes,
        tags,
        counts,
        own: [],
        up: null,
        down: null,
      };
    const level = typology.rules.findIndex((r) => evaluate(r, ctx));
    const cls = typology.classes[level]!;
    const above = level > 0 ? typology.classes[level - 1]! : null;
    const below = level < typology.classes.length - 1 ? typology.classes[level + 1]! : null;
    const own = conditions(typology.rules[level]!, ctx);
    const nearest =
      own.filter((c) => c.met && c.margin !== null).sort((a, b) => a.margin! - b.margin!)[0] ?? null;
    return {
      unit,
      class: cls.id,
      level,
      axes,
      tags,
      counts,
      own,
      up: above
        ? {
            class: above.id,
            conditions: conditions(typology.rules[level - 1]!, ctx),
            needed: cheapestPath(typology.rules[level - 1]!, ctx).needed,
          }
        : null,
      down: below ? { class: below.id, nearest } : null,
    };
  });
}

/** Just the class of each unit (for Monte Carlo runs, where explanations are not needed). */
export function classOnly(input: ClassificationInput, typology: Typology): string[] {
  const scores = axisScores(input, typology);
  return input.units.map((_, i) => {
    const { ctx, axes } = contextOf(input, scores, i);
    if (Object.values(axes).some((v) => v === null)) return NO_DATA;
    return typology.classes[typology.rules.findIndex((r) => evaluate(r, ctx))]!.id;
  });
}
