import { parseNumber } from '../io/parse-number.js';
import type { RegionIdKind, RegionMatcher } from '../registry/region-matcher.js';
import type { IndicatorRow } from '../store/rows.js';
import { IssueList } from './import-issue.js';
import type { Table } from './read-table.js';

export interface ObservationOptions {
  /** Wide layout: every other column is a period of this indicator. */
  indicator?: string;
  /** Wide layout: every other column is an indicator, all for this period. */
  period?: string;
  /** Allow indicators that the store does not know yet (created with `unit` and `direction`). */
  newIndicators?: boolean;
  unit?: string;
  direction?: number;
}

export interface ValidObservation {
  row: number;
  /** The region as the file wrote it (messages quote it). */
  regionRaw: string;
  region_iso: string;
  indicator_id: string;
  period: string;
  value: number;
  flags: string | null;
}

/** What checking the rows found besides the observations themselves. */
export interface CheckSummary {
  issues: IssueList;
  newIndicators: { id: string; unit: string }[];
  /** Rows naming Russia or a federal district: statistical tables carry them; they are not regions. */
  skippedAggregates: { row: number; name: string }[];
  skippedAggregateCount: number;
  /** The header of the region column (duplicates are reported in it). */
  regionColumn: string;
  /** Cells that hold no value ("", "…", "-"): left missing, not imported as zero. */
  missingCells: number;
  notes: string[];
}

export interface ObservationChecker {
  result: CheckSummary;
  check: (row: number, cells: string[]) => ValidObservation[];
}

/** What a checker needs of a table before its rows: the file's name, header and separator. */
export type TableHead = Pick<Table, 'file' | 'header' | 'separator'>;

/** Aggregate rows listed by name in the report (all are counted). */
const LISTED_AGGREGATES = 100;

const REGION_HEADERS: Record<string, RegionIdKind> = {
  region: 'auto',
  регион: 'auto',
  субъект: 'auto',
  'субъект рф': 'auto',
  'субъект российской федерации': 'auto',
  name: 'name',
  наименование: 'name',
  iso: 'iso',
  iso_3166_2: 'iso',
  code: 'auto',
  код: 'auto',
  okato: 'okato',
  окато: 'okato',
  oktmo: 'oktmo',
  октмо: 'oktmo',
  kladr: 'kladr',
  кладр: 'kladr',
  region_code: 'kladr',
  'код региона': 'kladr',
};
const INDICATOR_HEADERS = new Set(['indicator', 'показатель', 'indicator_id']);
const PERIOD_HEADERS = new Set(['period', 'период', 'year', 'год', 'date', 'дата']);
const VALUE_HEADERS = new Set(['value', 'значение']);
const UNIT_HEADERS = new Set(['unit', 'единица', 'ед. изм.', 'единица измерения']);
const FLAG_HEADERS = new Set(['flags', 'flag', 'примечание', 'note']);

/** Units whose values cannot be negative. */
const NON_NEGATIVE_UNITS = new Set([
  'count',
  'persons',
  'people',
  'чел.',
  'единиц',
  'km',
  'km²',
  'pairs',
  'posts',
  'missions',
  'states',
  'countries',
  'sites',
  'libraries',
  'organisations',
  'establishments',
  'technologies',
  'thousand persons',
  'thousand rooms',
  'thousand beds',
  'thousand nights',
  'thousand trips',
  'thousand km²',
]);
const INDICATOR_ID = /^[a-z][a-z0-9_]*$/;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function normalisePeriod(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/\s*(г\.?|год|year)$/i, '')
    .trim();
  return PERIOD.test(s) && isCalendarPeriod(s) ? s : null;
}

