import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATOR_CATALOGUE } from '../src/catalogue/indicator-catalogue.js';
import { indicatorsMarkdown } from '../src/catalogue/indicators-markdown.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../src/config/read-spec.js';
import { packageRoot } from '../src/dataset/data-dir.js';
import { bundledYearbook } from '../src/catalogue/bundled-yearbook.js';

const path = join(packageRoot(), 'docs', 'indicators.md');
writeFileSync(
  path,
  indicatorsMarkdown(INDICATOR_CATALOGUE, readSpecFile(DEFAULT_SPEC_PATH()), bundledYearbook()),
);
console.log(`wrote ${path}`);
