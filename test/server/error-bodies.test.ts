import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await createApp({
    snapshot: await loadSnapshot(inject('baseStore')),
    dataDir: dataDir(),
    storePath: inject('baseStore'),
    token: 'secret',
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => app.close());

/** A raw request, so headers may be as large as the test wants. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const expectErrorBody = (text: string, error: string) => {
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(error);
  expect(typeof body.message).toBe('string');
  expect(String(body.message)).not.toMatch(/\n\s+at /);
  return body;
};

const postIndex = (payload: unknown) =>
  fetch(`${base}/api/index`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });

describe('every HTTP error is { error, message, details }', () => {
  it('413 is "Payload Too Large", not "Bad Request"', async () => {
    const res = await fetch(`${base}/api/import/observations?source=S`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: 'Bearer secret' },
      body: 'x'.repeat(11 << 20),
    });
    expect(res.status).toBe(413);
    expectErrorBody(await res.text(), 'Payload Too Large');
  });

  it('414 for a long URL and 431 for headers beyond the parser’s limit, both in the same shape', async () => {
    const long = await raw(`/api/regions?x=${'a'.repeat(5000)}`);
    expect(long.status).toBe(414);
    expectErrorBody(long.body, 'URI Too Long');
    const huge = await raw('/api/regions', { 'x-big': 'b'.repeat(20_000) });
    expect(huge.status).toBe(431);
    expectErrorBody(huge.body, 'Request Header Fields Too Large');
  });

  it('POST /api/index without `spec`, or with an unknown key, is 400 — not the default index', async () => {
    const none = await postIndex({ universe: 'iso' });
    expect(none.status).toBe(400);
    expect(expectErrorBody(await none.text(), 'Bad Request').details).toMatchObject({ parameter: 'spec' });
    const extra = await postIndex({ spec: {}, universe: 'iso', speck: {} });
    expect(extra.status).toBe(400);
    expect(expectErrorBody(await extra.text(), 'Bad Request').details).toMatchObject({ parameter: 'speck' });
    const malformed = await fetch(`${base}/api/index`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"spec":',
    });
    expect(malformed.status).toBe(400);
    expectErrorBody(await malformed.text(), 'Bad Request');
  });

  it('a spec with an unbounded winmax or tiny thresholds is 400 at once, not hours of work', async () => {
    const started = Date.now();
    const res = await postIndex({
      spec: { treat: { default: { winmax: 9007199254740991, skew: 1e-9, kurtosis: -1e9 } } },
      universe: 'iso',
    });
    expect(res.status).toBe(400);
    const body = expectErrorBody(await res.text(), 'Bad Request');
    expect(body.message).toMatch(/^invalid index spec/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('treat.winmax above the number of units is 400 naming the value and the limit', async () => {
    const res = await postIndex({ spec: { treat: { method: 'winsorise', winmax: 1000 } }, universe: 'iso' });
    expect(res.status).toBe(400);
    const body = expectErrorBody(await res.text(), 'Bad Request');
    expect(body.message).toMatch(/treat\.winmax: 1000 is more than the number of units \(83\); at most 83/);
    expect(body.details).toMatchObject({ parameter: 'spec' });
  });

  it('a seed beyond 2^53 is 400, not rounded', async () => {
    const res = await fetch(`${base}/api/index/uncertainty?runs=2&seed=9007199254740993`);
    expect(res.status).toBe(400);
    expect(expectErrorBody(await res.text(), 'Bad Request').details).toMatchObject({ parameter: 'seed' });
  });
});
