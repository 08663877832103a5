import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { parseSpec, specJsonSchema } from '../../src/engine/spec.js';

describe('published spec schema and bundled configuration', () => {
  it('docs/index-spec.schema.json is up to date with the code (npm run docs:schema)', () => {
    const published = JSON.parse(readFileSync(join(packageRoot(), 'docs', 'index-spec.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(specJsonSchema())));
  });
  it('the default regional spec is valid', () => {
    const spec = parseSpec(
      JSON.parse(readFileSync(join(packageRoot(), 'config', 'index-spec.default.json'), 'utf8')),
    );
    expect(spec.treat.method).toBe('winsorise');
  });
});
