import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/dataset/data-dir.js';
import { csvParseOptions, type Separator } from '../../src/io/csv.js';
import { wellFormedCsv } from '../../src/io/well-formed-csv.js';

/** What csv-parse gives with paradip's options, or 'error'. */
function csvParse(text: string, separator: Separator): string[][] | 'error' {
  try {
    return parse(text, csvParseOptions(separator)) as string[][];
  } catch {
    return 'error';
  }
}

describe('wellFormedCsv', () => {
  it('gives exactly what csv-parse gives, or null, on many random texts', () => {
    // Pieces that make quoted cells, doubled quotes, line breaks in and out of quotes, BOMs, ragged rows.
    const pieces = [
      'a',
      'b',
      'é',
      ' ',
      ',',
      ';',
      '\t',
      '"',
      '""',
      '"x"',
      '"a\nb"',
      '"a,""b"',
      '\n',
      '\r',
      '\r\n',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let compared = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = random() < 0.05 ? '\ufeff' : '';
      const length = Math.floor(random() * 24);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)];
      for (const separator of [',', ';', '\t'] as const) {
        const fast = wellFormedCsv(text, separator);
        if (fast === null) continue; // csv-parse's turn
        compared++;
        expect(fast, JSON.stringify(text)).toEqual(csvParse(text, separator));
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('leaves what is not well-formed to csv-parse', () => {
    expect(wellFormedCsv('a,b"c\n', ',')).toBeNull(); // a quote inside an unquoted cell
    expect(wellFormedCsv('"a"b,c\n', ',')).toBeNull(); // text after the closing quote
    expect(wellFormedCsv('a,"b\n', ',')).toBeNull(); // a quote left open
  });

  it('reads every bundled table as csv-parse does', () => {
    const dir = dataDir();
    for (const [file, separator] of [
      ['country-codes/country-codes.csv', ','],
      ['ru-federal-subjects/ru_federal_subjects.csv', ','],
      ['twinning-wikipedia/russia_twin_city_pairs.csv', ','],
      ['ru-rosstat-yearbook/derived/regional_observations.csv', ','],
      ['ru-rosstat-yearbook/derived/country_observations.csv', ','],
    ] as const) {
      const text = readFileSync(join(dir, file), 'utf8');
      const fast = wellFormedCsv(text, separator);
      expect(fast, file).not.toBeNull();
      expect(fast, file).toEqual(csvParse(text, separator));
    }
  });
});
