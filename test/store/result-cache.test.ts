import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cached, cachedSync } from '../../src/store/result-cache.js';
import { tempDir } from '../helpers/store.js';

describe('result cache', () => {
  it('computes once per key, and again for another key', async () => {
    const dir = join(tempDir(), 'cache');
    let runs = 0;
    const compute = () => ({ runs: ++runs, at: new Float64Array([1, NaN]) });
    expect(cachedSync(dir, 'x', ['a', 1], compute).runs).toBe(1);
    const again = cachedSync(dir, 'x', ['a', 1], compute);
    expect(again.runs).toBe(1);
    expect([...again.at]).toEqual([1, NaN]);
    expect((await cached(dir, 'x', ['a', 2], compute)).runs).toBe(2);
    expect((await cached(dir, 'x', ['a', 2], compute)).runs).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('recomputes over a damaged entry, and when the folder cannot be written', () => {
    const dir = join(tempDir(), 'cache');
    cachedSync(dir, 'x', 'k', () => 1);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'not a v8 value');
    expect(cachedSync(dir, 'x', 'k', () => 2)).toBe(2);
    expect(cachedSync(dir, 'x', 'k', () => 3)).toBe(2);
    const blocked = join(tempDir(), 'a-file');
    writeFileSync(blocked, '');
    let runs = 0;
    cachedSync(join(blocked, 'cache'), 'x', 'k', () => ++runs);
    cachedSync(join(blocked, 'cache'), 'x', 'k', () => ++runs);
    expect(runs).toBe(2);
  });
});
