import { ParadipError } from '../errors/paradip-error.js';
/** One node of the index structure: an indicator (level 1) or an aggregate (pillar, sub-index, index…). */
export interface FrameworkNode {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  weight: number;
  direction: 1 | -1;
  type: 'indicator' | 'aggregate';
  unit?: string | null;
  target?: number | null;
  /** Code of the denominator that divides this indicator, if any. */
  denominator?: string | null;
}

export interface Framework {
  nodes: FrameworkNode[];
}

export class FrameworkError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

export function indicatorsOf(f: Framework): FrameworkNode[] {
  return f.nodes.filter((n) => n.type === 'indicator');
}

export function maxLevel(f: Framework): number {
  return Math.max(...f.nodes.map((n) => n.level));
}

/** Children of each aggregate, in framework order. */
export function childrenOf(f: Framework): Map<string, FrameworkNode[]> {
  const out = new Map<string, FrameworkNode[]>();
  for (const n of f.nodes)
    if (n.parent !== null) {
      const kids = out.get(n.parent);
      if (kids) kids.push(n);
      else out.set(n.parent, [n]);
    }
  return out;
}

/**
 * Check the structure: unique codes, indicators at level 1, each parent one level up, one top node.
 * @example validateFramework({ nodes: [...] }) // throws FrameworkError naming the first bad node
 */
export function validateFramework(f: Framework): void {
  const byCode = new Map<string, FrameworkNode>();
  for (const n of f.nodes) {
    if (byCode.has(n.code))
      throw new FrameworkError(`validateFramework: duplicate code ${JSON.stringify(n.code)}`);
    byCode.set(n.code, n);
  }
  const top = maxLevel(f);
  for (const n of f.nodes) {
    if (n.type === 'indicator' && n.level !== 1)
      throw new FrameworkError(`validateFramework: indicator ${n.code} has level ${n.level}, expected 1`);
    if (!(Number.isFinite(n.weight) && n.weight >= 0))
      throw new FrameworkError(
        `validateFramework: ${n.code} has weight ${n.weight}, expected a non-negative number`,
      );
    if (n.level === top) continue;
    if (n.parent === null)
      throw new FrameworkError(`validateFramework: ${n.code} (level ${n.level}) has no parent`);
    const p = byCode.get(n.parent);
    if (!p)
      throw new FrameworkError(
        `validateFramework: ${n.code} has parent ${JSON.stringify(n.parent)}, which is not in the framework`,
      );
    if (p.level !== n.level + 1)
      throw new FrameworkError(
        `validateFramework: ${n.code} (level ${n.level}) has parent ${p.code} at level ${p.level}, expected ${n.level + 1}`,
      );
  }
  const children = childrenOf(f);
  for (const n of f.nodes)
    if (n.type === 'aggregate' && !children.has(n.code))
      throw new FrameworkError(`validateFramework: aggregate ${n.code} has no children`);
}
