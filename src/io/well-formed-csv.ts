/**
 * The records of a CSV text as csv-parse gives them with `csvParseOptions` (any line end, ragged rows, blank lines
 * as one empty cell, a leading BOM dropped), or null as soon as the text holds anything that is not plainly
 * well-formed (a quote inside an unquoted cell, text after a closing quote, a quote left open), so that csv-parse
 * parses it and reports the error in its own words. A hand loop over the text is several times faster than
 * csv-parse on the bundled tables, which every `db build` reads.
 * @example wellFormedCsv('a,"b ""c"""\n1,2', ',') // [['a', 'b "c"'], ['1', '2']]
 */
export function wellFormedCsv(text: string, separator: string): string[][] | null {
  const sep = separator.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  const records: string[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cells: string[] = [];
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      // A quoted cell: up to the quote that is not doubled, then a separator, a line end or the end of the text.
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return null;
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(value);
      c = i < n ? text.charCodeAt(i) : -1;
      if (c !== sep && c !== LF && c !== CR && c !== -1) return null;
    } else {
      // A plain cell: up to the next separator or line end; a quote inside it is not plain.
      const from = i;
      while (i < n && (c = text.charCodeAt(i)) !== sep && c !== LF && c !== CR) {
        if (c === QUOTE) return null;
        i++;
      }
      cells.push(text.slice(from, i));
      c = i < n ? c : -1;
    }
    if (c === sep) {
      i++;
      // A separator at the very end of the text leaves one empty cell after it, closing the record.
      if (i === n) records.push([...cells, '']);
      continue;
    }
    // A line end (CRLF, LF or CR) or the end of the text closes the record.
    records.push(cells);
    cells = [];
    if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else if (c !== -1) i++;
  }
  return records;
}
