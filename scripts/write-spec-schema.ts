// Regenerates docs/index-spec.schema.json from the spec's zod schema: `npm run docs:schema`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/dataset/data-dir.js';
import { specJsonSchema } from '../src/engine/spec.js';

const path = join(packageRoot(), 'docs', 'index-spec.schema.json');
writeFileSync(path, JSON.stringify(specJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path}`);
