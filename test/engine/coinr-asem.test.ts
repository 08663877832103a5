import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIndex, STEPS } from '../../src/engine/pipeline.js';
import { treat } from '../../src/engine/steps/treat.js';
import { parseSpec } from '../../src/engine/spec.js';
import { csvObjects } from '../../src/io/csv.js';
import { cli } from '../helpers/cli.js';
import {
  ASEM_SPEC,
  asemBuildArgs,
  asemInput,
  compareToReference,
  HAVE_COINR,
  referenceStep,
} from '../helpers/coinr.js';
import { tempDir } from '../helpers/store.js';

// Reference: COINr 1.1.14 (R), build_example_coin(), every step's table (test/fixtures/coinr-asem, from shared/reference).
describe.runIf(HAVE_COINR)('COINr parity on the ASEM example', () => {
  const result = runIndex(asemInput(), ASEM_SPEC);

  it.each(STEPS)('library reproduces example_%s.csv to 1e-9', (step) => {
    const cmp = compareToReference(result.steps[step], referenceStep(step));
    expect(cmp.cells).toBeGreaterThan(2000);
    expect(cmp.worst, cmp.where).toBeLessThan(1e-9);
  });

  it.each(STEPS)('the CLI reproduces example_%s.csv to 1e-9', async (step) => {
    const dir = tempDir();
    const out = join(dir, `${step}.csv`);
    const r = await cli([...asemBuildArgs(dir), '--step', step, '--out', out]);
    expect(r.code, r.err).toBe(0);
    const { readFileSync } = await import('node:fs');
    const rows = csvObjects(readFileSync(out, 'utf8'));
    const codes = Object.keys(rows[0]!).filter((c) => c !== 'uCode');
    const d = {
      units: rows.map((x) => x.uCode!),
      columns: Object.fromEntries(
        codes.map((c) => [c, Float64Array.from(rows, (x) => (x[c] === '' ? NaN : Number(x[c])))]),
      ),
    };
    const cmp = compareToReference(d, referenceStep(step));
    expect(cmp.worst, cmp.where).toBeLessThan(1e-9);
  });

  it('matches the values printed in COINr’s vignettes (treatment details, top of the ranking)', () => {
    // vignette("treat"): Dets_Table of Treat(coin, dset = "Raw").
    const r = treat(asemInput().data, parseSpec({ treat: { method: 'winsorise' } }).treat);
    const rec = (code: string) => r.records.find((x) => x.indicator === code)!;
    expect(rec('Flights').skewBefore).toBeCloseTo(2.1032872, 7);
    expect(rec('Flights').kurtosisBefore).toBeCloseTo(4.5088794, 7);
    expect(rec('Flights')).toMatchObject({ action: 'winsorise', winsorised: 1 });
    expect(rec('Flights').skewAfter).toBeCloseTo(1.900658, 6);
    expect(rec('Flights').kurtosisAfter).toBeCloseTo(3.336065, 6);
    expect(rec('Bord').skewAfter).toBeCloseTo(1.899211, 6);
    expect(rec('Gas').skewAfter).toBeCloseTo(1.602518, 6);
    // vignette("results"): CHE 68.38, NLD 64.82, DNK 64.80, NOR 64.47, BEL 63.54, SWE 63.00.
    const agg = result.steps.Aggregated;
    const top = agg.units
      .map((u, i) => [u, agg.columns.Index![i]!] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([u, v]) => `${u} ${v.toFixed(2)}`);
    expect(top).toEqual(['CHE 68.38', 'NLD 64.82', 'DNK 64.80', 'NOR 64.47', 'BEL 63.54', 'SWE 63.00']);
  });

  it('logs the spec with every default filled in, so the index can be regenerated from it alone', () => {
    const again = runIndex(asemInput(), result.spec);
    expect(compareToReference(again.steps.Aggregated, referenceStep('Aggregated')).worst).toBeLessThan(1e-9);
    expect(result.spec.treat).toMatchObject({ method: 'winsorise', winmax: 5 });
    // Every step is logged with its parameters and the size of its table.
    expect(result.log.map((l) => l.step)).toEqual([...STEPS]);
    expect(result.log.find((l) => l.step === 'Imputed')!.params).toEqual({
      method: 'mean_group',
      group: 'EurAsia_group',
    });
    expect(result.log.find((l) => l.step === 'Aggregated')!.columns).toBe(60);
    // Every imputed point is recorded: as many as the cells missing in COINr's Denominated table but not in its Imputed one.
    const empty = (step: string) =>
      referenceStep(step).reduce(
        (n, r) => n + Object.values(r).filter((v) => v === '' || v === 'NA').length,
        0,
      );
    expect(result.imputed.reduce((k, p) => k + p.rows.length, 0)).toBe(
      empty('Denominated') - empty('Imputed'),
    );
    // Each recorded point was missing before imputation and holds the recorded value after it.
    for (const { indicator, rows, values } of result.imputed)
      rows.forEach((row, k) => {
        expect(result.steps.Denominated.columns[indicator]![row]).toBeNaN();
        expect(result.steps.Imputed.columns[indicator]![row]).toBe(values[k]);
      });
    // Flights, Bord and Gas are winsorised, one point each or more; nothing needed the log fallback at winmax 5.
    expect(result.treatment.find((t) => t.indicator === 'Flights')).toMatchObject({
      action: 'winsorise',
      winsorised: 1,
    });
  });
});
