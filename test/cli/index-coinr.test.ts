import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvObjects } from '../../src/io/csv.js';
import { cli } from '../helpers/cli.js';
import { asemBuildArgs, COINR_DIR, compareToReference, HAVE_COINR, referenceStep } from '../helpers/coinr.js';
import { tempDir } from '../helpers/store.js';

/** A table as the engine's Dataset, from the CLI's CSV or JSON rows (header first). */
function dataset(rows: (string | number)[][]) {
  const [header, ...body] = rows;
  const codes = header!.slice(1).map(String);
  return {
    units: body.map((r) => String(r[0])),
    columns: Object.fromEntries(
      codes.map((c, j) => [c, Float64Array.from(body, (r) => (r[j + 1] === '' ? NaN : Number(r[j + 1])))]),
    ),
  };
}

describe.skipIf(!HAVE_COINR)('`index build` on COINr tables (iData streamed into columns)', () => {
  const args = asemBuildArgs;

  it('writes CSV and JSON that agree with COINr’s aggregated table to 1e-9', async () => {
    const dir = tempDir();
    const csv = await cli([...args(dir), '--format', 'csv']);
    expect(csv.code, csv.err).toBe(0);
    const fromCsv = csvObjects(csv.out);
    const header = Object.keys(fromCsv[0]!);
    const rows = [header, ...fromCsv.map((r) => header.map((h) => r[h]!))];
    const ref = referenceStep('Aggregated');
    const a = compareToReference(dataset(rows), ref);
    expect(a.worst, a.where).toBeLessThan(1e-9);

    const out = join(dir, 'agg.json');
    const json = await cli([...args(dir), '--out', out]);
    expect(json.code, json.err).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.step).toBe('Aggregated');
    expect(doc.spec.impute.group).toBe('EurAsia_group');
    const b = compareToReference(dataset(doc.rows), ref);
    expect(b.worst, b.where).toBeLessThan(1e-9);
  });

  it('a cell that is not a number names the file, row and column, and writes nothing', async () => {
    const dir = tempDir();
    const lines = readFileSync(join(COINR_DIR, 'ASEM_iData.csv'), 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const lpi = header.indexOf('"LPI"');
    const cells = lines[3]!.split(',');
    cells[lpi] = '"four"';
    lines[3] = cells.join(',');
    const data = join(dir, 'iData.csv');
    writeFileSync(data, lines.join('\n'));
    const out = join(dir, 'out.csv');
    const a = args(dir);
    a[a.indexOf('--coinr-data') + 1] = data;
    const r = await cli([...a, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/iData\.csv, row 4, column "LPI": "four" — expected a number/);
    expect(() => readFileSync(out)).toThrow();
  });
});
