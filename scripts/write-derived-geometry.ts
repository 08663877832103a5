// Re-derives land borders and sea proximity from the bundled geometry and writes them to data/ (with the checksums
// of their inputs), then the manifest: `npm run data:geometry`, after a change to the geometry, the registry's
// statuses, the country codes or the derivation (test/dataset/shipped-geometry.test.ts says when it is due).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../src/dataset/data-dir.js';
import { deriveGeometry } from '../src/dataset/derived-geometry.js';
import { computeManifest } from '../src/dataset/manifest.js';
import { readBundled } from '../src/dataset/read-bundled.js';
import {
  geometryInputsOf,
  SHIPPED_GEOMETRY_FILE,
  shippedGeometryText,
} from '../src/dataset/shipped-geometry.js';

const dir = dataDir();
const geometry = deriveGeometry(readBundled(dir));
const file = join(dir, SHIPPED_GEOMETRY_FILE);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, shippedGeometryText(geometryInputsOf(dir), geometry));
const manifest = computeManifest(dir);
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(
  `data/${SHIPPED_GEOMETRY_FILE}: ${geometry.landBorders.all.length} + ${geometry.landBorders.iso.length} land borders, ` +
    `${geometry.seaProximity.all.length} + ${geometry.seaProximity.iso.length} sea proximities (all + iso); data/manifest.json updated`,
);
