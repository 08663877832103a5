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
import { HeavyPool } from './heavy-pool.js';
import { heavyRateLimit } from './plugins/heavy-rate-limit.js';
import { loadShedding } from './plugins/load-shedding.js';
import { securityHeaders } from './plugins/security-headers.js';
import { serverLimits, type ServerLimits } from './server-limits.js';
import { cachedBody, representation } from './cached-body.js';
import { responseCache } from './plugins/response-cache.js';
import { cacheDirOf, storeFingerprint } from '../store/result-cache.js';
import { readServerConfig } from './server-config.js';
import { schemaCompilers } from './schema-compilers.js';

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
  /** Keep slow results (the classification) in the store's cache folder between runs (needs `storePath`). */
  persistResults?: boolean;
  logger?: boolean;
  /** Worker pool, time budget, rate limit, load shedding (default: from the environment, see server-limits). */
  limits?: Partial<ServerLimits>;
}

const MAX_URL = 4096;

/**
 * The HTTP server: JSON API under /api (OpenAPI at /openapi.json, docs at /docs), the dashboard at /. Answers
 * come from the in-memory snapshot; GET responses are cached per URL and carry ETags (304 on If-None-Match).
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const persist = options.persistResults && options.storePath ? cacheDirOf(options.storePath) : undefined;
  const limits = serverLimits(options.limits);
  const heavy = new HeavyPool(limits, options.dataDir);
  const st = new AppState(
    options.snapshot,
    await readServerConfig(persist),
    persist ? { dir: persist, fingerprint: storeFingerprint(options.storePath!) } : undefined,
    (s, universe, c) => heavy.run(s, { kind: 'classification', universe, ...c }),
  );
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1 << 20,
    clientErrorHandler,
    routerOptions: { maxParamLength: 200 },
    schemaController: schemaCompilers(),
    // Unknown parameters are errors (400 naming them), not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  app.addSchema(ErrorBody);
  // First: a cached answer goes out before any other per-request work (its headers include the security headers).
  responseCache(app, st.responses, () => app.isUnderPressure?.() ?? false, !options.logger);
  securityHeaders(app);

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

  app.addHook('onClose', () => heavy.close());
  await loadShedding(app, limits);
  await heavyRateLimit(app, limits);

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

  app.addHook('onRequest', (req, reply, done) => {
    if (req.url.length <= MAX_URL) return done();
    reply.status(414).send({
      error: 'URI Too Long',
      message: `request URLs are limited to ${MAX_URL} characters`,
      details: null,
    });
  });

  dataRoutes(app, st);
  analysisRoutes(app, st, heavy);
  outputRoutes(app, st, options.dataDir, heavy);
  importRoutes(app, st, options.storePath, options.token ?? process.env.PARADIP_TOKEN);

  // Already quantised TopoJSON (delta-encoded integer arcs); compressed once, as the API's answers are.
  const geometry = cachedBody(readFileSync(regionTopologyPath(options.dataDir)), 'application/json');
  app.get(
    '/api/geo/regions.topojson',
    { schema: { tags: ['data'], summary: 'Region geometry (TopoJSON, Natural Earth, simplified)' } },
    async (req, reply) => {
      const { encoding, bytes, etag } = representation(geometry, req.headers['accept-encoding']);
      if (encoding) reply.header('content-encoding', encoding);
      return reply
        .header('content-type', 'application/json')
        .header('cache-control', 'public, max-age=86400')
        .header('vary', 'accept-encoding')
        .header('etag', etag)
        .send(bytes);
    },
  );

  if (options.webDir && existsSync(join(options.webDir, 'index.html'))) {
    // Serves index.html at / as well as the hashed assets.
    // Hashed assets never change under their name: cached for a year without revalidation. index.html is
    // revalidated. Text assets go out as the .br/.gz written at build time when the client accepts them.
    await app.register(fastifyStatic, {
      root: options.webDir,
      prefix: '/',
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) =>
        res.setHeader(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/plain')
        .send('paradip API is running; the dashboard is not built (run `npm run build`). API docs: /docs\n'),
    );
  }
  return app;
}
