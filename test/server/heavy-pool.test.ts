import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

let snapshot: Snapshot;
const open: FastifyInstance[] = [];
beforeAll(async () => {
  snapshot = await loadSnapshot(inject('baseStore'));
});
afterAll(async () => Promise.all(open.map((a) => a.close())));

async function serve(limits: AppOptions['limits']): Promise<string> {
  const app = await createApp({ snapshot, dataDir: dataDir(), limits });
  open.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

const body = async (res: Response) =>
  (await res.json()) as { error: string; message: string; details: never };

describe('heavy requests run in the worker pool, within a time budget', () => {
  it('while the classification is computed, other requests are answered first', async () => {
    const base = await serve({ workers: 1 });
    const order: string[] = [];
    const heavy = fetch(`${base}/api/classification`).then((r) => (order.push('classification'), r));
    await new Promise((r) => setTimeout(r, 150));
    expect((await fetch(`${base}/api/regions`)).status).toBe(200);
    order.push('regions');
    expect((await heavy).status).toBe(200);
    expect(order).toEqual(['regions', 'classification']);
  });

  it('while an uncertainty run (5000 runs) is computed, other requests are answered first', async () => {
    const base = await serve({ workers: 1 });
    const order: string[] = [];
    const heavy = fetch(`${base}/api/index/uncertainty?runs=5000&seed=7`).then(async (r) => {
      order.push('uncertainty');
      return r;
    });
    await new Promise((r) => setTimeout(r, 150)); // the heavy request is being worked on
    const light = await fetch(`${base}/api/regions`);
    order.push('regions');
    expect(light.status).toBe(200);
    const h = await heavy;
    expect(h.status).toBe(200);
    expect(((await h.json()) as { runs: number }).runs).toBe(5000);
    expect(order).toEqual(['regions', 'uncertainty']);
  });

  it('past the time budget: 503 with Retry-After and {error, message, details}; the server keeps serving', async () => {
    // At normal priority: the test is about the budget, not about yielding to other work on a busy machine.
    const base = await serve({ workers: 1, timeBudgetMs: 100, workerNice: 0 });
    const res = await fetch(`${base}/api/index/uncertainty?runs=5000&seed=8`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const b = await body(res);
    expect(b.error).toBe('Service Unavailable');
    expect(b.message).toMatch(/time budget of 0\.1 s/);
    expect(b.details).toEqual({ budget_ms: 100 });
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    // The stopped thread is replaced: once it is up, small requests fit the budget again.
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await fetch(`${base}/api/index/uncertainty?runs=1&seed=${i}`)).status;
    }
    expect(status).toBe(200);
  });

  it('errors from the pool keep their status: 404 for an unknown region or country', async () => {
    const base = await serve({ workers: 1 });
    const report = await fetch(`${base}/api/report/region/RU-XX`);
    expect(report.status).toBe(404);
    expect((await body(report)).details).toEqual({ region: 'RU-XX' });
    const crisis = await fetch(`${base}/api/report/crisis/QQ`);
    expect(crisis.status, await crisis.clone().text()).toBe(404);
  });

  it('with every worker busy and no queue, a heavy request is refused with 503 at once', async () => {
    const base = await serve({ workers: 1, queue: 0 });
    const first = fetch(`${base}/api/index/uncertainty?runs=5000&seed=9`);
    await new Promise((r) => setTimeout(r, 150));
    const second = await fetch(`${base}/api/index/uncertainty?runs=5000&seed=10`);
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBeTruthy();
    expect((await body(second)).message).toMatch(/busy with other heavy requests/);
    expect((await first).status).toBe(200);
  });
});

describe('rate limit and load shedding', () => {
  it('heavy routes are limited per client: 429 with Retry-After and {error, message, details}; light routes are not', async () => {
    const base = await serve({ heavyPerMinute: 2 });
    const post = () =>
      fetch(`${base}/api/index`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ spec: {} }),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const third = await post();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const b = await body(third);
    expect(b.error).toBe('Too Many Requests');
    expect(b.message).toMatch(/at most 2 heavy requests a minute/);
    expect(b.details).toMatchObject({ limit: 2 });
    for (let i = 0; i < 5; i++) expect((await fetch(`${base}/api/regions`)).status).toBe(200);
  });

  it('over the memory limit every request is refused with 503 and Retry-After', async () => {
    const base = await serve({ maxRssMb: 1 });
    await new Promise((r) => setTimeout(r, 1500)); // the first sample of memory use
    const res = await fetch(`${base}/api/regions`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const b = await body(res);
    expect(b.message).toMatch(/overloaded/);
    expect(b.details).toMatchObject({ reason: 'rssBytes' });
  });

  it('a bad limit in the environment is a usage error naming the variable', async () => {
    const { serverLimits } = await import('../../src/server/server-limits.js');
    expect(() => serverLimits({}, { PARADIP_WORKERS: 'two' })).toThrow(
      /PARADIP_WORKERS: expected a whole number ≥ 1, got "two"/,
    );
    expect(serverLimits({}, { PARADIP_TIME_BUDGET_MS: '5000' }).timeBudgetMs).toBe(5000);
  });

  it('workers run at a lower CPU priority than the event loop unless told otherwise', async () => {
    const { serverLimits } = await import('../../src/server/server-limits.js');
    expect(serverLimits({}, {}).workerNice).toBe(10);
    expect(serverLimits({}, { PARADIP_WORKER_NICE: '0' }).workerNice).toBe(0);
  });
});
