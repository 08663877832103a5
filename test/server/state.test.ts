import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/query/snapshot.js';
import type { ServerConfig } from '../../src/server/server-config.js';
import { AppState } from '../../src/server/state.js';

// The memo does not look at the snapshot or the configuration: empty stand-ins will do.
const state = () => new AppState({} as Snapshot, {} as ServerConfig);

describe('AppState.shared', () => {
  it('gives requests that arrive while a computation runs the same computation', async () => {
    const st = state();
    let runs = 0;
    let finish!: (v: number) => void;
    const work = () => (runs++, new Promise<number>((r) => (finish = r)));
    const a = st.shared('uncertainty:{"runs":500}', work);
    const b = st.shared('uncertainty:{"runs":500}', work);
    finish(42);
    expect(await Promise.all([a, b])).toEqual([42, 42]);
    expect(await st.shared('uncertainty:{"runs":500}', work)).toBe(42);
    expect(runs).toBe(1);
  });

  it('does not keep a failure: the next request computes again', async () => {
    const st = state();
    let runs = 0;
    const failing = () => (runs++, Promise.reject(new Error('over the time budget')));
    await expect(st.shared('k', failing)).rejects.toThrow(/time budget/);
    await expect(st.shared('k', () => (runs++, Promise.resolve('ok')))).resolves.toBe('ok');
    expect(runs).toBe(2);
  });
});
