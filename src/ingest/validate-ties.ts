import { parseNumber } from '../io/parse-number.js';
import type { RegionIdKind, RegionMatcher } from '../registry/region-matcher.js';
import type { CountryRecord } from '../query/snapshot.js';
import type { TieRow } from '../store/rows.js';
import type { ImportIssue } from './import-issue.js';
import type { Table } from './read-table.js';

/** A checked row: the fields of a stored tie it sets, with the row it came from. */
export type ValidTie = Pick<
  TieRow,
  'type' | 'counterpart' | 'ru_place' | 'valid_from' | 'valid_to' | 'value' | 'unit'
> & {
  row: number;
  region_iso: string;
  country_iso2: string;
};

/** Tie types derived from the bundled data; imports may not add to them (they would mix provenance). */
export const DERIVED_TIE_TYPES = new Set(['border', 'sea_proximity', 'ru_mission_abroad']);

const REGION: Record<string, RegionIdKind> = {
  region: 'auto',
  регион: 'auto',
  субъект: 'auto',
  iso: 'iso',
  okato: 'okato',
  oktmo: 'oktmo',
};
const TYPE = /^[a-z][a-z0-9_]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Check a ties table: columns region, country, type (required), counterpart, place, valid_from, valid_to, value,
 * unit (optional). Countries by ISO 3166-1 alpha-2 or alpha-3 code, or English or Russian name. Reports every
 * problem; changes nothing.
 */
export function validateTies(
  table: Table,
  matcher: RegionMatcher,
  countries: readonly CountryRecord[],
): { ties: ValidTie[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const issue = (row: number, column: string, value: string, expected: string) =>
    issues.push({ file: table.file, row, column, value, expected });
  const header = table.header.map((h) => h.toLowerCase().trim());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const regionCol = header.findIndex((h) => h in REGION);
  const countryCol = col('country', 'страна', 'country_iso2');
  const typeCol = col('type', 'тип');
  for (const [i, name] of [
    [regionCol, 'region'],
    [countryCol, 'country'],
    [typeCol, 'type'],
  ] as const)
    if (i < 0) issue(0, table.header.join(', '), '', `a column named ${name}`);
  if (issues.length) return { ties: [], issues };
  const counterpartCol = col('counterpart', 'партнёр', 'партнер', 'partner');
  const placeCol = col('place', 'ru_place', 'город');
  const fromCol = col('valid_from', 'date', 'from', 'дата');
  const toCol = col('valid_to', 'to');
  const valueCol = col('value', 'значение');
  const unitCol = col('unit', 'единица');
  const byCode = new Map<string, CountryRecord>();
  for (const c of countries) {
    for (const k of [c.iso2, c.iso3, c.name_en, c.name_ru]) if (k) byCode.set(k.toLowerCase(), c);
  }
  const ties: ValidTie[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  for (const { row, cells } of table.rows) {
    const rawRegion = cell(cells, regionCol);
    const m = matcher.match(rawRegion, REGION[header[regionCol]!]!);
    const region = m.kind === 'region' ? m.iso : null;
    if (m.kind === 'ambiguous')
      issue(
        row,
        table.header[regionCol]!,
        rawRegion,
        `one region; this name fits ${m.candidates.join(' and ')}`,
      );
    else if (!region)
      issue(
        row,
        table.header[regionCol]!,
        rawRegion,
        'a known region: ISO 3166-2 code, OKATO, OKTMO, or a Russian/English name',
      );
    const rawCountry = cell(cells, countryCol);
    const country = byCode.get(rawCountry.toLowerCase());
    if (!country)
      issue(
        row,
        table.header[countryCol]!,
        rawCountry,
        'a country: ISO 3166-1 code (FI, FIN) or English/Russian name',
      );
    const type = cell(cells, typeCol).toLowerCase();
    if (!TYPE.test(type))
      issue(
        row,
        table.header[typeCol]!,
        type,
        'a tie type of lower-case letters, digits and _ (agreement, trade, office, event, students, tourism, diaspora…)',
      );
    else if (DERIVED_TIE_TYPES.has(type))
      issue(
        row,
        table.header[typeCol]!,
        type,
        `a type other than ${[...DERIVED_TIE_TYPES].join(', ')}, which are derived from the bundled data`,
      );
    const dates = [fromCol, toCol].map((c) => {
      const v = cell(cells, c);
      if (v && !DATE.test(v)) issue(row, table.header[c]!, v, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
      return v || null;
    });
    let value: number | null = null;
    const rawValue = cell(cells, valueCol);
    if (rawValue) {
      const p = parseNumber(rawValue, table.separator ?? ';');
      if (p.kind === 'invalid') issue(row, table.header[valueCol]!, rawValue, `a number (${p.reason})`);
      else if (p.kind === 'number') {
        if (p.value < 0) issue(row, table.header[valueCol]!, rawValue, 'a non-negative value (a tie’s size)');
        value = p.value;
      }
    }
    if (!region || !country || !TYPE.test(type) || DERIVED_TIE_TYPES.has(type)) continue;
    const counterpart = cell(cells, counterpartCol) || country.name_en;
    const key = [region, country.iso2, type, counterpart, dates[0] ?? ''].join('\t');
    if (seen.has(key)) {
      issue(
        row,
        table.header[typeCol]!,
        type,
        `one row per region, country, type, counterpart and date: the same tie is on row ${seen.get(key)}`,
      );
      continue;
    }
    seen.set(key, row);
    ties.push({
      row,
      type,
      region_iso: region,
      country_iso2: country.iso2,
      counterpart,
      ru_place: cell(cells, placeCol) || null,
      valid_from: dates[0]!,
      valid_to: dates[1]!,
      value,
      unit: cell(cells, unitCol) || null,
    });
  }
  if (!table.rows.length) issue(0, table.header.join(', '), '', 'at least one data row below the header');
  return { ties, issues };
}