/** A month that exists (01–12) and a day that exists in its month (2023-02-30 does not). */
function isCalendarPeriod(s: string): boolean {
  if (s.length === 4) return true;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  if (m < 1 || m > 12) return false;
  if (s.length === 7) return true;
  const d = +s.slice(8, 10);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d >= 1 && d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/**
 * A checker for the rows of an observations table, one row at a time (so a file of any length is checked in
 * bounded memory): `check` turns a row's good cells into observations and records every problem (unknown or
 * ambiguous regions, bad periods, non-numeric values, negative counts). Pure; duplicate keys across rows are
 * found by the importer on the staged rows. Problems with the header are in `result.issues` before any row.
 */
export function observationChecker(
  table: TableHead,
  matcher: RegionMatcher,
  indicators: readonly IndicatorRow[],
  options: ObservationOptions = {},
): ObservationChecker {
  const issues = new IssueList();
  const issue = (row: number, column: string, value: string, expected: string) =>
    issues.add({ file: table.file, row, column, value, expected });
  const header = table.header.map((h) => h.toLowerCase().trim());
  const regionCol = header.findIndex((h) => h in REGION_HEADERS);
  const result: CheckSummary = {
    issues,
    newIndicators: [],
    skippedAggregates: [],
    skippedAggregateCount: 0,
    regionColumn: regionCol >= 0 ? table.header[regionCol]! : '',
    missingCells: 0,
    notes: [],
  };
  const rejectAll: ObservationChecker = { result, check: () => [] };
  if (regionCol < 0) {
    issue(
      0,
      table.header.join(', '),
      table.header[0] ?? '',
      `a region column named one of: ${Object.keys(REGION_HEADERS).join(', ')}`,
    );
    return rejectAll;
  }
  const regionKind = REGION_HEADERS[header[regionCol]!]!;
  const find = (names: Set<string>) => header.findIndex((h) => names.has(h));
  const indicatorCol = find(INDICATOR_HEADERS);
  const periodCol = find(PERIOD_HEADERS);
  const valueCol = find(VALUE_HEADERS);
  const unitCol = find(UNIT_HEADERS);
  const flagCol = find(FLAG_HEADERS);

  type Cell = { column: number; indicator: string; period: string };
  let cellsOf: (cells: string[], row: number) => Cell[];
  if (indicatorCol >= 0 && periodCol >= 0 && valueCol >= 0) {
    // A long file repeats the same periods on many rows: each distinct spelling is checked once.
    const periods = new Map<string, string | null>();
    cellsOf = (cells, row) => {
      const indicator = (cells[indicatorCol] ?? '').trim();
      const rawPeriod = cells[periodCol] ?? '';
      let period = periods.get(rawPeriod);
      if (period === undefined) {
        period = normalisePeriod(rawPeriod);
        if (periods.size < 100_000) periods.set(rawPeriod, period);
      }
      if (period === null) {
        issue(row, table.header[periodCol]!, rawPeriod, 'a period as YYYY, YYYY-MM or YYYY-MM-DD');
        return [];
      }
      return [{ column: valueCol, indicator, period }];
    };
  } else if (options.indicator || options.period) {
    if (options.indicator && options.period) {
      issue(
        0,
        '--indicator/--period',
        '',
        'only one of --indicator (columns are periods) and --period (columns are indicators)',
      );
      return rejectAll;
    }
    const dataCols = header
      .map((_, i) => i)
      .filter((i) => i !== regionCol && i !== unitCol && i !== flagCol && table.header[i] !== '');
    if (options.indicator) {
      for (const i of dataCols)
        if (normalisePeriod(table.header[i]!) === null)
          issue(
            1,
            table.header[i]!,
            table.header[i]!,
            `a period (YYYY) as column header, since --indicator ${options.indicator} is given`,
          );
      cellsOf = () =>
        dataCols.map((i) => ({
          column: i,
          indicator: options.indicator!,
          period: normalisePeriod(table.header[i]!) ?? '',
        }));
    } else {
      const period = normalisePeriod(options.period!);
      if (period === null) {
        issue(0, '--period', options.period!, 'a period as YYYY, YYYY-MM or YYYY-MM-DD');
        return rejectAll;
      }
      cellsOf = () => dataCols.map((i) => ({ column: i, indicator: table.header[i]!.trim(), period }));
    }
    if (issues.count) return rejectAll;
  } else {
    issue(
      0,
      table.header.join(', '),
      '',
      'either columns region, indicator, period, value (long layout), or --indicator ID (other columns are periods), or --period P (other columns are indicators)',
    );
    return rejectAll;
  }

  const known = new Map(indicators.map((i) => [i.id, i]));
  const created = new Map<string, string>();
  const separator = table.separator ?? ';';
  const regionHeader = table.header[regionCol]!;
  // A long file names the same few regions again and again: each distinct name is matched once.
  const matches = new Map<string, ReturnType<RegionMatcher['match']>>();
  const check = (row: number, cells: string[]): ValidObservation[] => {
    const out: ValidObservation[] = [];
    const rawRegion = cells[regionCol] ?? '';
    let m = matches.get(rawRegion);
    if (!m) {
      m = matcher.match(rawRegion, regionKind);
      if (matches.size < 10_000) matches.set(rawRegion, m);
    }
    let iso: string | null = null;
    if (m.kind === 'region') {
      iso = m.iso;
      if (m.note && !result.notes.includes(m.note)) result.notes.push(m.note);
    } else if (m.kind === 'aggregate') {
      result.skippedAggregateCount++;
      if (result.skippedAggregates.length < LISTED_AGGREGATES)
        result.skippedAggregates.push({ row, name: m.name });
      return out;
    } else if (m.kind === 'ambiguous')
      issue(
        row,
        regionHeader,
        rawRegion,
        `one region; this name fits ${m.candidates.join(' and ')} — use the ISO code`,
      );
    else if (rawRegion.trim() === '')
      issue(row, regionHeader, rawRegion, 'a region (ISO 3166-2 code, OKATO, OKTMO or name)');
    else
      issue(
        row,
        regionHeader,
        rawRegion,
        'a known region: ISO 3166-2 code (e.g. RU-TA), 11-digit OKATO, 8-digit OKTMO, or a Russian/English name',
      );

    for (const cell of cellsOf(cells, row)) {
      const columnName = table.header[cell.column]!;
      const indicator = known.get(cell.indicator);
      if (!indicator && !created.has(cell.indicator)) {
        if (!INDICATOR_ID.test(cell.indicator)) {
          issue(
            row,
            indicatorCol >= 0 ? table.header[indicatorCol]! : columnName,
            cell.indicator,
            'an indicator id of lower-case letters, digits and _ (e.g. foreign_students)',
          );
          continue;
        }
        if (!options.newIndicators) {
          issue(
            row,
            indicatorCol >= 0 ? table.header[indicatorCol]! : columnName,
            cell.indicator,
            `a known indicator (${[...known.keys()].join(', ')}), or --new-indicators to create it`,
          );
          continue;
        }
        const unit = (unitCol >= 0 ? cells[unitCol]?.trim() : '') || options.unit || 'value';
        created.set(cell.indicator, unit);
      }
      const unit = indicator?.unit ?? created.get(cell.indicator) ?? 'value';
      const raw = cells[cell.column] ?? '';
      const parsed = parseNumber(raw, separator);
      if (parsed.kind === 'missing') {
        result.missingCells++;
        continue;
      }
      if (parsed.kind === 'invalid') {
        issue(
          row,
          columnName,
          raw,
          `a number (${parsed.reason}); decimal comma or point, spaces as thousands separators`,
        );
        continue;
      }
      if (NON_NEGATIVE_UNITS.has(unit) && parsed.value < 0) {
        issue(row, columnName, raw, `a non-negative value: ${cell.indicator} is measured in ${unit}`);
        continue;
      }
      if (iso === null) continue;
      out.push({
        row,
        regionRaw: rawRegion,
        region_iso: iso,
        indicator_id: cell.indicator,
        period: cell.period,
        value: parsed.value,
        flags: flagCol >= 0 ? cells[flagCol]?.trim() || null : null,
      });
    }
    if (created.size !== result.newIndicators.length)
      result.newIndicators = [...created].map(([id, unit]) => ({ id, unit }));
    return out;
  };
  return { result, check };
}
