/** A bundled dataset as described in data/datasets.json: where it comes from and under which licence. */
export interface DatasetDescriptor {
  id: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  attribution: string;
  period: string;
  files: string[];
}

/** One file of the bundled data with its checksum (data/manifest.json). */
export interface ManifestEntry {
  dataset: string;
  file: string;
  bytes: number;
  sha256: string;
  source: string;
  licence: string;
  period: string;
}
