import type { Dataset } from '../dataset.js';
import type { IndexInput } from '../index-input.js';
import { runIndex } from '../pipeline.js';
import type { IndexSpec } from '../spec.js';
import { denominate } from '../steps/denominate.js';
import { impute } from '../steps/impute.js';
import { normalise } from '../steps/normalise.js';
import { screen } from '../steps/screen.js';
import { treat } from '../steps/treat.js';

/**
 * The data up to normalisation for many specs: each stage (denominate–impute–screen, treat, normalise) is memoised
 * on its own part of the spec and the upstream parts, so specs that differ only downstream (weights, aggregation)
 * share it, and specs that differ only in treatment share the imputed data.
 */
export function normalisedMemo(input: IndexInput): (spec: IndexSpec) => Dataset {
  const raw = runIndex(input, { denominate: { method: 'none' }, normalise: { method: 'none' } }).steps.Raw;
  const cache = new Map<string, Dataset>();
  const memo = (key: string, f: () => Dataset) => {
    let v = cache.get(key);
    if (!v) cache.set(key, (v = f()));
    return v;
  };
  // Replications share the parts of their specs (see designSampler): each part is serialised once.
  const json = new WeakMap<object, string>();
  const keyOf = (part: object) => {
    let k = json.get(part);
    if (k === undefined) json.set(part, (k = JSON.stringify(part)));
    return k;
  };
  return (spec) => {
    const k1 = keyOf(spec.denominate) + keyOf(spec.impute) + keyOf(spec.screen);
    const pre = memo(k1, () => {
      const d = denominate(raw, input.framework, input.denominators, spec.denominate);
      const imp = impute(d, input.groups, spec.impute);
      return screen(imp.data, spec.screen).data;
    });
    const k2 = k1 + keyOf(spec.treat);
    const treated = memo(k2, () => treat(pre, spec.treat).data);
    return memo(k2 + keyOf(spec.normalise), () => normalise(treated, input.framework, spec.normalise));
  };
}
