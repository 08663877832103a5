import { csvObjects, toCsv } from '../io/csv.js';
import type { CountryObservation } from './country-observations.js';
import type { RosstatObservation } from './regional-observations.js';
import type { TableReport, YearbookReading } from './yearbook-observations.js';

/**
 * The yearbook as read by paradip's reader, kept as CSV next to the .docx files (data/ru-rosstat-yearbook/derived/).
 * Parsing the twenty chapters (~90 MB of XML) takes seconds; `db build` reads these files instead, and a test
 * reads the .docx again and requires the same rows, so the two cannot drift apart. `npm run data:rosstat` writes them.
 */
export const DERIVED_FILES = {
  regional: 'derived/regional_observations.csv',
  country: 'derived/country_observations.csv',
  tables: 'derived/tables.csv',
} as const;

const REGIONAL = ['region_iso', 'indicator_id', 'period', 'value', 'source_ref'] as const;
const COUNTRY = ['country_iso2', 'indicator_id', 'period', 'value', 'source_ref'] as const;
const TABLES = [
  'edition',
  'table',
  'kind',
  'observations',
  'missing_cells',
  'aggregates',
  'absent_regions',
] as const;

const byKey = (a: { indicator_id: string; period: string }, b: { indicator_id: string; period: string }) =>
  a.indicator_id.localeCompare(b.indicator_id) || a.period.localeCompare(b.period);

export function derivedCsv(reading: YearbookReading): Record<keyof typeof DERIVED_FILES, string> {
  const regional = [...reading.observations].sort(
    (a, b) => a.region_iso.localeCompare(b.region_iso) || byKey(a, b),
  );
  const country = [...reading.countryObservations].sort(
    (a, b) => a.country_iso2.localeCompare(b.country_iso2) || byKey(a, b),
  );
  return {
    regional: toCsv([[...REGIONAL], ...regional.map((o) => REGIONAL.map((k) => o[k]))]),
    country: toCsv([[...COUNTRY], ...country.map((o) => COUNTRY.map((k) => o[k]))]),
    tables: toCsv([
      [...TABLES],
      ...reading.tables.map((t) => [
        t.edition,
        t.table,
        t.kind,
        t.observations,
        t.missingCells,
        t.aggregates,
        t.absentRegions.join(' '),
      ]),
    ]),
  };
}

function value(raw: string | undefined, where: string): number {
  const v = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(v))
    throw new Error(`${where}, column value: expected a number, got ${JSON.stringify(raw)}`);
  return v;
}

export function parseRegionalDerived(text: string, file = DERIVED_FILES.regional): RosstatObservation[] {
  return csvObjects(text).map((r, i) => ({
    region_iso: r.region_iso!,
    indicator_id: r.indicator_id!,
    period: r.period!,
    value: value(r.value, `${file}, row ${i + 2}`),
    source_ref: r.source_ref!,
  }));
}

export function parseCountryDerived(text: string, file = DERIVED_FILES.country): CountryObservation[] {
  return csvObjects(text).map((r, i) => ({
    country_iso2: r.country_iso2!,
    indicator_id: r.indicator_id!,
    period: r.period!,
    value: value(r.value, `${file}, row ${i + 2}`),
    source_ref: r.source_ref!,
  }));
}

export function parseTablesDerived(text: string): TableReport[] {
  return csvObjects(text).map((r) => ({
    edition: Number(r.edition),
    table: r.table!,
    kind: r.kind as TableReport['kind'],
    observations: Number(r.observations),
    missingCells: Number(r.missing_cells),
    aggregates: Number(r.aggregates),
    absentRegions: (r.absent_regions ?? '').split(' ').filter(Boolean),
  }));
}
