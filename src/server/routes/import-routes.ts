import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.js';
import { q } from '../schemas.js';
import type { AppState } from '../state.js';

/** Constant-time comparison of two secrets (hashed first, so lengths never leak). */
export function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

/**
 * Imports over HTTP exist only when PARADIP_TOKEN is set and the request carries it (Authorization: Bearer …).
 * Otherwise the API is read-only. The import itself is the CLI's: all-or-nothing, every bad row listed.
 */
export function importRoutes(
  app: FastifyInstance,
  st: AppState,
  storePath: string | undefined,
  token: string | undefined,
): void {
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 10 << 20 },
    (_req, body, done) => done(null, body),
  );
  app.post<{
    Querystring: {
      source: string;
      indicator?: string;
      period?: string;
      new_indicators?: boolean;
      dry_run?: boolean;
    };
    Body: string;
  }>(
    '/api/import/observations',
    {
      bodyLimit: 10 << 20,
      schema: {
        tags: ['import'],
        summary: 'Import observations from a CSV body (needs PARADIP_TOKEN); all-or-nothing',
        querystring: q(
          {
            source: { type: 'string', minLength: 1, maxLength: 500 },
            indicator: { type: 'string', maxLength: 100 },
            period: { type: 'string', maxLength: 10 },
            new_indicators: { type: 'boolean' },
            dry_run: { type: 'boolean' },
          },
          ['source'],
        ),
        response: {
          200: { type: 'object', additionalProperties: true },
          400: { $ref: 'ErrorBody#' },
          401: { $ref: 'ErrorBody#' },
          403: { $ref: 'ErrorBody#' },
        },
      },
    },
    async (req) => {
      if (!token || !storePath)
        throw new HttpError(
          403,
          'Forbidden',
          'the API is read-only; set PARADIP_TOKEN on the server to enable imports',
          null,
        );
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token))
        throw new HttpError(401, 'Unauthorized', 'missing or wrong bearer token', null);
      if (typeof req.body !== 'string' || !req.body.length)
        throw new HttpError(400, 'Bad Request', 'the body must be the CSV file (Content-Type: text/csv)', {
          parameter: 'body',
        });
      const dir = mkdtempSync(join(tmpdir(), 'paradip-upload-'));
      const path = join(dir, 'upload.csv');
      try {
        writeFileSync(path, req.body);
        // The database engine is loaded on the first import, not at start.
        const { importObservations } = await import('../../ingest/import-observations.js');
        const { loadSnapshot } = await import('../../store/load-snapshot.js');
        const report = await importObservations(storePath, path, {
          source: req.query.source,
          indicator: req.query.indicator,
          period: req.query.period,
          newIndicators: req.query.new_indicators,
          dryRun: req.query.dry_run,
        });
        if (!report.dryRun) st.replace(await loadSnapshot(storePath));
        return report;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
