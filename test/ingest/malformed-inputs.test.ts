import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParadipError } from '../../src/errors/paradip-error.js';
import { ImportRejected } from '../../src/ingest/import-issue.js';
import { importObservations, type ImportOptions } from '../../src/ingest/import-observations.js';
import { importTies } from '../../src/ingest/import-ties.js';
import { fileHash, freshStore, tempDir } from '../helpers/store.js';

// SYNTHETIC TEST DATA: every file below is generated here to be malformed; no figure in it is a real statistic.
const SOURCE = 'Synthetic malformed input (not real data)';
const HEADER = 'region,indicator,period,value';

/** A malformed input and what its error must name (beyond file, row, column and what was expected). */
interface Case {
  label: string;
  name: string;
  content: string | Buffer | (() => Promise<Buffer>);
  options?: Partial<ImportOptions>;
  kind?: 'observations' | 'ties';
  /** The problem's place, when it is one cell: row (1-based, header = 1) and column. */
  at?: { row: number; column: string };
  /** What the message or the issue's `expected` must say. */
  says: RegExp;
}

const long = (value: string, row = 'RU-TA,twin_pairs,2023,') => `${HEADER}\n${row}${value}\n`;
const cell = (column: string, csvRow: string, says: RegExp, label = csvRow): Case => ({
  label,
  name: 'cell.csv',
  content: `${HEADER}\n${csvRow}\n`,
  at: { row: 2, column },
  says,
});

// Numbers a spreadsheet or a script might write that are not finite decimal numbers.
const NUMBERS: [string, RegExp][] = [
  ['1e400', /finite/],
  ['-1e400', /finite|non-negative/],
  ['1E+999', /finite/],
  ['Infinity', /a number/],
  ['-Infinity', /a number/],
  ['inf', /a number/],
  ['+NaN', /a number/],
  ['NaNa', /a number/],
  ['0x10', /a number/],
  ['0X1F', /a number/],
  ['0b101', /a number/],
  ['0o17', /a number/],
  ['1.2.3', /a number/],
  ['"1,2,3"', /a number/],
  ['12abc', /a number/],
  ['--1', /a number/],
  ['1e', /a number/],
  ['e5', /a number/],
  ['.', /a number/],
  ['½', /a number/],
  ['1/2', /a number/],
  ['10%', /a number/],
  ['$5', /a number/],
  ['5 руб.', /a number/],
  ['١٢٣', /a number/],
  ['１２３', /a number/],
  ['1_000', /a number/],
  ['(5)', /a number/],
  ['true', /a number/],
  ['"1,000"', /ambiguous/],
];

// Text a spreadsheet would run as a formula, or a page as a script, in each column.
const FORMULAS = ['=1+1', '=HYPERLINK("http://x","y")', '@SUM(A1:A9)', "=cmd|' /C calc'!A0", '+A1*2'];
const SCRIPTS = [
  '<script>alert(8)</script>',
  '<img src=x onerror=alert(8)>',
  'javascript:alert(8)',
  '"><svg onload=alert(8)>',
];

const PERIODS = [
  '2023-13',
  '2023-02-30',
  '99999',
  '-2023',
  '2023.5',
  'Q5 2023',
  '23',
  '2023-1-1',
  'двадцать',
];
const REGIONS = ['RU-', 'RU-XX', 'Республика', 'Москва Москва Москва', 'RU-TA\u0000'];

const URLS = [
  'javascript:alert(8)',
  'JavaScript:alert(8)',
  'data:text/html,<script>alert(8)</script>',
  'vbscript:msgbox(8)',
  'file:///etc/passwd',
  'mailto:someone@example.org',
  'about:blank',
  'ftp://example.org/table.csv',
  'example.org/table.csv',
  '//example.org/table.csv',
  'http//example.org',
  'ht tp://example.org',
];

/** A valid XLSX of the long layout with the given data row, built with ExcelJS. */
async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лист1');
  ws.addRow(['region', 'indicator', 'period', 'value']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip archive of one stored file (no compression), by hand: a zip that is not a workbook. */
function zipOf(name: string, data: Buffer): Buffer {
  const deflated = deflateRawSync(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, Buffer.from(name), deflated]);
}

