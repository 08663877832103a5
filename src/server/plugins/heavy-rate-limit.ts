import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { HttpError } from '../http-error.js';
import type { ServerLimits } from '../server-limits.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route does heavy work (in the worker pool): rate-limited per client. */
    heavy?: boolean;
  }
}

/**
 * A rate limit on heavy routes only (those with `config: { heavy: true }`), per client address: beyond it 429 with
 * Retry-After. Register before the routes, so that their options are seen.
 */
export async function heavyRateLimit(
  app: FastifyInstance,
  limits: Pick<ServerLimits, 'heavyPerMinute'>,
): Promise<void> {
  // Runs before the plugin's own onRoute hook (registered after it), which reads config.rateLimit.
  app.addHook('onRoute', (route) => {
    if (route.config?.heavy)
      route.config = { ...route.config, rateLimit: { max: limits.heavyPerMinute, timeWindow: 60_000 } };
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new HttpError(
        429,
        'Too Many Requests',
        `at most ${ctx.max} heavy requests a minute per client; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
        { limit: ctx.max, retry_after_s: Math.ceil(ctx.ttl / 1000) },
      ),
  });
}
