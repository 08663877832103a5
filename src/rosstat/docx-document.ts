import { strFromU8, unzipSync } from 'fflate';
import { RosstatError } from './rosstat-error.js';

const DOCUMENT = 'word/document.xml';
const HEADER_FOOTER = /^word\/(footer|header)\d*\.xml$/;

/** The XML parts paradip reads from a .docx: the main document and the page headers and footers. */
export interface DocxParts {
  document: string;
  /** Headers and footers, in archive order (Rosstat's footers name the edition: "…ежегодник. 2023"). */
  margins: string[];
}

/**
 * The parts of a .docx file, as text. A file that is not a zip, or a zip without the main part (an .xlsx, a
 * renamed archive), is refused with the reason.
 */
export function docxParts(bytes: Uint8Array, file: string): DocxParts {
  // Every zip starts with a local file header "PK\x03\x04"; checking it gives a clearer message than the inflater.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    throw new RosstatError(file, 'a .docx file (a zip archive); this file is not a zip archive');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT || HEADER_FOOTER.test(f.name) });
  } catch (err) {
    throw new RosstatError(
      file,
      `a readable .docx file; the zip archive is damaged (${(err as Error).message})`,
    );
  }
  const xml = entries[DOCUMENT];
  if (!xml) throw new RosstatError(file, `a .docx file; the zip archive has no ${DOCUMENT}`);
  return {
    document: strFromU8(xml),
    margins: Object.keys(entries)
      .filter((name) => name !== DOCUMENT)
      .sort()
      .map((name) => strFromU8(entries[name]!)),
  };
}

/** The main part (word/document.xml) of a .docx file, as text. */
export function docxDocumentXml(bytes: Uint8Array, file: string): string {
  return docxParts(bytes, file).document;
}
