import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { tempDir } from '../helpers/store.js';

let app: FastifyInstance;
let web: string;

beforeAll(async () => {
  web = tempDir();
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>paradip</title>');
  const js = 'console.log("paradip");\n'.repeat(100);
  writeFileSync(join(web, 'assets', 'index-abc123.js'), js);
  writeFileSync(join(web, 'assets', 'index-abc123.js.br'), brotliCompressSync(js));
  app = await createApp({
    snapshot: await loadSnapshot(inject('baseStore')),
    dataDir: dataDir(),
    webDir: web,
  });
});
afterAll(async () => app.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('compressed, cached answers', () => {
  it('sends brotli or gzip as accepted, the same JSON as uncompressed, each form with its own ETag', async () => {
    const plain = await get('/api/regions');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/api/regions', { 'accept-encoding': 'gzip, deflate, br' });
    const gz = await get('/api/regions', { 'accept-encoding': 'gzip, br;q=0' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    for (const r of [plain, br, gz]) expect(r.headers.vary).toBe('accept-encoding');
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
    // A repeated request is answered from the cache with the same bytes; a matching If-None-Match gets 304.
    const again = await get('/api/regions', { 'accept-encoding': 'br' });
    expect(again.rawPayload.equals(br.rawPayload)).toBe(true);
    expect(again.headers.etag).toBe(br.headers.etag);
    const notModified = await get('/api/regions', {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.rawPayload.length).toBe(0);
  });

  it('compresses the map geometry', async () => {
    const plain = await get('/api/geo/regions.topojson');
    const gz = await get('/api/geo/regions.topojson', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });

  it('serves hashed assets as immutable, pre-compressed when accepted; index.html is revalidated', async () => {
    const js = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(js.rawPayload).toString()).toMatch(/^console\.log/);
    const index = await get('/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });
});