const CASES: Record<string, Case[]> = {
  encodings: [
    {
      label: 'Windows-1251 bytes read as --encoding utf-8',
      name: 'cp1251.csv',
      content: Buffer.from([...Buffer.from(`${HEADER}\n`), 0xca, 0xe0, 0xf0, 0xe5, 0xeb, 0xe8, 0xff, 0x0a]),
      options: { encoding: 'utf-8' },
      says: /not valid UTF-8/,
    },
    {
      label: 'UTF-16LE with its byte-order mark',
      name: 'utf16.csv',
      content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(long('1'), 'utf16le')]),
      says: /region column|layout/,
    },
    {
      label: 'random binary bytes',
      name: 'noise.csv',
      content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      says: /region column|layout|header|quote|line/,
    },
    {
      label: 'a PNG image named .csv',
      name: 'image.csv',
      content: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(200, 1),
      ]),
      says: /region column|layout|header/,
    },
    {
      label: 'gzip-compressed CSV',
      name: 'packed.csv',
      content: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4b, 0x4c, 0x4a, 0x06, 0x00]),
      says: /region column|layout|header/,
    },
    {
      label: 'NUL bytes between every character (UTF-16 without a mark)',
      name: 'nul.csv',
      content: Buffer.from(long('1'), 'utf16le'),
      says: /region column|layout/,
    },
    {
      label: 'a UTF-8 sequence cut in the middle, read as --encoding utf-8',
      name: 'cut.csv',
      content: Buffer.concat([
        Buffer.from(`${HEADER}\nКарел`),
        Buffer.from([0xd0]),
        Buffer.from(',x,2023,1\n'),
      ]),
      options: { encoding: 'utf-8' },
      says: /not valid UTF-8/,
    },
    {
      label: 'only a byte-order mark',
      name: 'bom.csv',
      content: Buffer.from([0xef, 0xbb, 0xbf]),
      says: /empty/,
    },
  ],
  separators: [
    { label: 'an empty file', name: 'empty.csv', content: '', says: /empty/ },
    { label: 'blank lines only', name: 'blank.csv', content: '\n\n\r\n\n', says: /empty/ },
    {
      label: 'a header and no rows',
      name: 'header.csv',
      content: `${HEADER}\n`,
      says: /data row/,
    },
    {
      label: 'pipe-separated',
      name: 'pipes.csv',
      content: 'region|indicator|period|value\nRU-TA|twin_pairs|2023|1\n',
      says: /region column|layout/,
    },
    {
      label: 'one column only',
      name: 'single.csv',
      content: 'region\nRU-TA\n',
      says: /layout/,
    },
    {
      label: 'an unclosed quote',
      name: 'quote.csv',
      content: `${HEADER}\n"RU-TA,twin_pairs,2023,1\n`,
      says: /unterminated quoted field/,
    },
    {
      label: 'text after a closing quote',
      name: 'afterquote.csv',
      content: `${HEADER}\n"RU-TA"x,twin_pairs,2023,1\n`,
      says: /after its closing quote/,
    },
    {
      label: 'a row with its cells shifted (period in the indicator column)',
      name: 'shifted.csv',
      content: `${HEADER}\nRU-TA,2023,twin_pairs,1\n`,
      at: { row: 2, column: 'period' },
      says: /YYYY/,
    },
    {
      label: 'values separated by ; under a , header',
      name: 'mixed.csv',
      content: `${HEADER}\nRU-TA;twin_pairs;2023;1\n`,
      at: { row: 2, column: 'region' },
      says: /known region|region/,
    },
    {
      label: 'separators only',
      name: 'commas.csv',
      content: ',,,\n,,,\n',
      says: /region column|layout/,
    },
    {
      label: 'a header of duplicate columns',
      name: 'dupcols.csv',
      content: 'region,region,region\nRU-TA,RU-TA,RU-TA\n',
      says: /layout/,
    },
  ],
  sizes: [
    {
      label: 'a file over the size limit (PARADIP_IMPORT_MAX_MB=1)',
      name: 'big.csv',
      content: () => Promise.resolve(Buffer.from(HEADER + '\n' + 'RU-TA,twin_pairs,2023,1\n'.repeat(50_000))),
      says: /imports are limited to 1 MB/,
    },
    {
      label: 'a cell of 100,000 digits',
      name: 'digits.csv',
      content: long('9'.repeat(100_000)),
      at: { row: 2, column: 'value' },
      says: /finite/,
    },
    {
      label: 'a region name of 1 MB',
      name: 'hugename.csv',
      content: `${HEADER}\n${'Я'.repeat(500_000)},twin_pairs,2023,1\n`,
      at: { row: 2, column: 'region' },
      says: /region/,
    },
    {
      label: 'a period of 50,000 characters',
      name: 'hugeperiod.csv',
      content: `${HEADER}\nRU-TA,twin_pairs,${'2023'.repeat(12_500)},1\n`,
      at: { row: 2, column: 'period' },
      says: /YYYY/,
    },
    {
      label: 'a quoted cell with 10,000 line breaks',
      name: 'breaks.csv',
      content: `${HEADER}\nRU-TA,twin_pairs,2023,"1${'\n'.repeat(10_000)}2"\n`,
      at: { row: 2, column: 'value' },
      says: /a number/,
    },
    {
      label: 'a header of 10,000 columns',
      name: 'wide.csv',
      content: `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(9_999)}1\n`,
      says: /region column/,
    },
  ],
  numbers: NUMBERS.map(([v, says]) => ({ ...cell('value', `RU-TA,twin_pairs,2023,${v}`, says), label: v })),
  formulas: [
    ...FORMULAS.map((f) =>
      cell('value', `RU-TA,twin_pairs,2023,"${f.replace(/"/g, '""')}"`, /a number/, `value ${f}`),
    ),
    ...FORMULAS.map((f) =>
      cell('region', `"${f.replace(/"/g, '""')}",twin_pairs,2023,1`, /known region/, `region ${f}`),
    ),
    ...FORMULAS.map((f) =>
      cell('indicator', `RU-TA,"${f.replace(/"/g, '""')}",2023,1`, /indicator/, `indicator ${f}`),
    ),
  ],
  scripts: [
    ...SCRIPTS.map((s) =>
      cell('region', `"${s.replace(/"/g, '""')}",twin_pairs,2023,1`, /known region/, `region ${s}`),
    ),
    ...SCRIPTS.map((s) =>
      cell('indicator', `RU-TA,"${s.replace(/"/g, '""')}",2023,1`, /indicator/, `indicator ${s}`),
    ),
    ...SCRIPTS.map((s) =>
      cell('period', `RU-TA,twin_pairs,"${s.replace(/"/g, '""')}",1`, /YYYY/, `period ${s}`),
    ),
    ...SCRIPTS.map((s) =>
      cell('value', `RU-TA,twin_pairs,2023,"${s.replace(/"/g, '""')}"`, /a number/, `value ${s}`),
    ),
  ],
  periods: PERIODS.map((p) => cell('period', `RU-TA,twin_pairs,${p},1`, /YYYY/, `period ${p}`)),
  regions: REGIONS.map((r) =>
    cell('region', `${r},twin_pairs,2023,1`, /region/, `region ${JSON.stringify(r)}`),
  ),
  urls: URLS.map((url) => ({
    label: url,
    name: 'ok.csv',
    content: long('1'),
    options: { url },
    says: /--url: expected an http:\/\/ or https:\/\/ address/,
  })),
  xlsx: [
    { label: 'an empty .xlsx file', name: 'empty.xlsx', content: Buffer.alloc(0), says: /XLSX|empty/ },
    {
      label: 'a zip header and nothing else',
      name: 'stub.xlsx',
      content: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      says: /not a readable XLSX workbook/,
    },
    {
      label: 'the first half of a workbook',
      name: 'half.xlsx',
      content: async () => {
        const b = await xlsx([['RU-TA', 'twin_pairs', '2023', 1]]);
        return b.subarray(0, b.length >> 1);
      },
      says: /not a readable XLSX workbook/,
    },
    {
      label: 'a zip without a workbook',
      name: 'notbook.xlsx',
      content: zipOf('hello.txt', Buffer.from('SYNTHETIC: not a workbook')),
      says: /not a readable XLSX workbook|no worksheet/,
    },
    {
      label: 'CSV text named .xlsx',
      name: 'text.xlsx',
      content: long('1'),
      says: /not a readable XLSX workbook/,
    },
    {
      label: 'a formula cell whose result is text as value',
      name: 'formula.xlsx',
      content: () => xlsx([['RU-TA', 'twin_pairs', '2023', { formula: 'A2', result: 'RU-TA' }]]),
      at: { row: 2, column: 'value' },
      says: /formula|a number/,
    },
    {
      label: 'an error cell (#DIV/0!) as value',
      name: 'error.xlsx',
      content: () => xlsx([['RU-TA', 'twin_pairs', '2023', { error: '#DIV/0!' }]]),
      at: { row: 2, column: 'value' },
      says: /a number/,
    },
    {
      label: 'a date cell as value',
      name: 'date.xlsx',
      content: () => xlsx([['RU-TA', 'twin_pairs', '2023', new Date(Date.UTC(2023, 0, 5))]]),
      at: { row: 2, column: 'value' },
      says: /a number/,
    },
    {
      label: 'a text cell of 40,000 characters as region',
      name: 'longtext.xlsx',
      content: () => xlsx([['Ж'.repeat(40_000), 'twin_pairs', '2023', 1]]),
      at: { row: 2, column: 'region' },
      says: /region/,
    },
    {
      label: 'a .xls file (the old binary format)',
      name: 'old.xls',
      content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      says: /\.xls format is not supported/,
    },
  ],
  ties: [
    {
      label: 'ties: a tie type that does not exist',
      name: 'ties.csv',
      kind: 'ties',
      content: 'region,country,type\nRU-TA,FI,<script>alert(8)</script>\n',
      at: { row: 2, column: 'type' },
      says: /type/,
    },
    {
      label: 'ties: an unknown country',
      name: 'ties.csv',
      kind: 'ties',
      content: 'region,country,type\nRU-TA,=1+1,twinning\n',
      at: { row: 2, column: 'country' },
      says: /country/,
    },
    {
      label: 'ties: a javascript: source address',
      name: 'ties.csv',
      kind: 'ties',
      content: 'region,country,type\nRU-TA,FI,twinning\n',
      options: { url: 'javascript:alert(8)' },
      says: /--url: expected an http:\/\/ or https:\/\/ address/,
    },
  ],
};

