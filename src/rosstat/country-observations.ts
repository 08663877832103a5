import type { ImportIssue } from '../ingest/import-issue.js';
import type { CountryMatcher } from '../registry/country-matcher.js';
import { HEADING } from './regional-observations.js';
import { rosstatNumber } from './rosstat-number.js';
import type { RosstatTable } from './rosstat-table.js';
import { tableRef, type CountryTableSpec } from './rosstat-tables.js';
import { rowLabel } from './row-label.js';

export interface CountryObservation {
  country_iso2: string;
  indicator_id: string;
  period: string;
  value: number;
  source_ref: string;
}

export interface CountryReading {
  observations: CountryObservation[];
  /** Totals and groups of countries ("Всего", "Страны ЕС", "Азии / Asia"): not countries. */
  aggregates: { row: number; name: string }[];
  headings: { row: number; name: string }[];
  missingCells: number;
  issues: ImportIssue[];
}

/**
 * Rows of partner-country tables that are not one country: totals, groups, regions of the world, shares.
 * Named so that an unknown name is an error rather than silently dropped.
 */
const NOT_A_COUNTRY =
  /^(всего|итого|total|прямые иностранные инвестиции|иностранные студенты|прибыло|выбыло|удельный вес|лица без гражданства|другие страны|прочие|страны|из стран|в страны|сн[гг]|европ|ази|африк|америк|центральной и южной|северной америки|океани|австралии и океании|в том числе торговля|не указ|из други|в други)/i;

/** Entities Rosstat lists as partners that have no ISO 3166-1 code: reported, not stored. */
const NO_ISO_CODE = /^(Абхазия|Южная Осетия)$/;

/** Column header → period: "2021" → "2021"; academic years stay as printed, "2022/2023". */
function periodOf(header: string): string | null {
  return /(\d{4}(?:\/\d{4})?)(?!.*\d{4})/.exec(header)?.[1] ?? null;
}

/**
 * Turn a national table by partner country into country-level observations. Every row is a country (matched by
 * its Russian or English name, which must agree), a named aggregate, or an error. Pure.
 */
export function countryObservations(
  table: RosstatTable,
  spec: CountryTableSpec,
  matcher: CountryMatcher,
): CountryReading {
  const out: CountryReading = { observations: [], aggregates: [], headings: [], missingCells: 0, issues: [] };
  const ref = tableRef(spec.edition, spec.table);
  const issue = (row: number, column: string, value: string, expected: string) =>
    out.issues.push({ file: table.file, row, column, value, expected: `${expected} (${ref})` });

  const columns = table.columns.flatMap((header, column) => {
    const c = spec.columns.find((x) => x.header.test(header));
    const period = c ? periodOf(header) : null;
    return c && period ? [{ column, header, indicator: c.indicator, period }] : [];
  });
  if (!columns.length)
    issue(
      0,
      'header',
      table.columns.join(' ‖ '),
      `columns headed ${spec.columns.map((c) => c.header.source).join(' or ')}`,
    );
  if (out.issues.length) return out;

  let section: string | null = null;
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const label = rowLabel(cells[0] ?? '', spec.englishColumn ? cells.at(-1) : undefined);
    const start = spec.sections?.find((s) => s.start.test(label.ru));
    if (start) section = start.indicator;
    const values = columns.map((c) => (cells[c.column] ?? '').trim());
    if (!label.ru && values.every((v) => !v)) continue;
    if (values.every((v) => !v) || HEADING.test(label.ru)) {
      out.headings.push({ row, name: label.ru });
      continue;
    }
    if (NOT_A_COUNTRY.test(label.ru)) {
      out.aggregates.push({ row, name: label.ru });
      continue;
    }
    if (NO_ISO_CODE.test(label.ru)) {
      out.aggregates.push({ row, name: `${label.ru} (no ISO 3166-1 code)` });
      continue;
    }
    const m = matcher.match(label.ru, label.en);
    if (m.kind !== 'country') {
      issue(
        row,
        'name',
        label.en ? `${label.ru} / ${label.en}` : label.ru,
        m.kind === 'conflict'
          ? `one country; the Russian and English names point to ${m.candidates.join(' and ')}`
          : 'a country name (UN or Rosstat spelling) or a named group of countries',
      );
      continue;
    }
    for (const [i, c] of columns.entries()) {
      const indicator = section ?? c.indicator;
      const parsed = rosstatNumber(values[i]!);
      if (parsed.kind === 'missing') {
        out.missingCells++;
        continue;
      }
      if (parsed.kind === 'invalid') {
        issue(row, c.header, values[i]!, `a number as Rosstat prints it (${parsed.reason})`);
        continue;
      }
      const key = `${m.iso2}\t${indicator}\t${c.period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issue(
          row,
          c.header,
          values[i]!,
          `one figure per country and period; ${m.iso2} ${indicator} ${c.period} is already on row ${first}`,
        );
        continue;
      }
      seen.set(key, row);
      out.observations.push({
        country_iso2: m.iso2,
        indicator_id: indicator,
        period: c.period,
        value: parsed.value,
        source_ref: `${ref}, row ${row} (${label.ru})`,
      });
    }
  }
  return out;
}
