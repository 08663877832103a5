import type { FastifyInstance } from 'fastify';
import underPressure from '@fastify/under-pressure';
import { ParadipError } from '../../errors/paradip-error.js';
import type { ServerLimits } from '../server-limits.js';

/**
 * Load shedding (@fastify/under-pressure): while the event loop lags or memory is past its limit, requests are
 * refused at once with 503 and Retry-After instead of queueing behind the work that overloads the server.
 */
export async function loadShedding(
  app: FastifyInstance,
  limits: Pick<ServerLimits, 'maxEventLoopDelayMs' | 'maxRssMb'>,
): Promise<void> {
  if (!limits.maxEventLoopDelayMs && !limits.maxRssMb) return;
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    maxRssBytes: limits.maxRssMb * 2 ** 20,
    // Rejected through the error handler, so the body is {error, message, details} and Retry-After is set there.
    pressureHandler: async (_req, _reply, type, value) => {
      throw new ParadipError('busy', 'the server is overloaded; try again later', {
        reason: type,
        value: typeof value === 'number' ? Math.round(value) : null,
      });
    },
  });
}
