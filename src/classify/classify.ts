import { comparisonsOf, evaluate, type Context, type Expr } from './expression.js';
import type { Typology } from './typology.js';
import { rank } from '../engine/stats/rank.js';
import { isTieCovered } from '../query/tie-coverage.js';

export interface ClassificationInput {
  units: string[];
  /** Aggregated table (normalised indicators, pillars, composite) of each index the axes may read, by index name. */
  indices: Record<string, Record<string, Float64Array>>;
  tags: Map<string, Record<string, boolean>>;
  /** Raw counts per unit: ties_total and countries_total. */
  counts: Map<string, { ties_total: number; countries_total: number }>;
  /** Per unit: tie source → the region's ties in it (sources with none are listed with 0). */
  coverage: Map<string, Record<string, number>>;
}

/** The class of a region the data cannot classify: no entry in any tie source, or no score on an axis. */
export const INSUFFICIENT = 'insufficient_data';

/** Why a region is or is not classifiable: its entries in each tie source and the axes it has no score on. */
export interface Coverage {
  sources: Record<string, number>;
  /** Tie sources with at least one entry for the region. */
  covered: number;
  axes_missing: string[];
}

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
  /** Position in the typology, 0 = highest; insufficient data comes after the lowest. */
  level: number;
  axes: Record<string, number | null>;
  tags: Record<string, boolean>;
  counts: { ties_total: number; countries_total: number };
  coverage: Coverage;
  /** The conditions of the region's own class rule, with their margins. */
  own: Condition[];
  /** The class above (absent for the highest): all its conditions, and the cheapest set of unmet ones to fix. */
  up: { class: string; conditions: Condition[]; needed: Condition[] } | null;
  /** The class the region would fall to, and the own condition closest to failing. */
  down: { class: string; nearest: Condition | null } | null;
}

/** An index column as variables name it: `<index>_<column>`, e.g. `potential_index`. */
export const columnVariable = (index: string, column: string): string => `${index}_${column}`;

/**
 * Axis scores of every unit: the mean of the axis's columns (of its index), rescaled 0–100 across the units —
 * min-max (0 = the lowest region, 100 = the highest) or percentile rank (the share of regions below, ties
 * averaged), as the typology says. Rescaling makes thresholds mean the same whatever normalisation the index used,
 * so Monte Carlo and bootstrap replications can be classified with the same rules. A unit missing any of the
 * columns has no axis score.
 */
export function axisScores(
  input: ClassificationInput,
  typology: Typology,
): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const [name, axis] of Object.entries(typology.axes)) {
    const table = input.indices[axis.index];
    const cols = table ? axis.from.map((c) => table[c]!).filter(Boolean) : [];
    const raw = input.units.map((_, i) => {
      if (!cols.length) return null;
      let s = 0;
      for (const c of cols) {
        if (!Number.isFinite(c[i]!)) return null;
        s += c[i]!;
      }
      return s / cols.length;
    });
    const present = raw.filter((v): v is number => v !== null);
    if (typology.scale === 'percentile') {
      const r = rank(
        raw.map((v) => v ?? NaN),
        'average',
      );
      const n = present.length;
      out[name] = raw.map((v, i) => (v === null ? null : n > 1 ? ((r[i]! - 1) / (n - 1)) * 100 : 0));
    } else {
      const min = Math.min(...present);
      const max = Math.max(...present);
      out[name] = raw.map((v) => (v === null ? null : max > min ? ((v - min) / (max - min)) * 100 : 0));
    }
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

/** The variables a rule may read for one unit: axes, index columns (`<index>_<column>`), tags and counts. */
function contextOf(
  input: ClassificationInput,
  scores: Record<string, (number | null)[]>,
  i: number,
): { ctx: Context; axes: Record<string, number | null> } {
  const unit = input.units[i]!;
  const ctx: Context = {};
  for (const [index, table] of Object.entries(input.indices))
    for (const [code, col] of Object.entries(table))
      ctx[columnVariable(index, code)] = Number.isFinite(col[i]!) ? col[i]! : null;
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

function coverageOf(input: ClassificationInput, unit: string, axes: Record<string, number | null>): Coverage {
  const sources = input.coverage.get(unit) ?? {};
  return {
    sources,
    covered: Object.values(sources).filter((n) => n > 0).length,
    axes_missing: Object.keys(axes).filter((k) => axes[k] === null),
  };
}

const insufficient = (c: Coverage, t: Typology) =>
  c.axes_missing.length > 0 || !isTieCovered(c.sources, t.insufficient_data.min_tie_sources);

/**
 * Put every unit in exactly one class: the first class (from the highest) whose rule holds. A unit the data cannot
 * classify — no entry in enough tie sources, or no score on an axis — is "insufficient data" with its coverage,
 * never pushed down into a low class: missing is not zero, and absent from a source is not inactive.
 */
export function classify(input: ClassificationInput, typology: Typology): RegionClass[] {
  const scores = axisScores(input, typology);
  return input.units.map((unit, i) => {
    const { ctx, axes } = contextOf(input, scores, i);
    const tags = input.tags.get(unit) ?? {};
    const counts = input.counts.get(unit) ?? { ties_total: 0, countries_total: 0 };
    const coverage = coverageOf(input, unit, axes);
    if (insufficient(coverage, typology))
      return {
        unit,
        class: INSUFFICIENT,
        level: typology.classes.length,
        axes,
        tags,
        counts,
        coverage,
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
      coverage,
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

/** Just the class of each unit (for replications, where explanations are not needed). */
export function classOnly(input: ClassificationInput, typology: Typology): string[] {
  const scores = axisScores(input, typology);
  return input.units.map((unit, i) => {
    const { ctx, axes } = contextOf(input, scores, i);
    if (insufficient(coverageOf(input, unit, axes), typology)) return INSUFFICIENT;
    return typology.classes[typology.rules.findIndex((r) => evaluate(r, ctx))]!.id;
  });
}
