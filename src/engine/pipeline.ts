import type { Dataset } from './dataset.js';
import { indicatorsOf, validateFramework } from './framework.js';
import type { IndexInput } from './index-input.js';
import { parseSpec, type IndexSpec, type IndexSpecInput } from './spec.js';
import { aggregate } from './steps/aggregate.js';
import { denominate } from './steps/denominate.js';
import { impute, type ImputedPoints } from './steps/impute.js';
import { normalise } from './steps/normalise.js';
import { screen, type ScreenedUnit } from './steps/screen.js';
import { treat, type TreatmentRecord } from './steps/treat.js';
import { effectiveWeights, pcaWeightRule, resolveWeights } from './steps/weights.js';

export const STEPS = [
  'Raw',
  'Denominated',
  'Imputed',
  'Screened',
  'Treated',
  'Normalised',
  'Aggregated',
] as const;
export type StepName = (typeof STEPS)[number];

export interface IndexResult {
  /** The spec in force, with every default filled in: the result can be regenerated from it alone. */
  spec: IndexSpec;
  steps: Record<StepName, Dataset>;
  /** Per indicator with imputed points: their rows and the values filled in. */
  imputed: ImputedPoints[];
  screenedOut: ScreenedUnit[];
  treatment: TreatmentRecord[];
  /** The weights used (after the weight step: metadata, set, manual, equal or PCA). */
  weights: Record<string, number>;
  /** Each node's share of the index (COINr get_eff_weights). */
  effectiveWeights: Record<string, number>;
  /** What each step did, with its parameters: enough to regenerate every table. */
  log: { step: StepName; params: unknown; units: number; columns: number }[];
}

/**
 * Build a composite index the JRC/OECD way: denominate → impute → screen → treat → normalise → weight →
 * aggregate. Pure: the same input and spec always give the same result; the input is not modified.
 * @example runIndex(input, { normalise: { method: 'minmax', range: [0, 100] } }).steps.Aggregated
 */
export function runIndex(input: IndexInput, specInput: IndexSpecInput | IndexSpec = {}): IndexResult {
  const spec = parseSpec(specInput);
  validateFramework(input.framework);
  const codes = indicatorsOf(input.framework).map((n) => n.code);
  const missing = codes.filter((c) => !(c in input.data.columns));
  if (missing.length) throw new Error(`runIndex: indicators without data: ${missing.join(', ')}`);
  const raw: Dataset = {
    units: input.data.units,
    columns: Object.fromEntries(codes.map((c) => [c, input.data.columns[c]!])),
  };

  const denominated = denominate(raw, input.framework, input.denominators, spec.denominate);
  const imp = impute(denominated, input.groups, spec.impute);
  const scr = screen(imp.data, spec.screen);
  const tr = treat(scr.data, spec.treat);
  const normalised = normalise(tr.data, input.framework, spec.normalise);
  let weights: Record<string, number>;
  let aggregated: Dataset;
  if (spec.weight.method === 'pca') {
    const rule = pcaWeightRule(input.framework);
    const used: Record<string, number> = resolveWeights(input.framework, { method: 'metadata' });
    aggregated = aggregate(
      normalised,
      input.framework,
      (level, columns) => Object.assign(used, rule(level, columns)),
      spec.aggregate,
    );
    weights = used;
  } else {
    weights = resolveWeights(input.framework, spec.weight, spec.weightSets);
    aggregated = aggregate(normalised, input.framework, weights, spec.aggregate);
  }
  return {
    spec,
    steps: {
      Raw: raw,
      Denominated: denominated,
      Imputed: imp.data,
      Screened: scr.data,
      Treated: tr.data,
      Normalised: normalised,
      Aggregated: aggregated,
    },
    imputed: imp.imputed,
    screenedOut: scr.removed,
    treatment: tr.records,
    weights,
    effectiveWeights: effectiveWeights(input.framework, weights),
    log: (
      [
        ['Raw', null, raw],
        ['Denominated', spec.denominate, denominated],
        ['Imputed', spec.impute, imp.data],
        ['Screened', spec.screen, scr.data],
        ['Treated', spec.treat, tr.data],
        ['Normalised', spec.normalise, normalised],
        ['Aggregated', { weight: spec.weight, aggregate: spec.aggregate }, aggregated],
      ] as const
    ).map(([step, params, d]) => ({
      step,
      params,
      units: d.units.length,
      columns: Object.keys(d.columns).length,
    })),
  };
}
