import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import type { CachedAnswer } from '../../src/server/cached-answer.js';
import { responseCache } from '../../src/server/plugins/response-cache.js';
import { securityHeaders } from '../../src/server/plugins/security-headers.js';

let snapshot: Snapshot;
const open: FastifyInstance[] = [];
beforeAll(async () => {
  snapshot = await loadSnapshot(inject('baseStore'));
});
afterAll(async () => Promise.all(open.map((a) => a.close())));

async function serve(limits?: AppOptions['limits']): Promise<string> {
  const app = await createApp({ snapshot, dataDir: dataDir(), limits });
  open.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

/** Every header except those the HTTP layer sets per connection or moment. */
const headersOf = (res: Response) =>
  Object.fromEntries([...res.headers].filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k)));

describe('answers from the response cache', () => {
  it.each([['gzip'], ['br'], ['identity']])(
    'a repeated request (%s) gets the same bytes and the same headers as the first, security headers included',
    async (coding) => {
      const base = await serve();
      const get = (headers: Record<string, string> = {}) =>
        fetch(`${base}/api/regions?universe=iso`, { headers: { 'accept-encoding': coding, ...headers } });
      const first = await get();
      const firstBody = Buffer.from(await first.arrayBuffer());
      const second = await get();
      expect(second.status).toBe(200);
      expect(Buffer.from(await second.arrayBuffer()).equals(firstBody)).toBe(true);
      expect(headersOf(second)).toEqual(headersOf(first));
      expect(second.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(second.headers.get('x-content-type-options')).toBe('nosniff');

      // 304 to a matching If-None-Match, still with the security headers and the validators.
      const etag = second.headers.get('etag')!;
      const notModified = await get({ 'if-none-match': etag });
      expect(notModified.status).toBe(304);
      expect(notModified.headers.get('etag')).toBe(etag);
      expect(notModified.headers.get('vary')).toBe('accept-encoding');
      expect(notModified.headers.get('x-frame-options')).toBe('DENY');
      expect(notModified.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    },
  );

  it('a cached answer is refused like any other while the server sheds load', async () => {
    const base = await serve({ maxRssMb: 1 });
    // Before the first memory sample the server is not yet under pressure: the answer is made and kept.
    expect((await fetch(`${base}/api/regions`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    const res = await fetch(`${base}/api/regions`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['through the server', true],
    ['injected into Fastify', false],
  ])(
    'a cached URL is answered without the route (%s), but under pressure it takes the ordinary path',
    async (_how, listening) => {
      let pressure = false;
      let handled = 0;
      const app = Fastify();
      open.push(app);
      responseCache(app, new Map<string, CachedAnswer>(), () => pressure, true);
      securityHeaders(app);
      app.get('/api/thing', async () => (handled++, { n: 1 }));
      const base = listening ? await app.listen({ port: 0, host: '127.0.0.1' }) : '';
      const get = async () => {
        if (!listening) return (await app.inject({ method: 'GET', url: '/api/thing' })).headers;
        const res = await fetch(`${base}/api/thing`);
        expect(res.status).toBe(200);
        return Object.fromEntries(res.headers);
      };
      const first = await get();
      const cached = await get();
      expect(handled).toBe(1);
      expect(cached['x-content-type-options']).toBe('nosniff');
      expect(cached['content-security-policy']).toBe(first['content-security-policy']);
      expect(cached.etag).toBe(first.etag);
      pressure = true;
      await get();
      expect(handled).toBe(2);
    },
  );
});
