import { afterAll, beforeAll, inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

/**
 * The API server on the tests' base store, started before the file's tests and closed after them.
 * @example const api = useApiServer(); … fetch(api.base + '/api/regions')
 */
export function useApiServer(): { readonly base: string } {
  let app: FastifyInstance | undefined;
  const server = { base: '' };
  beforeAll(async () => {
    app = await createApp({ snapshot: await loadSnapshot(inject('baseStore')), dataDir: dataDir() });
    server.base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => app?.close());
  return server;
}
