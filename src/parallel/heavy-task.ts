import type { Topology } from 'topojson-specification';
import {
  classifyRegions,
  type ClassifyOptions,
  type RegionalClassification,
} from '../classify/regional-classification.js';
import type { Typology } from '../classify/typology.js';
import type { CrisisModel, Scenario } from '../crisis/crisis-model.js';
import { crisisAnalysis } from '../crisis/crisis-analysis.js';
import { runIndex } from '../engine/pipeline.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { runUncertainty } from '../engine/uncertainty/monte-carlo.js';
import { runSensitivity } from '../engine/uncertainty/sensitivity.js';
import type { Snapshot } from '../query/snapshot.js';
import type { RegionalIndexId } from '../regional/regional-framework.js';
import { regionalInput } from '../regional/regional-input.js';
import type { Universe } from '../registry/region.js';
import { crisisReport } from '../report/crisis-report.js';
import { regionReport } from '../report/region-report.js';

interface Scope {
  universe: Universe;
  index: RegionalIndexId;
  period?: string;
  spec: IndexSpec;
}

/**
 * Work too heavy for the server's event loop, as plain data (it crosses to a worker thread): the classification, an
 * index for a posted spec, uncertainty, sensitivity, and the printable reports. The snapshot travels separately
 * (see heavy-pool).
 */
export type HeavyTask =
  | {
      kind: 'classification';
      universe: Universe;
      spec: IndexSpec;
      typology: Typology;
      design: Design;
      options: ClassifyOptions;
    }
  | ({ kind: 'index' } & Scope)
  | ({ kind: 'uncertainty'; design: Design; runs: number; seed: number } & Scope)
  | ({ kind: 'sensitivity'; design: Design; n: number; seed: number; bootstrap: number } & Scope)
  | {
      kind: 'region-report';
      universe: Universe;
      code: string;
      lang: 'en' | 'ru';
      spec: IndexSpec;
      classification: RegionalClassification;
      typology: Typology;
    }
  | {
      kind: 'crisis-report';
      universe: Universe;
      iso2: string;
      lang: 'en' | 'ru';
      classification: RegionalClassification;
      model: CrisisModel;
      scenario: Scenario;
    };

const plain = (x: number) => (Number.isNaN(x) ? null : x);

const inputOf = (s: Snapshot, t: Scope) => regionalInput(s, t.universe, { index: t.index, period: t.period });

/** The index's aggregated table for a spec, row per region, with the treatment and weights in force. */
function indexTable(s: Snapshot, t: Scope) {
  const r = runIndex(inputOf(s, t), t.spec);
  const agg = r.steps.Aggregated;
  return {
    spec: r.spec,
    universe: t.universe,
    index: t.index,
    rows: agg.units.map((unit, i) => ({
      uCode: unit,
      ...Object.fromEntries(Object.entries(agg.columns).map(([k, v]) => [k, plain(v[i]!)])),
    })),
    treatment: r.treatment,
    weights: r.weights,
    effectiveWeights: r.effectiveWeights,
  };
}

/** Does one heavy task on a snapshot (pure: the geometry comes in as `topology`). */
export function runHeavyTask(s: Snapshot, t: HeavyTask, topology: () => Topology): unknown {
  switch (t.kind) {
    case 'classification':
      return classifyRegions(s, t.universe, t.spec, t.typology, t.design, t.options);
    case 'index':
      return indexTable(s, t);
    case 'uncertainty':
      return runUncertainty(inputOf(s, t), t.spec, t.design, { runs: t.runs, seed: t.seed });
    case 'sensitivity':
      return runSensitivity(inputOf(s, t), t.spec, t.design, {
        n: t.n,
        seed: t.seed,
        bootstrap: t.bootstrap,
      });
    case 'region-report':
      return regionReport(
        s,
        t.universe,
        t.code,
        runIndex(regionalInput(s, t.universe), t.spec),
        t.classification,
        t.typology,
        topology(),
        t.lang,
      );
    case 'crisis-report': {
      const a = crisisAnalysis(s, t.universe, t.iso2, t.classification, t.model, t.scenario);
      return {
        country: a.country,
        html: crisisReport(s, a, topology(), t.lang, {
          classes: t.classification.typology.classes,
          channels: t.model.channels,
        }),
      };
    }
  }
}
