import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { regionTopologyPath } from '../dataset/region-topology.js';
import type { Snapshot } from '../query/snapshot.js';
import { clientErrorHandler, errorReply, RETRY_AFTER_SECONDS } from './error-reply.js';
import { analysisRoutes } from './routes/analysis-routes.js';
import { dataRoutes } from './routes/data-routes.js';
import { importRoutes } from './routes/import-routes.js';
import { outputRoutes } from './routes/output-routes.js';
import { ErrorBody } from './schemas.js';
import { AppState } from './state.js';

export interface AppOptions {
  snapshot: Snapshot;
  /** Folder with the built dashboard (vite output); the API works without it. */
  webDir?: string;
  /** Folder with the bundled data, for the map geometry. */
  dataDir: string;
  /** The store file, needed for imports. */
  storePath?: string;
  /** Imports are enabled only with a token (default: PARADIP_TOKEN). */
  token?: string;
  /** Compute the slow results (classification) before serving. */
  warm?: boolean;
  logger?: boolean;
}

const MAX_URL = 4096;

/**
 * The HTTP server: JSON API under /api (OpenAPI at /openapi.json, docs at /docs), the dashboard at /. Answers
 * come from the in-memory snapshot; GET responses are cached per URL and carry ETags (304 on If-None-Match).
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const st = new AppState(options.snapshot);
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1 << 20,
    clientErrorHandler,
    routerOptions: { maxParamLength: 200 },
    // Unknown parameters are errors (400 naming them), not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  // Schemas validate requests and document responses; bodies are serialised as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addSchema(ErrorBody);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'paradip API',
        version: '0.1.0',
        description:
          'International activity and soft-power potential of Russia’s regions: data with provenance, composite index, classification, crisis analysis. Errors are {error, message, details}.',
      },
      tags: ['data', 'index', 'classification', 'crisis', 'export', 'report', 'import'].map((name) => ({
        name,
      })),
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) || `def-${i}` },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.setErrorHandler((err, _req, reply) => {
    const { status, body, internal } = errorReply(err);
    if (internal) app.log.error(err);
    if (status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: 'Not Found', message: `no route ${req.method} ${req.url}`, details: null }),
  );

  // Requests answered from the cache: their body and ETag are already known, so onSend leaves them alone.
  const cached = new WeakSet<object>();
  app.addHook('onRequest', async (req, reply) => {
    if (req.url.length > MAX_URL)
      return reply.status(414).send({
        error: 'URI Too Long',
        message: `request URLs are limited to ${MAX_URL} characters`,
        details: null,
      });
    if (
      req.method !== 'GET' ||
      !req.url.startsWith('/api/') ||
      req.url.startsWith('/api/health') ||
      req.url.startsWith('/api/export') ||
      req.url.startsWith('/api/report')
    )
      return;
    const hit = st.responses.get(req.url);
    if (!hit) return;
    cached.add(req);
    reply.header('etag', hit.etag).header('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === hit.etag) return reply.status(304).send();
    return reply.type(hit.type).send(hit.body);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (
      req.method !== 'GET' ||
      reply.statusCode !== 200 ||
      typeof payload !== 'string' ||
      !req.url.startsWith('/api/')
    )
      return payload;
    const etag = `"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    const type = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    if (type.startsWith('application/json') && !req.url.startsWith('/api/health')) {
      if (st.responses.size > 2000) st.responses.delete(st.responses.keys().next().value!);
      st.responses.set(req.url, { body: payload, etag, type });
    }
    if (req.headers['if-none-match'] === etag) {
      reply.status(304);
      return '';
    }
    return payload;
  });

  dataRoutes(app, st);
  analysisRoutes(app, st);
  outputRoutes(app, st, options.dataDir);
  importRoutes(app, st, options.storePath, options.token ?? process.env.PARADIP_TOKEN);

  const geometry = readFileSync(regionTopologyPath(options.dataDir));
  app.get(
    '/api/geo/regions.topojson',
    { schema: { tags: ['data'], summary: 'Region geometry (TopoJSON, Natural Earth, simplified)' } },
    async (_req, reply) =>
      reply
        .header('content-type', 'application/json')
        .header('cache-control', 'public, max-age=86400')
        .send(geometry),
  );

  if (options.webDir && existsSync(join(options.webDir, 'index.html'))) {
    // Serves index.html at / as well as the hashed assets.
    await app.register(fastifyStatic, { root: options.webDir, prefix: '/', wildcard: false });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/plain')
        .send('paradip API is running; the dashboard is not built (run `npm run build`). API docs: /docs\n'),
    );
  }
  // Classes need a Monte Carlo (about half a second): computed once now rather than on a user's first request.
  if (options.warm) for (const u of ['all', 'iso'] as const) st.classification(u);
  return app;
}
