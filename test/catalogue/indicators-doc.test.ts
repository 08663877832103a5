import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../../src/catalogue/indicator-catalogue.js';
import { indicatorsMarkdown } from '../../src/catalogue/indicators-markdown.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../src/config/read-spec.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { bundledYearbook } from '../../src/catalogue/bundled-yearbook.js';

describe('docs/indicators.md', () => {
  it('is the catalogue as generated (run `npm run docs:indicators` after changing the catalogue)', () => {
    const committed = readFileSync(join(packageRoot(), 'docs', 'indicators.md'), 'utf8');
    expect(committed).toBe(
      indicatorsMarkdown(INDICATOR_CATALOGUE, readSpecFile(DEFAULT_SPEC_PATH()), bundledYearbook()),
    );
  });
});
