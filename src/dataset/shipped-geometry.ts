import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DERIVATION_OPTIONS,
  DERIVATION_VERSION,
  GEOMETRY_INPUT_FILES,
  type DerivedGeometry,
} from './derived-geometry.js';
import type { Universe } from '../registry/region.js';
import { sha256 } from './manifest.js';

/**
 * Land borders and sea proximity as paradip derives them from the bundled geometry, shipped in data/ (relative path)
 * so that a first `db build` reads them instead of spending seconds deriving them. `npm run data:geometry` writes it.
 */
export const SHIPPED_GEOMETRY_FILE =
  'ru-regions-boundaries-naturalearth/derived/land_borders_sea_proximity.json';

/** The shipped file: the derived geometry and what it was derived from. */
export interface ShippedGeometry extends DerivedGeometry {
  about: string;
  version: number;
  /** sha256 of each input file (GEOMETRY_INPUT_FILES). */
  inputs: Record<string, string>;
  /** geometryKey(inputs): the file is used only when the bundled inputs give the same key. */
  key: string;
}

/** sha256 of each file the derivation reads, from the files in `dir`. */
export function geometryInputsOf(dir: string): Record<string, string> {
  return Object.fromEntries(GEOMETRY_INPUT_FILES.map((f) => [f, sha256(readFileSync(join(dir, f)))]));
}

/** What a derivation depends on as one hash: its inputs' checksums, its version and its options. */
export function geometryKey(inputs: Record<string, string>): string {
  return createHash('sha256')
    .update(JSON.stringify({ version: DERIVATION_VERSION, options: DERIVATION_OPTIONS, inputs }))
    .digest('hex');
}

/** The derived geometry shipped in `dir`, or null when it was derived from other inputs (or cannot be read). */
export function readShippedGeometry(dir: string, key: string): DerivedGeometry | null {
  let shipped: ShippedGeometry;
  try {
    shipped = JSON.parse(readFileSync(join(dir, SHIPPED_GEOMETRY_FILE), 'utf8')) as ShippedGeometry;
  } catch {
    return null; // no such file (or not JSON): derive
  }
  if (shipped.key !== key || !shipped.landBorders || !shipped.seaProximity) return null;
  return { landBorders: shipped.landBorders, seaProximity: shipped.seaProximity };
}

/** The shipped file's text: one record per line, so that a regeneration's diff shows the pairs that changed. */
export function shippedGeometryText(inputs: Record<string, string>, geometry: DerivedGeometry): string {
  const head: Omit<ShippedGeometry, keyof DerivedGeometry> = {
    about:
      'Land borders and sea proximity derived by paradip (src/geo, docs/borders.md) from the input files below; ' +
      'written by `npm run data:geometry`, do not edit.',
    version: DERIVATION_VERSION,
    inputs,
    key: geometryKey(inputs),
  };
  // The head without its closing brace, then the results, one record per line.
  const open = JSON.stringify(head, null, 2).slice(0, -2);
  const rows = (list: object[]) => list.map((r) => `      ${JSON.stringify(r)}`).join(',\n');
  const byUniverse = (x: Record<Universe, object[]>) =>
    `{\n    "all": [\n${rows(x.all)}\n    ],\n    "iso": [\n${rows(x.iso)}\n    ]\n  }`;
  return `${open},\n  "landBorders": ${byUniverse(geometry.landBorders)},\n  "seaProximity": ${byUniverse(geometry.seaProximity)}\n}\n`;
}
