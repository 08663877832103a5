import { validateFramework, type Framework } from '../framework.js';
import { mulberry32, seedFromUnit } from '../random/mulberry32.js';
import { parseSpec, type IndexSpec } from '../spec.js';
import { resolveWeights } from '../steps/weights.js';
import type { Factor } from './design.js';

/** Set the value at a dotted path of a spec draft, making the objects on the way. */
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
 * A design's factors read at a point u: the combination of discrete choices, the spec of each combination, and the
 * weights with the weight factors' noise. Replications with the same choices share the combination's spec (and
 * whatever is derived from it), so it is validated once, not once per replication; weight noise only scales valid
 * weights by factors in [0, 2], so it needs no validation.
 */
export interface DesignSampler {
  /** The combination of discrete choices at u, as one number (a mixed-radix numeral of the choices). */
  choice(u: ArrayLike<number>): number;
  /** The base spec with a combination's choices; with weight factors, its weights are the base weights, as manual. */
  specOf(choice: number): IndexSpec;
  /** The base weights (null without weight factors), by node in framework order, as `specOf` has them. */
  baseWeights: Float64Array | null;
  /** The base weights times each weight factor's noise at u, into `out` (by node, in framework order). */
  noisyWeights(u: ArrayLike<number>, out: Float64Array): void;
}

export function designSampler(base: IndexSpec, framework: Framework, factors: Factor[]): DesignSampler {
  validateFramework(framework);
  const unit = (u: ArrayLike<number>, i: number) => Math.min(Math.max(u[i]!, 0), 1 - Number.EPSILON);
  // Place value of each discrete factor in the combination's numeral (0 for the other factors).
  const radix: number[] = [];
  let combinations = 1;
  for (const f of factors) {
    radix.push(f.kind === 'discrete' ? combinations : 0);
    if (f.kind === 'discrete') combinations *= f.values.length;
  }
  if (combinations > Number.MAX_SAFE_INTEGER)
    throw new Error(`designSampler: the discrete factors have more than 2^53 combinations (${combinations})`);
  const weighted = factors.some((f) => f.kind === 'weights');
  const baseRecord = weighted
    ? resolveWeights(
        framework,
        base.weight.method === 'pca' ? { method: 'metadata' } : base.weight,
        base.weightSets,
      )
    : null;
  const baseWeights = baseRecord && Float64Array.from(framework.nodes, (n) => baseRecord[n.code]!);
  const atLevel = factors.map((f) =>
    f.kind === 'weights' ? framework.nodes.flatMap((n, i) => (n.level === f.level ? [i] : [])) : [],
  );
  const specs = new Map<number, IndexSpec>();
  return {
    choice(u) {
      let c = 0;
      for (let i = 0; i < factors.length; i++) {
        const f = factors[i]!;
        if (f.kind === 'discrete') c += Math.floor(unit(u, i) * f.values.length) * radix[i]!;
      }
      return c;
    },
    specOf(choice) {
      let spec = specs.get(choice);
      if (!spec) {
        const draft = structuredClone(base) as unknown as Record<string, unknown>;
        // The choices back from the numeral, digit by digit (integer steps, exact below 2^53).
        let rest = choice;
        for (const f of factors) {
          if (f.kind !== 'discrete') continue;
          const k = rest % f.values.length;
          rest = (rest - k) / f.values.length;
          setPath(draft, f.path, structuredClone(f.values[k]));
        }
        if (baseRecord) draft.weight = { method: 'manual', weights: baseRecord };
        specs.set(choice, (spec = parseSpec(draft)));
      }
      return spec;
    },
    baseWeights,
    noisyWeights(u, out) {
      out.set(baseWeights!);
      for (let i = 0; i < factors.length; i++) {
        const f = factors[i]!;
        if (f.kind !== 'weights') continue;
        const rand = mulberry32(seedFromUnit(unit(u, i), i));
        for (const j of atLevel[i]!) out[j] = out[j]! * (1 - f.noise + 2 * f.noise * rand());
      }
    },
  };
}
