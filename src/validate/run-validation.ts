import { AXIS_FRAMEWORKS, buildAxisIndices, compositeScores } from '../classify/axis-indices.js';
import { classifyRegions } from '../classify/regional-classification.js';
import type { Typology } from '../classify/typology.js';
import type { CrisisModel, Scenario } from '../crisis/crisis-model.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import type { ExpectationsFile } from './expectations.js';
import { classificationSummary } from './classification-summary.js';
import { indexBreakdown } from './index-breakdown.js';
import { modelViewOf } from './model-view-of.js';
import { renderValidation, validate, type Validation } from './validation-report.js';

export interface ValidationConfig {
  expectations: ExpectationsFile;
  expectationsPath: string;
  spec: IndexSpec;
  typology: Typology;
  design: Design;
  crisisModel: CrisisModel;
  scenario: Scenario;
  runs: number;
  seed: number;
}

/** Run the model with the given configuration and check it against the expectations. Pure given its inputs. */
export function runValidation(
  s: Snapshot,
  universe: Universe,
  cfg: ValidationConfig,
): { validation: Validation; markdown: string } {
  const indices = buildAxisIndices(
    s,
    universe,
    Object.fromEntries(Object.keys(AXIS_FRAMEWORKS).map((k) => [k, cfg.spec])),
  );
  const classification = classifyRegions(s, universe, cfg.spec, cfg.typology, cfg.design, {
    runs: cfg.runs,
    seed: cfg.seed,
  });
  const view = modelViewOf(
    s,
    universe,
    Object.fromEntries(Object.entries(indices).map(([k, ix]) => [k, compositeScores(ix)])),
    classification,
    { model: cfg.crisisModel, scenario: cfg.scenario },
    Object.fromEntries(Object.entries(indices).map(([k, ix]) => [k, indexBreakdown(ix)])),
  );
  const validation = validate(cfg.expectations, view);
  const markdown = renderValidation(cfg.expectations, validation, {
    expectationsPath: cfg.expectationsPath,
    model: [
      `universe: ${universe}; indices: ${Object.keys(indices).join(', ')}`,
      `typology: ${cfg.typology.name}; class probabilities from ${classification.runs} runs (seed ${cfg.seed})`,
      `crisis model scenario: ${cfg.scenario.name}`,
    ],
    classification: classificationSummary(classification),
  });
  return { validation, markdown };
}
