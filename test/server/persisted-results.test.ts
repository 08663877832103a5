import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { cacheDirOf } from '../../src/store/result-cache.js';
import { freshStore } from '../helpers/store.js';

describe('results kept between server runs', () => {
  it('the classification is computed on first use, kept beside the store, and read back by the next server', async () => {
    const path = freshStore();
    const start = async () =>
      createApp({
        snapshot: await loadSnapshot(path),
        dataDir: dataDir(),
        storePath: path,
        persistResults: true,
      });
    const first = await start();
    const kept = () =>
      readdirSync(cacheDirOf(path)).filter((f) => f.startsWith('server-classification-all-'));
    expect(kept()).toEqual([]); // nothing computed at start
    const a = await first.inject('/api/classification');
    await first.close();
    expect(kept()).toHaveLength(1);
    const second = await start();
    const b = await second.inject('/api/classification');
    await second.close();
    expect(b.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
  });
});
