import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { RegionMatcher } from '../../src/registry/region-matcher.js';
import { readChapter } from '../../src/rosstat/read-chapter.js';
import { regionalObservations } from '../../src/rosstat/regional-observations.js';
import { rosstatNumber } from '../../src/rosstat/rosstat-number.js';
import { findTable } from '../../src/rosstat/rosstat-table.js';
import { ROSSTAT_TABLES, type RegionalTableSpec } from '../../src/rosstat/rosstat-tables.js';
import { rowLabel } from '../../src/rosstat/row-label.js';

const DOCX = join(import.meta.dirname, '../../data/ru-rosstat-yearbook/docx');

/** Shares, rates and per-inhabitant figures: the Russia row is not the sum of the regions. */
const NOT_ADDITIVE = /_pct$|_per_|_years$|per_capita/;

describe('the regions of each yearbook table add up to the Russia row the same table prints', () => {
  // The Russia row is the publication's own check on the reader: a wrong unit (×1000), a lost or doubled row, or
  // a column read from the wrong place moves the sum far from it. Rosstat's sums differ by a few per cent at most
  // (investment and technologies not assigned to a region, heritage lists revised between the national and the
  // regional count), so ±10 % separates a reading error from the publication's own slack.
  const matcher = new RegionMatcher(readBundled().regions);
  const specs = ROSSTAT_TABLES.filter((s): s is RegionalTableSpec => s.kind === 'regional');
  it.each(specs.map((s) => [`${s.edition} t. ${s.table}`, s] as const))('%s', (_, spec) => {
    const table = findTable(
      readChapter(join(DOCX, String(spec.edition), spec.chapter)),
      spec.table,
      spec.chapter,
    );
    const reading = regionalObservations(table, spec, matcher);
    const russia = table.rows.find((r) => /^Российская Федерация/.test(rowLabel(r.cells[0] ?? '').ru));
    expect(russia, 'a Russia row').toBeDefined();
    for (const c of spec.columns.filter((c) => !NOT_ADDITIVE.test(c.indicator))) {
      const printed = rosstatNumber(russia!.cells[c.column] ?? '');
      expect(printed.kind, c.indicator).toBe('number');
      const total = (printed.kind === 'number' ? printed.value : NaN) * (c.misprintedUnit?.factor ?? 1);
      const sum = reading.observations
        .filter((o) => o.indicator_id === c.indicator)
        .reduce((s, o) => s + o.value, 0);
      expect(sum / total, `${c.indicator}: regions ${sum} vs Russia ${total}`).toBeGreaterThan(0.9);
      expect(sum / total, `${c.indicator}: regions ${sum} vs Russia ${total}`).toBeLessThan(1.1);
    }
  });
});
