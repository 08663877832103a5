import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { RosstatError } from './rosstat-error.js';

/** A table cell as laid out: its text, how many grid columns it spans, and whether it continues a vertical merge. */
export interface DocxCell {
  text: string;
  span: number;
  /** 'restart' opens a vertically merged cell, 'continue' belongs to the one above; null: not merged. */
  vMerge: 'restart' | 'continue' | null;
}

export type DocxBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: DocxCell[][] };

/**
 * The body of a Word document as a flat sequence of paragraphs and tables, in reading order. Cell text keeps one
 * line per paragraph; tables nested inside a cell contribute their text to that cell.
 */
export function docxBlocks(xml: string, file: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const parser = new SaxesParser();
  let tableDepth = 0;
  let rows: DocxCell[][] = [];
  let row: DocxCell[] | null = null;
  let cell: DocxCell | null = null;
  let cellLines: string[] = [];
  let paragraph: string[] | null = null;
  let inText = false;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case 'w:tbl':
        tableDepth++;
        if (tableDepth === 1) rows = [];
        break;
      case 'w:tr':
        if (tableDepth === 1) row = [];
        break;
      case 'w:tc':
        if (tableDepth === 1) {
          cell = { text: '', span: 1, vMerge: null };
          cellLines = [];
        }
        break;
      case 'w:gridSpan':
        if (tableDepth === 1 && cell) cell.span = Number(tag.attributes['w:val']) || 1;
        break;
      case 'w:vMerge':
        if (tableDepth === 1 && cell)
          cell.vMerge = tag.attributes['w:val'] === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        paragraph = [];
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        paragraph?.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        paragraph?.push('\n');
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText) paragraph?.push(text);
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const text = (paragraph ?? []).join('');
        paragraph = null;
        if (tableDepth === 0) blocks.push({ kind: 'paragraph', text });
        else cellLines.push(text);
        break;
      }
      case 'w:tc':
        if (tableDepth === 1 && cell) {
          cell.text = cellLines.join('\n');
          row?.push(cell);
          cell = null;
        }
        break;
      case 'w:tr':
        if (tableDepth === 1 && row) rows.push(row);
        row = null;
        break;
      case 'w:tbl':
        tableDepth--;
        if (tableDepth === 0) blocks.push({ kind: 'table', rows });
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw new RosstatError(file, `well-formed XML in word/document.xml (${(err as Error).message})`);
  }
  return blocks;
}
