import type { IncomingMessage, ServerResponse } from 'node:http';
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
 * (security headers included) made once. A repeated request is answered with one write of ready bytes and headers:
 * - with `front`, by the server's request listener, before Fastify routes it: Fastify's request and reply objects,
 *   routing and hooks were most of the time a cached answer took beyond node:http's own (not when logging, as
 *   those answers would go unlogged);
 * - else, and for requests injected into Fastify, by the first onRequest hook, before the hooks that would only
 *   recompute what the block holds (security headers; the rate limit is only on heavy routes, never cached).
 * Under load shedding, or once the server is closing, the request takes the ordinary path and is refused like any
 * other. Register before every other onRequest hook.
 */
export function responseCache(
  app: FastifyInstance,
  responses: Map<string, CachedAnswer>,
  underPressure: () => boolean,
  front: boolean,
): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  /** Whether a cached answer was written. */
  const answer = (req: IncomingMessage, res: ServerResponse): boolean => {
    const hit = req.method === 'GET' ? responses.get(req.url!) : undefined;
    if (!hit || closing || underPressure()) return false;
    const form = hit.form(req.headers['accept-encoding']);
    if (req.headers['if-none-match'] === form.etag) res.writeHead(304, form.notModified).end();
    else res.writeHead(200, form.ok).end(form.bytes);
    return true;
  };

  // Fastify's request listener is its routing function; it is wrapped only if it is found there.
  const routing = app.routing;
  if (front && app.server.listeners('request').includes(routing)) {
    app.server.removeListener('request', routing);
    app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (!answer(req, res)) routing(req, res);
    });
  }
  app.addHook('onRequest', (req, reply, done) => {
    if (!answer(req.raw, reply.raw)) return done();
    reply.hijack();
  });

  // The first answer for a URL: kept (JSON only), then sent in the form the client accepts. Synchronous (callback)
  // hook: every answer passes here, most without any work.
  app.addHook('onSend', (req, reply, payload, done) => {
    if (!cacheable(req) || reply.statusCode !== 200 || typeof payload !== 'string')
      return done(null, payload);
    const type = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    const entry = new CachedAnswer(
      cachedBody(payload, type),
      req.routeOptions.config.securityHeaders ?? DASHBOARD_HEADERS,
    );
    if (type.startsWith('application/json')) {
      if (responses.size >= MAX_ENTRIES) responses.delete(responses.keys().next().value!);
      responses.set(req.url, entry);
    }
    const form = entry.form(req.headers['accept-encoding']);
    reply.header('etag', form.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === form.etag) {
      reply.status(304);
      return done(null, '');
    }
    if (form.encoding) reply.header('content-encoding', form.encoding);
    done(null, form.bytes);
  });
}
