import { describe, expect, inject, it } from 'vitest';
import {
  configPath,
  readCrisisModelFile,
  readDesignFile,
  readScenarioFile,
  readTypologyFile,
} from '../../src/config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../src/config/read-spec.js';
import { runScenario } from '../../src/crisis/scenario-run.js';
import { runIndex } from '../../src/engine/pipeline.js';
import { regionalInput } from '../../src/regional/regional-input.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

describe('scenario run on the bundled data (EU freeze, 2022)', () => {
  it('reports the index before on the baseline’s own scale and the index after on the same scale', async () => {
    const s = await loadSnapshot(inject('baseStore'));
    const model = readCrisisModelFile();
    const spec = readSpecFile(DEFAULT_SPEC_PATH());
    const scenario = readScenarioFile(configPath('scenarios/eu-freeze-2022.yaml'), model);
    const r = runScenario(s, 'iso', scenario, model, spec, readTypologyFile(), readDesignFile(), {
      runs: 5,
      seed: 1,
    });
    const agg = runIndex(regionalInput(s, 'iso'), spec).steps.Aggregated;
    const standalone = new Map(agg.units.map((u, i) => [u, agg.columns.index![i]!]));
    for (const x of r.regions) {
      if (x.indexBefore === null) continue;
      // The baseline is the index a user sees elsewhere, not one rescaled by the scenario's data.
      expect(x.indexBefore, x.region).toBeCloseTo(standalone.get(x.region)!, 9);
      // Freezing ties only lowers counts: on one scale no region gains.
      expect(x.indexAfter!, x.region).toBeLessThanOrEqual(x.indexBefore + 1e-9);
    }
    const len = r.regions.find((x) => x.region === 'RU-LEN')!;
    expect(len.change!).toBeLessThan(0);
    expect(len.change!).toBeCloseTo(len.indexAfter! - len.indexBefore!, 12);
  });
});
