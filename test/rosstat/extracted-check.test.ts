import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { parseCsv } from '../../src/io/csv.js';
import { CountryMatcher } from '../../src/registry/country-matcher.js';
import { RegionMatcher } from '../../src/registry/region-matcher.js';
import type { DocxBlock } from '../../src/rosstat/docx-blocks.js';
import { countryObservations } from '../../src/rosstat/country-observations.js';
import { readChapter } from '../../src/rosstat/read-chapter.js';
import { regionalObservations } from '../../src/rosstat/regional-observations.js';
import { rosstatNumber } from '../../src/rosstat/rosstat-number.js';
import { findTable } from '../../src/rosstat/rosstat-table.js';
import { ROSSTAT_TABLES } from '../../src/rosstat/rosstat-tables.js';
import { cellText, withoutFootnotes } from '../../src/rosstat/row-label.js';

/**
 * The reader against an independent reading of the same .docx files (test/fixtures/rosstat-extracted-check, made
 * outside paradip): every row and every column of each table must give the same printed figures.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/rosstat-extracted-check');
const YEARBOOK = join(import.meta.dirname, '../../data/ru-rosstat-yearbook');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));

const printed = (raw: string) => {
  const p = rosstatNumber(raw);
  return p.kind === 'number' ? p.value : p.kind;
};
const label = (raw: string) => withoutFootnotes(cellText(raw)).replace(/\s+/g, '');

const chapters = new Map<string, DocxBlock[]>();
const chapter = (path: string) => {
  if (!chapters.has(path)) chapters.set(path, readChapter(path));
  return chapters.get(path)!;
};

let regionMatcher: RegionMatcher;
let countryMatcher: CountryMatcher;
beforeAll(() => {
  const data = readBundled();
  regionMatcher = new RegionMatcher(data.regions);
  countryMatcher = new CountryMatcher(data.countries);
});

/**
 * The check file of table 7.35 has every row rotated by one column: its first figure (2010/2011, admitted) is the
 * one the .docx prints last (2022/2023, graduated). In the .docx, in XML order, each year reads admitted < students
 * and graduated < students (checked below), which the check file's order breaks (2010/2011: admitted 56.8, students
 * 37.3). The comparison therefore rotates the check file's rows back.
 */
const ROTATED = new Set(['rsy2023_t7_35_foreign_students_by_country_national.csv']);
const rotate = <T>(values: T[]): T[] => [...values.slice(1), values[0]!];
const same = <T>(values: T[]): T[] => values;

describe('the reader agrees with the independent reading in extracted-check/', () => {
  it('has a check file for each of the 13 tables it was made for', () => {
    expect(files).toHaveLength(13);
  });

  it('table 7.35 as the .docx prints it: in each year, fewer admitted and graduated than enrolled', () => {
    const spec = ROSSTAT_TABLES.find((s) => s.edition === 2023 && s.table === '7.35')!;
    const t = findTable(chapter(join(YEARBOOK, 'docx/2023', spec.chapter)), '7.35', 'R_07.docx');
    const total = t.rows[0]!.cells.slice(1).map(printed) as number[];
    for (let year = 0; year < 4; year++) {
      const [admitted, students, graduated] = total.slice(year * 3, year * 3 + 3);
      expect(admitted).toBeLessThan(students!);
      expect(graduated).toBeLessThan(students!);
    }
  });

  for (const file of files) {
    const [, edition, table] = /^rsy(\d{4})_t(\d+_\d+)_/.exec(file)!;
    const number = table!.replace('_', '.');
    const spec = ROSSTAT_TABLES.find((s) => s.edition === Number(edition) && s.table === number)!;

    it(`${file}: every row and column, as printed`, () => {
      expect(spec, `a table descriptor for ${edition} ${number}`).toBeDefined();
      const records = parseCsv(readFileSync(join(FIXTURES, file), 'utf8'), ',')
        .map((r) => r.cells)
        .filter((c) => !c[0]!.startsWith('#'));
      const firstValue = spec.englishColumn ? 2 : 1;
      const t = findTable(chapter(join(YEARBOOK, 'docx', edition!, spec.chapter)), number, file);
      const width = t.columns.length - (spec.englishColumn ? 1 : 0);
      const rows = t.rows.filter((r) => r.cells.slice(1, width).some((c) => c.trim() !== ''));
      expect(rows.map((r) => label(r.cells[0]!))).toEqual(records.map((c) => label(c[0]!)));
      const theirs = new Map(
        rows.map((r, i) => [
          r.row,
          (ROTATED.has(file) ? rotate : same)(records[i]!.slice(firstValue).map(printed)),
        ]),
      );
      for (const r of rows)
        expect(r.cells.slice(1, width).map(printed), `row ${r.row} ${r.cells[0]}`).toEqual(theirs.get(r.row));

      // The figures stored are the printed ones, from the rows they cite.
      const stored =
        spec.kind === 'regional'
          ? regionalObservations(t, spec, regionMatcher).observations
          : countryObservations(t, spec, countryMatcher).observations;
      expect(stored.length).toBeGreaterThan(0);
      for (const o of stored) {
        const row = Number(/row (\d+)/.exec(o.source_ref)![1]);
        expect(theirs.get(row), o.source_ref).toContain(o.value);
      }
    });
  }
});
