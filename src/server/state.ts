import { classifyRegions, type RegionalClassification } from '../classify/regional-classification.js';
import { CLASS_PROBABILITY_RUNS } from '../classify/class-probability-runs.js';
import type { Typology } from '../classify/typology.js';
import { readCrisisModelFile, readDesignFile, readTypologyFile } from '../config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../config/read-spec.js';
import type { CrisisModel } from '../crisis/crisis-model.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';

/**
 * What the server answers from: the store in memory and the configuration in force, plus memoised results.
 * An import replaces the snapshot and clears every cache.
 */
export class AppState {
  spec: IndexSpec = readSpecFile(DEFAULT_SPEC_PATH());
  typology: Typology = readTypologyFile();
  design: Design = readDesignFile();
  crisisModel: CrisisModel = readCrisisModelFile();
  /** GET responses by URL: body and ETag. */
  readonly responses = new Map<string, { body: string; etag: string; type: string }>();
  private readonly classifications = new Map<Universe, RegionalClassification>();
  readonly memo = new Map<string, unknown>();

  constructor(public snapshot: Snapshot) {}

  /** Classes with probabilities from the shared seeded Monte Carlo runs (a few hundred ms): once per universe. */
  classification(u: Universe): RegionalClassification {
    let c = this.classifications.get(u);
    if (!c)
      this.classifications.set(
        u,
        (c = classifyRegions(
          this.snapshot,
          u,
          this.spec,
          this.typology,
          this.design,
          CLASS_PROBABILITY_RUNS,
        )),
      );
    return c;
  }

  remember<T>(key: string, f: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = f();
    if (this.memo.size > 200) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, v);
    return v;
  }

  replace(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.responses.clear();
    this.classifications.clear();
    this.memo.clear();
  }
}
