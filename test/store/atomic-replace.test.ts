import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicReplace } from '../../src/store/atomic-replace.js';
import { Database } from '../../src/store/database.js';
import { fileHash, freshStore } from '../helpers/store.js';

describe('atomicReplace', () => {
  it('keeps the original byte for byte when the writer fails half-way through a real write', async () => {
    const path = freshStore();
    const before = fileHash(path);
    await expect(
      atomicReplace(
        path,
        async (temp) => {
          const db = await Database.open(temp);
          try {
            await db.run("DELETE FROM ties WHERE type = 'twinning'");
            await db.run('CHECKPOINT');
          } finally {
            db.close();
          }
          throw new Error('simulated failure after writing');
        },
        { copyCurrent: true },
      ),
    ).rejects.toThrow('simulated failure');
    expect(fileHash(path)).toBe(before);
    expect(readdirSync(join(path, '..'))).toEqual(['paradip.duckdb']);
  });

  it('replaces the file when the writer succeeds', async () => {
    const path = freshStore();
    await atomicReplace(path, async (temp) => writeFileSync(temp, 'new'));
    expect(fileHash(path)).not.toBe('');
    expect(readdirSync(join(path, '..'))).toEqual(['paradip.duckdb']);
  });
});
