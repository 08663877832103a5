import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetDescriptor, ManifestEntry } from './descriptor.js';

export function readDescriptors(dir: string): DatasetDescriptor[] {
  return JSON.parse(readFileSync(join(dir, 'datasets.json'), 'utf8')) as DatasetDescriptor[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Checksums of every bundled file, computed from the files on disk. */
export function computeManifest(dir: string): ManifestEntry[] {
  return readDescriptors(dir).flatMap((d) =>
    [...d.files, 'SOURCE.md'].map((file) => {
      const path = join(dir, d.id, file);
      return {
        dataset: d.id,
        file: `${d.id}/${file}`,
        bytes: statSync(path).size,
        sha256: sha256(readFileSync(path)),
        source: d.title,
        licence: d.licence,
        period: d.period,
      };
    }),
  );
}

export function readManifest(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

/** Files whose bytes differ from the manifest; empty when the bundled data is intact. */
export function verifyManifest(dir: string): string[] {
  const actual = new Map(computeManifest(dir).map((e) => [e.file, e.sha256]));
  return readManifest(dir)
    .filter((e) => actual.get(e.file) !== e.sha256)
    .map((e) => `${e.file}: expected sha256 ${e.sha256}, found ${actual.get(e.file) ?? 'no file'}`);
}
