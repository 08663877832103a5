// Regenerates data/manifest.json after a bundled file changes: `npm run data:manifest`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../src/dataset/data-dir.js';
import { computeManifest } from '../src/dataset/manifest.js';

const dir = dataDir();
const manifest = computeManifest(dir);
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`data/manifest.json: ${manifest.length} files`);
