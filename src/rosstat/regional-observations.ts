import type { RegionMatcher } from '../registry/region-matcher.js';
import type { ImportIssue } from '../ingest/import-issue.js';
import { rosstatNumber } from './rosstat-number.js';
import type { RosstatTable } from './rosstat-table.js';
import { tableRef, type RegionalTableSpec } from './rosstat-tables.js';
import { rowLabel } from './row-label.js';

export interface RosstatObservation {
  region_iso: string;
  indicator_id: string;
  period: string;
  value: number;
  /** "RSY 2023, t. 25.4, row 57 (Республика Татарстан)" */
  source_ref: string;
}

export interface RegionalReading {
  observations: RosstatObservation[];
  /** Rows for Russia, federal districts and oblasts including their autonomous okrugs: not regions. */
  aggregates: { row: number; name: string }[];
  /** Rows without figures ("в том числе:"). */
  headings: { row: number; name: string }[];
  /** Figures printed in a row that is not a region's ("в том числе:" with a stray figure): ignored, reported. */
  notes: string[];
  /** Cells printed as "…", "-": left missing. */
  missingCells: { row: number; region_iso: string; indicator_id: string }[];
  issues: ImportIssue[];
}

/** "без автономного округа", "less autonomous area(s)": the oblast without the okrugs it includes. */
/** Rows that introduce the rows below them. */
export const HEADING = /^(в том числе|из них|включая|including|of which)(?=[\s:]|$)/i;

const LESS_OKRUGS = /(без|кроме)\s+(\S+\s+)?автономн/i;

/**
 * Turn a regional table into observations: each row is matched to one region, or is an aggregate (Russia, a
 * federal district), or is rejected with its row, column and value. Arkhangelsk and Tyumen oblasts are printed
 * with their autonomous okrugs, then each okrug, then "без автономного округа": the registry's oblast is the
 * last (its population is given without the okrugs), so the first is an aggregate. Pure.
 */
export function regionalObservations(
  table: RosstatTable,
  spec: RegionalTableSpec,
  matcher: RegionMatcher,
): RegionalReading {
  const out: RegionalReading = {
    observations: [],
    aggregates: [],
    headings: [],
    missingCells: [],
    issues: [],
    notes: [],
  };
  const ref = tableRef(spec.edition, spec.table);
  const issue = (row: number, column: string, value: string, expected: string) =>
    out.issues.push({ file: table.file, row, column, value, expected: `${expected} (${ref})` });

  for (const c of spec.columns) {
    const header = table.columns[c.column] ?? '';
    if (!c.header.test(header))
      issue(
        0,
        `column ${c.column + 1}`,
        header,
        `a column headed ${c.header.source} for ${c.indicator}; the table's layout differs from the one this reader knows`,
      );
  }
  if (out.issues.length) return out;

  type Matched = { row: number; name: string; iso: string; less: boolean; cells: string[] };
  const matched: Matched[] = [];
  for (const { row, cells } of table.rows) {
    const label = rowLabel(cells[0] ?? '', spec.englishColumn ? cells.at(-1) : undefined);
    const values = spec.columns.map((c) => (cells[c.column] ?? '').trim());
    if (!label.ru && values.every((v) => !v)) continue;
    if (values.every((v) => !v) || HEADING.test(label.ru)) {
      out.headings.push({ row, name: label.ru });
      spec.columns.forEach((c, i) => {
        if (values[i])
          out.notes.push(
            `${ref}, row ${row} "${label.ru}" prints ${values[i]} under ${c.indicator}; a heading row, the figure is ignored`,
          );
      });
      continue;
    }
    const m = matcher.match(label.ru);
    if (m.kind === 'aggregate') out.aggregates.push({ row, name: label.ru });
    else if (m.kind === 'region')
      matched.push({ row, name: label.ru, iso: m.iso, less: LESS_OKRUGS.test(label.ru), cells });
    else
      issue(
        row,
        'name',
        label.ru,
        m.kind === 'ambiguous'
          ? `one region; this name fits ${m.candidates.join(' and ')}`
          : 'the name of a federal subject, Russia or a federal district',
      );
  }

  const withLess = new Set(matched.filter((m) => m.less).map((m) => m.iso));
  const seen = new Map<string, number>();
  for (const m of matched) {
    if (withLess.has(m.iso) && !m.less) {
      out.aggregates.push({ row: m.row, name: `${m.name} (including its autonomous okrugs)` });
      continue;
    }
    const first = seen.get(m.iso);
    if (first !== undefined) {
      issue(m.row, 'name', m.name, `one row per region; ${m.iso} is already on row ${first}`);
      continue;
    }
    seen.set(m.iso, m.row);
    for (const c of spec.columns) {
      const raw = m.cells[c.column] ?? '';
      const parsed = rosstatNumber(raw);
      if (parsed.kind === 'missing')
        out.missingCells.push({ row: m.row, region_iso: m.iso, indicator_id: c.indicator });
      else if (parsed.kind === 'invalid')
        issue(
          m.row,
          `${c.indicator} (column ${c.column + 1})`,
          raw,
          `a number as Rosstat prints it (${parsed.reason}): "1 234,5", or "…"/"-" for no data`,
        );
      else {
        const fix = c.misprintedUnit;
        out.observations.push({
          region_iso: m.iso,
          indicator_id: c.indicator,
          period: spec.period,
          // toPrecision: 165.7 × 1000 must be 165700, not 165700.00000000003.
          value: fix ? Number((parsed.value * fix.factor).toPrecision(15)) : parsed.value,
          source_ref: `${ref}, row ${m.row} (${m.name})${fix ? `; ${fix.reason}` : ''}`,
        });
      }
    }
  }
  out.aggregates.sort((a, b) => a.row - b.row);
  return out;
}
