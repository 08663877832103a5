import type { DocxBlock, DocxCell } from './docx-blocks.js';
import { RosstatError } from './rosstat-error.js';

/** One published table, its continuation pieces joined: a header per grid column and the rows below the header. */
export interface RosstatTable {
  file: string;
  /** "25.4" */
  number: string;
  /** The title paragraph and the paragraphs between it and the table (English title, unit). */
  title: string;
  /** Per grid column, the header cells above it (merged cells repeated), joined with " | ". */
  columns: string[];
  /** Rows below the header, numbered 1… across all pieces; `cells` has one entry per grid column. */
  rows: { row: number; cells: string[] }[];
}

const TITLE = /^\s*(\d{1,2}\.\d{1,2})\.\s/;

/** Table numbers in a chapter, in order of their title paragraphs. */
export function tableNumbers(blocks: readonly DocxBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const m = b.kind === 'paragraph' ? TITLE.exec(b.text) : null;
    if (m && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/**
 * Find table `number` by its title paragraph ("25.4. ВНЕШНЯЯ ТОРГОВЛЯ …") and join the tables that follow it up
 * to the next title: Rosstat splits a long table into pieces, each repeating the header ("Продолжение табл.").
 * The header is the leading rows with an empty first cell; the pieces must agree on the number of grid columns.
 */
export function findTable(blocks: readonly DocxBlock[], number: string, file: string): RosstatTable {
  const start = blocks.findIndex((b) => b.kind === 'paragraph' && TITLE.exec(b.text)?.[1] === number);
  if (start < 0) {
    const known = tableNumbers(blocks);
    throw new RosstatError(
      file,
      `a table numbered ${number}; this file has tables ${known.length ? known.join(', ') : '(none)'}`,
      { table: number },
    );
  }
  const titleLines: string[] = [];
  const pieces: DocxCell[][][] = [];
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') pieces.push(b.rows);
    else if (i > start && TITLE.test(b.text)) break;
    else if (!pieces.length && b.text.trim()) titleLines.push(b.text.replace(/\s+/g, ' ').trim());
  }
  if (!pieces.length)
    throw new RosstatError(file, `a table below the title of table ${number}; none found`, { table: number });

  let columns: string[] | null = null;
  const rows: RosstatTable['rows'] = [];
  for (const [p, piece] of pieces.entries()) {
    const grid = piece.map(expandRow);
    let h = 0;
    while (h < grid.length && isBlank(grid[h]![0]!.text)) h++;
    const width = Math.max(...grid.map((r) => r.length));
    if (columns === null) {
      if (h === 0)
        throw new RosstatError(file, 'header rows above the figures; the table starts with figures', {
          table: number,
        });
      columns = headerColumns(grid.slice(0, h), width);
    } else if (width !== columns.length)
      throw new RosstatError(
        file,
        `every piece of the table to have ${columns.length} columns as its first piece has; piece ${p + 1} has ${width}`,
        { table: number },
      );
    for (const r of grid.slice(h)) {
      const cells = r.map((c) => (c.vMerge === 'continue' ? '' : c.text));
      while (cells.length < width) cells.push('');
      rows.push({ row: rows.length + 1, cells });
    }
  }
  return { file, number, title: titleLines.join(' '), columns: columns!, rows };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** A row laid out on the grid: a cell spanning n columns is followed by n-1 empty placeholders marked as its span. */
function expandRow(row: readonly DocxCell[]): (DocxCell & { spanned?: boolean })[] {
  const out: (DocxCell & { spanned?: boolean })[] = [];
  for (const c of row) {
    out.push(c);
    for (let k = 1; k < c.span; k++) out.push({ ...c, spanned: true });
  }
  return out;
}

function headerColumns(rows: (DocxCell & { spanned?: boolean })[][], width: number): string[] {
  return Array.from({ length: width }, (_, col) =>
    rows
      .map((r) => r[col])
      .filter((c) => c && c.vMerge !== 'continue' && !isBlank(c.text))
      .map((c) => c!.text.replace(/\s+/g, ' ').trim())
      .join(' | '),
  );
}
