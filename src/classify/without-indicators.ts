import { indicatorsOf, type Framework } from '../engine/framework.js';
import type { IndexInput } from '../engine/index-input.js';

/** The framework without some indicators, and without the aggregates left with no children. */
function pruned(f: Framework, drop: Set<string>): Framework {
  let nodes = f.nodes.filter((n) => !drop.has(n.code));
  for (;;) {
    const parents = new Set(nodes.map((n) => n.parent));
    const next = nodes.filter((n) => n.type === 'indicator' || n.parent === null || parents.has(n.code));
    if (next.length === nodes.length) return { nodes };
    nodes = next;
  }
}

/**
 * Indicators that carry no information across the units — every value missing, or all equal — as happens when the
 * one source behind them is left out. They cannot be normalised, so a leave-one-source-out run drops them.
 */
export function uninformative(input: IndexInput): Set<string> {
  const out = new Set<string>();
  for (const n of indicatorsOf(input.framework)) {
    const vs = Array.from(input.data.columns[n.code] ?? []).filter(Number.isFinite);
    if (vs.length === 0 || vs.every((v) => v === vs[0])) out.add(n.code);
  }
  return out;
}

/** The index input without some indicators (COINr's remove_elements): the rest keep their relative weights. */
export function withoutIndicators(input: IndexInput, drop: Set<string>): IndexInput {
  if (!drop.size) return input;
  const columns = Object.fromEntries(Object.entries(input.data.columns).filter(([k]) => !drop.has(k)));
  return { ...input, data: { ...input.data, columns }, framework: pruned(input.framework, drop) };
}
