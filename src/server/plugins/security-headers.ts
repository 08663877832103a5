import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

type Policy = Record<string, string[] | null>;

/**
 * The dashboard's policy: scripts, styles, workers and requests only from this server (no inline script, no eval),
 * images also as data: URLs (the favicon, map patterns), never framed, no plugins, no <base>.
 */
export const DASHBOARD_POLICY: Policy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The API documentation (/docs, Swagger UI) as the dashboard, except that Swagger UI adds a <style> element of its
 * own at run time: inline styles are allowed there (scripts still only from this server).
 */
export const DOCS_POLICY: Policy = { ...DASHBOARD_POLICY, styleSrc: ["'self'", "'unsafe-inline'"] };

/**
 * Printable reports are single HTML files with their styles inline and no script at all: inline styles and
 * data: images only.
 */
export const REPORT_POLICY: Policy = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ['data:'],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Which policy a route's answers carry: reports and /docs their own, everything else (API, dashboard) the strict one. */
const policyOf = (url: string): Policy =>
  url.startsWith('/api/report/') ? REPORT_POLICY : url.startsWith('/docs') ? DOCS_POLICY : DASHBOARD_POLICY;

const options = (directives: Policy) => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  // Served over plain HTTP on loopback: HSTS would only confuse a proxy in front.
  strictTransportSecurity: false,
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
});

/**
 * Security headers on every answer (@fastify/helmet): a strict Content-Security-Policy, X-Content-Type-Options
 * nosniff, X-Frame-Options DENY with frame-ancestors 'none', Referrer-Policy no-referrer, cross-origin isolation
 * headers. Register before the routes, so that routes with a policy of their own are seen.
 */
export async function securityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    const policy = policyOf(route.url);
    if (policy !== DASHBOARD_POLICY) route.helmet = options(policy);
  });
  await app.register(helmet, options(DASHBOARD_POLICY));
}
