/** A named table to export: columns in order and rows as records. */
export interface ExportTable {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

export interface ExportBundle {
  title: string;
  tables: ExportTable[];
  /** Provenance of the figures, exported as a "sources" sheet. */
  sources: { id: string; title: string; licence: string | null; period: string | null; url: string | null }[];
  /** What was exported and how (universe, spec, date of the data…), exported as a "metadata" sheet. */
  metadata: Record<string, string>;
}
