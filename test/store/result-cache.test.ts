import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeHash, ResultCache, resultKey } from '../../src/store/result-cache.js';
import { tempDir } from '../helpers/store.js';

describe('result cache', () => {
  it('computes once per key, and again when the key changes', () => {
    const cache = new ResultCache(join(tempDir(), 'cache'));
    let runs = 0;
    const compute = () => ({ runs: ++runs });
    expect(cache.get('x', resultKey('a', 1), compute)).toEqual({ runs: 1 });
    expect(cache.get('x', resultKey('a', 1), compute)).toEqual({ runs: 1 });
    expect(cache.get('x', resultKey('a', 2), compute)).toEqual({ runs: 2 });
    // One file per name, holding the latest key, and no temporary files left.
    expect(readdirSync(cache.dir!)).toEqual(['x.json']);
  });

  it('recomputes over a damaged file, and works without a directory', () => {
    const dir = join(tempDir(), 'cache');
    const cache = new ResultCache(dir);
    cache.get('x', 'k', () => 1);
    writeFileSync(join(dir, 'x.json'), '{"key": "k", "val');
    expect(cache.get('x', 'k', () => 2)).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8'))).toEqual({ key: 'k', value: 2 });
    let runs = 0;
    const none = new ResultCache(null);
    none.get('x', 'k', () => ++runs);
    none.get('x', 'k', () => ++runs);
    expect(runs).toBe(2);
  });

  it('keys differ with any part, and the code hash covers the module’s directory', () => {
    expect(resultKey({ a: 1 }, 'b')).not.toBe(resultKey({ a: 2 }, 'b'));
    expect(resultKey('ab', 'c')).not.toBe(resultKey('a', 'bc'));
    const geo = new URL('../../src/geo/land-borders.ts', import.meta.url).href;
    expect(codeHash(geo)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeHash(geo)).not.toBe(codeHash(new URL('../../src/store/database.ts', import.meta.url).href));
  });
});
