import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CachedAnswer } from '../cached-answer.js';
import { cachedBody } from '../cached-body.js';
import { DASHBOARD_HEADERS } from './security-headers.js';

/** GET /api answers that are kept and compressed (not health, exports or reports). */
function cacheable(req: FastifyRequest): boolean {
  return (
    req.method === 'GET' &&
    req.url.startsWith('/api/') &&
    !req.url.startsWith('/api/health') &&
    !req.url.startsWith('/api/export') &&
    !req.url.startsWith('/api/report')
  );
}

/** Keep at most this many answers (oldest dropped first). */
const MAX_ENTRIES = 2000;

/**
 * GET answers under /api kept per URL (in `responses`), each with its compressed forms, ETag and header block
 * made once. A repeated request is answered by the first onRequest hook with one write of ready bytes and headers,
 * before the per-request hooks that would only recompute them (security headers: already in the block; rate
 * limit: only on heavy routes, which are never cached). Under load shedding the request takes the ordinary path,
 * so it is refused like any other. Register before every other onRequest hook.
 */
export function responseCache(
  app: FastifyInstance,
  responses: Map<string, CachedAnswer>,
  underPressure: () => boolean,
): void {
  app.addHook('onRequest', (req, reply, done) => {
    const hit = req.method === 'GET' ? responses.get(req.url) : undefined;
    if (!hit || underPressure()) return done();
    const form = hit.form(req.headers['accept-encoding']);
    reply.hijack();
    if (req.headers['if-none-match'] === form.etag) reply.raw.writeHead(304, form.notModified).end();
    else reply.raw.writeHead(200, form.ok).end(form.bytes);
  });

  // The first answer for a URL: kept (JSON only), then sent in the form the client accepts. Synchronous (callback)
  // hook: every answer passes here, most without any work.
  app.addHook('onSend', (req, reply, payload, done) => {
    if (!cacheable(req) || reply.statusCode !== 200 || typeof payload !== 'string')
      return done(null, payload);
    const type = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    const answer = new CachedAnswer(
      cachedBody(payload, type),
      req.routeOptions.config.securityHeaders ?? DASHBOARD_HEADERS,
    );
    if (type.startsWith('application/json')) {
      if (responses.size >= MAX_ENTRIES) responses.delete(responses.keys().next().value!);
      responses.set(req.url, answer);
    }
    const form = answer.form(req.headers['accept-encoding']);
    reply.header('etag', form.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === form.etag) {
      reply.status(304);
      return done(null, '');
    }
    if (form.encoding) reply.header('content-encoding', form.encoding);
    done(null, form.bytes);
  });
}
