import { readFileSync } from 'node:fs';
import { docxBlocks, type DocxBlock } from './docx-blocks.js';
import { docxDocumentXml } from './docx-document.js';
import { RosstatError } from './rosstat-error.js';

/** A file's bytes, or an error naming the file and why it cannot be read. */
export function readBytes(path: string, name: string = path): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new RosstatError(
      name,
      `a readable file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/** A chapter file (.docx) as paragraphs and tables. */
export function readChapter(path: string, name: string = path): DocxBlock[] {
  return docxBlocks(docxDocumentXml(readBytes(path, name), name), name);
}
