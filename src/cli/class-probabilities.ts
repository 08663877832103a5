import type { ClassifyOptions, RegionalClassification } from '../classify/regional-classification.js';
import type { Typology } from '../classify/typology.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import { cachedFor } from './open-store.js';

/** The regions' classes and class probabilities, cached by store, universe, spec, typology, design and runs (method and data). */
export async function classifyCached(
  s: Snapshot,
  universe: Universe,
  spec: IndexSpec,
  typology: Typology,
  design: Design,
  mc: ClassifyOptions,
): Promise<RegionalClassification> {
  return cachedFor(s, 'classification', [universe, spec, typology, design, mc], async () =>
    (await import('../classify/regional-classification.js')).classifyRegions(
      s,
      universe,
      spec,
      typology,
      design,
      mc,
    ),
  );
}
