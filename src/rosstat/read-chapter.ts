import { readFileSync } from 'node:fs';
import { docxBlocks, type DocxBlock } from './docx-blocks.js';
import { docxDocumentXml } from './docx-document.js';
import { RosstatError } from './rosstat-error.js';

/** A chapter file (.docx) as paragraphs and tables. */
export function readChapter(path: string, name: string = path): DocxBlock[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new RosstatError(
      name,
      `a readable file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  return docxBlocks(docxDocumentXml(bytes, name), name);
}
