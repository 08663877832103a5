import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readDesignFile } from '../../src/config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../src/config/read-spec.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { indexResultsMarkdown, spliceGenerated } from '../../src/regional/index-results-markdown.js';
import { regionalScores } from '../../src/regional/regional-scores.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

describe('docs/index.md', () => {
  it('holds the results the bundled data give (run `npm run docs:index` after changing data, frameworks or spec)', async () => {
    const s = await loadSnapshot(inject('baseStore'));
    const spec = readSpecFile(DEFAULT_SPEC_PATH());
    const doc = readFileSync(join(packageRoot(), 'docs', 'index.md'), 'utf8');
    const md = indexResultsMarkdown(s, regionalScores(s, 'all', spec), spec, readDesignFile());
    expect(doc).toBe(spliceGenerated(doc, md));
  });
});