const total = Object.values(CASES).reduce((n, c) => n + c.length, 0);

describe(`malformed inputs: ${total} SYNTHETIC files, each refused with a clear error and nothing stored`, () => {
  it('covers at least 100 malformed inputs', () => {
    expect(total).toBeGreaterThanOrEqual(100);
  });

  for (const [group, cases] of Object.entries(CASES))
    describe(group, () => {
      // One store per group: a refused import must leave it byte for byte as it was, so it serves every case.
      let store: string;
      let before: string;
      let journal: string[];
      const listing = () => readdirSync(join(store, '..')).sort();
      beforeAll(() => {
        store = freshStore();
        before = fileHash(store);
        journal = listing();
      });

      it.each(cases.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
        const path = join(tempDir(), c.name);
        writeFileSync(path, typeof c.content === 'function' ? await c.content() : c.content);
        const limited = c.name === 'big.csv';
        if (limited) process.env.PARADIP_IMPORT_MAX_MB = '1';
        const run = c.kind === 'ties' ? importTies : importObservations;
        const err = await run(store, path, { source: SOURCE, ...c.options })
          .then(() => null)
          .catch((e: unknown) => e)
          .finally(() => {
            if (limited) delete process.env.PARADIP_IMPORT_MAX_MB;
          });

        expect(err, 'the input must be refused').toBeInstanceOf(ParadipError);
        const e = err as ParadipError;
        expect(['input', 'usage'], e.message).toContain(e.kind);
        expect(e.message).not.toMatch(/\n\s+at /); // no stack trace
        if (e instanceof ImportRejected) {
          expect(e.issues.length).toBeGreaterThan(0);
          for (const i of e.issues) {
            expect(i.file).toBe(c.name);
            expect(i.column).not.toBe('');
            expect(i.expected.length).toBeGreaterThan(3);
          }
          if (c.at) expect(e.issues[0]).toMatchObject(c.at);
          expect(e.message).toContain(c.name);
          expect(e.issues.map((i) => i.expected).join('\n') + e.message).toMatch(c.says);
        } else {
          expect(c.at, `expected an issue at a cell, got: ${e.message}`).toBeUndefined();
          if (!c.options?.url) expect(e.message).toContain(c.name);
          expect(e.message).toMatch(c.says);
        }
        expect(fileHash(store), 'the store must be unchanged').toBe(before);
        expect(listing(), 'no journal entry, lock or temporary file left').toEqual(journal);
      });
    });
});
