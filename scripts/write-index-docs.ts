import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDesignFile } from '../src/config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../src/config/read-spec.js';
import { packageRoot } from '../src/dataset/data-dir.js';
import { indexResultsMarkdown, spliceGenerated } from '../src/regional/index-results-markdown.js';
import { regionalScores } from '../src/regional/regional-scores.js';
import { loadSnapshot } from '../src/store/load-snapshot.js';
import { buildStore } from '../src/store/build-store.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

// Built from a fresh store of the bundled data, so imports in a user's store never leak into the docs.
const path = join(mkdtempSync(join(tmpdir(), 'paradip-docs-')), 'docs.duckdb');
await buildStore(path);
const s = await loadSnapshot(path);
const spec = readSpecFile(DEFAULT_SPEC_PATH());
const md = indexResultsMarkdown(s, regionalScores(s, 'all', spec), spec, readDesignFile());
const doc = join(packageRoot(), 'docs', 'index.md');
writeFileSync(doc, spliceGenerated(readFileSync(doc, 'utf8'), md));
console.log(`wrote ${doc}`);
