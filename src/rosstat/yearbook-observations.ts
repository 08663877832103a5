import { join } from 'node:path';
import { formatIssue } from '../ingest/import-issue.js';
import { CountryMatcher } from '../registry/country-matcher.js';
import type { Country } from '../registry/country.js';
import { RegionMatcher } from '../registry/region-matcher.js';
import type { Region } from '../registry/region.js';
import { countryObservations, type CountryObservation } from './country-observations.js';
import { readChapter } from './read-chapter.js';
import { regionalObservations, type RosstatObservation } from './regional-observations.js';
import { findTable } from './rosstat-table.js';
import { ROSSTAT_TABLES, type RosstatTableSpec } from './rosstat-tables.js';

/** What one table gave: counts for docs/data.md and the build report. */
export interface TableReport {
  edition: number;
  table: string;
  kind: RosstatTableSpec['kind'];
  observations: number;
  missingCells: number;
  aggregates: number;
  /** Regional tables: regions of the registry with no row in the table. */
  absentRegions: string[];
}

export interface YearbookReading {
  observations: RosstatObservation[];
  countryObservations: CountryObservation[];
  tables: TableReport[];
  notes: string[];
}

/**
 * Read every table of ROSSTAT_TABLES from the bundled chapters (each chapter parsed once) into observations.
 * Where both editions print the same period (25.4: 2021), the later edition's figure is kept and its source_ref
 * names the earlier one. Any unreadable row fails the whole reading: bundled data is all or nothing.
 */
export function readYearbook(
  dir: string,
  regions: readonly Region[],
  countries: readonly Country[],
  specs: readonly RosstatTableSpec[] = ROSSTAT_TABLES,
): YearbookReading {
  const regionMatcher = new RegionMatcher(regions);
  const countryMatcher = new CountryMatcher(countries);
  const ordered = [...specs].sort((a, b) => a.edition - b.edition);
  const byChapter = new Map<string, RosstatTableSpec[]>();
  for (const s of ordered) {
    const key = `docx/${s.edition}/${s.chapter}`;
    byChapter.set(key, [...(byChapter.get(key) ?? []), s]);
  }
  const regional = new Map<string, RosstatObservation>();
  const national = new Map<string, CountryObservation>();
  const tables: TableReport[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  const keep = <T extends { indicator_id: string; period: string; value: number; source_ref: string }>(
    into: Map<string, T>,
    key: string,
    o: T,
  ) => {
    const earlier = into.get(key);
    if (earlier && earlier.source_ref.slice(0, 8) !== o.source_ref.slice(0, 8)) {
      const same = earlier.value === o.value;
      o.source_ref += `; replaces ${earlier.source_ref.split(';')[0]}, ${same ? 'same figure' : `which printed ${earlier.value}`}`;
    }
    into.set(key, o);
  };
  // Editions in order: a later edition's figure replaces an earlier one for the same key.
  for (const edition of [...new Set(ordered.map((s) => s.edition))]) {
    for (const [chapter, chapterSpecs] of byChapter) {
      if (chapterSpecs[0]!.edition !== edition) continue;
      const blocks = readChapter(join(dir, chapter), `data/ru-rosstat-yearbook/${chapter}`);
      for (const spec of chapterSpecs) {
        const table = findTable(blocks, spec.table, `data/ru-rosstat-yearbook/${chapter}`);
        if (spec.kind === 'regional') {
          const r = regionalObservations(table, spec, regionMatcher);
          problems.push(...r.issues.map(formatIssue));
          notes.push(...r.notes);
          const present = new Set(r.observations.map((o) => o.region_iso));
          for (const m of r.missingCells) present.add(m.region_iso);
          for (const o of r.observations)
            keep(regional, `${o.region_iso}\t${o.indicator_id}\t${o.period}`, o);
          tables.push({
            edition,
            table: spec.table,
            kind: 'regional',
            observations: r.observations.length,
            missingCells: r.missingCells.length,
            aggregates: r.aggregates.length,
            absentRegions: regions.filter((x) => !present.has(x.iso)).map((x) => x.iso),
          });
        } else {
          const r = countryObservations(table, spec, countryMatcher);
          problems.push(...r.issues.map(formatIssue));
          for (const o of r.observations)
            keep(national, `${o.country_iso2}\t${o.indicator_id}\t${o.period}`, o);
          tables.push({
            edition,
            table: spec.table,
            kind: 'country',
            observations: r.observations.length,
            missingCells: r.missingCells,
            aggregates: r.aggregates.length,
            absentRegions: [],
          });
        }
      }
    }
  }
  if (problems.length)
    throw new Error(`the bundled Rosstat yearbook cannot be read:\n  ${problems.join('\n  ')}`);
  return {
    observations: [...regional.values()],
    countryObservations: [...national.values()],
    tables,
    notes,
  };
}
