import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLines, detectSeparator, parseCsv, toCsv } from '../../src/io/csv.js';
import { writeChunks } from '../../src/io/write-chunks.js';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, keeping line numbers', () => {
    const recs = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",3\n');
    expect(recs.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', '3'],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3]);
  });
  it('handles CRLF, a BOM, blank lines and a missing final newline', () => {
    expect(parseCsv('\ufeffa;b\r\n\r\n1;2').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])(
    'numbers lines as an editor shows them (%s): blank lines counted, line breaks in quoted cells too',
    (_, nl) => {
      const text = ['', '', 'a;b', '', `"x${nl}y";2`, '3;4', '', `"p${nl}q${nl}r";5`, '6;7'].join(nl);
      expect(parseCsv(text).map((r) => [r.line, r.cells[0]])).toEqual([
        [3, 'a'],
        [5, `x${nl}y`],
        [7, '3'],
        [9, `p${nl}q${nl}r`],
        [12, '6'],
      ]);
    },
  );
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a,b\n"x,1\n')).toThrow(/unterminated quoted field starting on line 2/);
  });
  it('round-trips through toCsv', () => {
    const rows = [
      ['a', 'b,c', 'd"e'],
      ['1', '', 'x\ny'],
    ];
    expect(parseCsv(toCsv(rows)).map((r) => r.cells)).toEqual(rows);
  });
});

describe('detectSeparator', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['регион;значение\nRU-TA;1,5', ';'],
    ['a\tb\n1\t2', '\t'],
    ['"a;b",c\n', ','],
    ['\n\r\nрегион;значение\nRU-TA;1,5', ';'],
  ])('%j → %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));
});

describe('large tables, written in pieces', () => {
  it('csvLines gives toCsv line by line, and writeChunks writes the same bytes in pieces of any size', () => {
    const rows = [
      ['a', 'b,c'],
      [1.5, 'say "hi"'],
      ['', 'x\ny'],
    ];
    expect([...csvLines(rows)].join('')).toBe(toCsv(rows));
    const file = join(mkdtempSync(join(tmpdir(), 'chunks-')), 'out.csv');
    writeChunks(csvLines(rows), file, 4);
    expect(readFileSync(file, 'utf8')).toBe(toCsv(rows));
    const pieces: string[] = [];
    writeChunks(csvLines(rows), (t) => pieces.push(t), 10);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(toCsv(rows));
  });
});
