import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

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

const options = (directives: Policy): HelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  // Served over plain HTTP on loopback: HSTS would only confuse a proxy in front.
  strictTransportSecurity: false,
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
});

/** Security headers as [name, value] pairs, ready to write. */
export type HeaderList = readonly (readonly [string, string])[];

/**
 * The headers helmet sets for a policy, worked out once: the policies hold no per-request values (no nonces, no
 * functions), so running helmet's middleware on every request (as @fastify/helmet does, re-parsing the policy each
 * time) would only recompute the same strings.
 */
export function securityHeaderList(policy: Policy): HeaderList {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name.toLowerCase(), String(value)]),
    removeHeader: () => {},
  };
  helmet(options(policy))({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The security headers of the route's policy (set by securityHeaders). */
    securityHeaders?: HeaderList;
  }
}

export const DASHBOARD_HEADERS = securityHeaderList(DASHBOARD_POLICY);

/**
 * Security headers on every answer (helmet's): a strict Content-Security-Policy, X-Content-Type-Options nosniff,
 * X-Frame-Options DENY with frame-ancestors 'none', Referrer-Policy no-referrer, cross-origin isolation headers.
 * Each route's list is made when the route is added; a request only writes it. Register before the routes, so
 * that routes with a policy of their own are seen.
 */
export function securityHeaders(app: FastifyInstance): void {
  const lists = new Map<Policy, HeaderList>([[DASHBOARD_POLICY, DASHBOARD_HEADERS]]);
  app.addHook('onRoute', (route) => {
    const policy = policyOf(route.url);
    let list = lists.get(policy);
    if (!list) lists.set(policy, (list = securityHeaderList(policy)));
    route.config = { ...route.config, securityHeaders: list };
  });
  // Synchronous hook: no promise per request. Answers without a route (404) get the dashboard's policy.
  app.addHook('onRequest', (req, reply, done) => {
    const res = reply.raw;
    for (const [name, value] of req.routeOptions.config.securityHeaders ?? DASHBOARD_HEADERS)
      res.setHeader(name, value);
    done();
  });
}
