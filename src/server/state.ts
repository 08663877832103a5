import type { ClassifyOptions, RegionalClassification } from '../classify/regional-classification.js';
import { CLASS_PROBABILITY_RUNS } from '../classify/class-probability-runs.js';
import type { Typology } from '../classify/typology.js';
import type { CrisisModel } from '../crisis/crisis-model.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import { cached } from '../store/result-cache.js';
import type { CachedAnswer } from './cached-answer.js';
import type { ServerConfig } from './server-config.js';

/** How the classification is computed. */
export type Classify = (
  s: Snapshot,
  u: Universe,
  config: { spec: IndexSpec; typology: Typology; design: Design; options: ClassifyOptions },
) => Promise<RegionalClassification>;

/**
 * What the server answers from: the store in memory and the configuration in force, plus memoised results.
 * An import replaces the snapshot and clears every cache.
 */
export class AppState {
  readonly spec: IndexSpec;
  readonly typology: Typology;
  readonly design: Design;
  readonly crisisModel: CrisisModel;
  /** GET answers by URL, ready to write (see plugins/response-cache). */
  readonly responses = new Map<string, CachedAnswer>();
  private readonly classifications = new Map<Universe, Promise<RegionalClassification>>();
  readonly memo = new Map<string, unknown>();

  /**
   * @param config the configuration in force (index spec, typology, uncertainty design, crisis model)
   * @param store where results computed from this snapshot are kept between runs (the store file's cache folder
   * and fingerprint), when the snapshot is that file's content
   * @param classify how the classification is computed (the server's worker pool; by default in this thread)
   */
  constructor(
    public snapshot: Snapshot,
    config: ServerConfig,
    private store?: { dir: string; fingerprint: string },
    private readonly classify: Classify = async (s, u, c) =>
      (await import('../classify/regional-classification.js')).classifyRegions(
        s,
        u,
        c.spec,
        c.typology,
        c.design,
        c.options,
      ),
  ) {
    ({
      spec: this.spec,
      typology: this.typology,
      design: this.design,
      crisisModel: this.crisisModel,
    } = config);
  }

  /**
   * Classes with probabilities from the shared seeded Monte Carlo runs (most of a second): computed on first use,
   * once per universe, and kept beside the store keyed by the store, the configuration and the code, so a
   * restart reads them instead of computing them again. The classifier's modules are loaded only to compute.
   */
  classification(u: Universe): Promise<RegionalClassification> {
    let c = this.classifications.get(u);
    if (!c) {
      const snapshot = this.snapshot;
      const compute = () =>
        this.classify(snapshot, u, {
          spec: this.spec,
          typology: this.typology,
          design: this.design,
          options: CLASS_PROBABILITY_RUNS,
        });
      c = this.store
        ? cached(
            this.store.dir,
            `server-classification-${u}`,
            [this.store.fingerprint, this.spec, this.typology, this.design, CLASS_PROBABILITY_RUNS],
            compute,
          )
        : compute();
      this.classifications.set(u, c);
      // A failed computation is not kept: the next request tries again.
      c.catch(() => this.classifications.get(u) === c && this.classifications.delete(u));
    }
    return c;
  }

  remember<T>(key: string, f: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = f();
    if (this.memo.size > 200) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, v);
    return v;
  }

  /**
   * A promise kept under `key` while it runs and after it succeeds, so that requests arriving together share one
   * computation (several page loads would otherwise each queue the same heavy run); a failure is not kept.
   */
  shared<T>(key: string, f: () => Promise<T>): Promise<T> {
    const p = this.remember(key, f);
    p.catch(() => this.memo.get(key) === p && this.memo.delete(key));
    return p;
  }

  replace(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.store = undefined; // the new snapshot is not the content the fingerprint was taken of
    this.responses.clear();
    this.classifications.clear();
    this.memo.clear();
  }
}
