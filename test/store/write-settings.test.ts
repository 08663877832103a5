import { afterEach, describe, expect, it } from 'vitest';
import { ParadipError } from '../../src/errors/paradip-error.js';
import { outOfMemory, writeMemoryMb, writeSettings } from '../../src/store/write-settings.js';

describe('write settings', () => {
  afterEach(() => {
    delete process.env.PARADIP_IMPORT_MEMORY_MB;
  });

  it('limits DuckDB to 128 MB by default, spilling beside the store; PARADIP_IMPORT_MEMORY_MB overrides (at least 64)', () => {
    expect(writeSettings('/data/paradip.duckdb')).toEqual({
      memory_limit: '128MB',
      temp_directory: '/data/paradip.duckdb.spill',
      preserve_insertion_order: 'false',
    });
    process.env.PARADIP_IMPORT_MEMORY_MB = '512';
    expect(writeMemoryMb()).toBe(512);
    process.env.PARADIP_IMPORT_MEMORY_MB = '10';
    expect(writeMemoryMb()).toBe(128);
  });

  it("turns DuckDB's out-of-memory error into a store error that says how to raise the limit", () => {
    const err = outOfMemory(
      new Error(
        'Out of Memory Error: could not allocate block of size 256.0 KiB (127.9 MiB/128.0 MiB used)\n\nPossible solutions: …',
      ),
    );
    expect(err).toBeInstanceOf(ParadipError);
    expect(err!.kind).toBe('store');
    expect(err!.message).toMatch(
      /limit of 128 MB \(could not allocate block .*\); set PARADIP_IMPORT_MEMORY_MB higher, e\.g\. 256; nothing was changed/,
    );
    expect(outOfMemory(new Error('Constraint Error: duplicate key'))).toBeNull();
  });
});
