import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { parseUniverse, type Universe } from '../registry/region.js';
import { countryTies } from '../query/country-ties.js';
import { NotFoundError } from '../query/not-found.js';
import { regionList } from '../query/region-list.js';
import { regionProfile } from '../query/region-profile.js';
import type { Snapshot } from '../query/snapshot.js';
import { sourceList } from '../query/source-list.js';
import { HttpError } from './http-error.js';
import { explainRegion } from '../classify/explain.js';
import { classifyRegions, type RegionalClassification } from '../classify/regional-classification.js';
import {
  configPath,
  readCrisisModelFile,
  readDesignFile,
  readScenarioFile,
  readTypologyFile,
} from '../config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../config/read-spec.js';
import { findRegion } from '../query/find-region.js';
import { regionalInput } from '../regional/regional-input.js';
import { REGIONAL_NODES } from '../regional/regional-framework.js';
import { crisisAnalysis } from '../crisis/crisis-analysis.js';
import { networkMetrics } from '../network/network-metrics.js';
import { tieNetwork } from '../network/tie-network.js';

export interface AppOptions {
  snapshot: Snapshot;
  /** Folder with the built dashboard (vite output); the API works without it. */
  webDir?: string;
  /** Folder with the bundled data, for the map geometry. */
  dataDir: string;
  logger?: boolean;
}

const universeQuery = z.object({ universe: z.string().optional() }).loose();

function universeOf(query: unknown): Universe {
  const q = universeQuery.safeParse(query);
  try {
    return parseUniverse(q.success ? q.data.universe : undefined);
  } catch {
    throw new HttpError(400, 'Bad Request', 'query parameter "universe" must be "all" or "iso"', {
      parameter: 'universe',
      value: (query as Record<string, unknown>)?.universe,
    });
  }
}

/** The HTTP server: JSON API under /api, the dashboard at /. Everything is answered from the in-memory snapshot. */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const s = options.snapshot;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1 << 20 });

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpError)
      return reply
        .status(err.statusCode)
        .send({ error: err.error, message: err.message, details: err.details });
    if (err instanceof NotFoundError)
      return reply
        .status(404)
        .send({ error: 'Not Found', message: err.message, details: { [err.what]: err.value } });
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) app.log.error(err);
    return reply.status(status).send({
      error: status >= 500 ? 'Internal Server Error' : 'Bad Request',
      message: (err as Error).message,
      details: null,
    });
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: 'Not Found', message: `no route ${req.method} ${req.url}`, details: null }),
  );

  app.get('/api/health', async () => ({
    status: 'ok',
    schema_version: Number(s.meta.schema_version),
    regions: s.regions.length,
    ties: s.ties.length,
    observations: s.observations.length,
  }));
  app.get('/api/regions', async (req) => regionList(s, universeOf(req.query)));
  app.get<{ Params: { code: string } }>('/api/regions/:code', async (req) =>
    regionProfile(s, req.params.code, universeOf(req.query)),
  );
  app.get('/api/countries', async () => ({ countries: s.countries }));
  app.get<{ Params: { iso2: string } }>('/api/countries/:iso2/ties', async (req) =>
    countryTies(s, req.params.iso2, universeOf(req.query)),
  );
  app.get('/api/sources', async () => ({ sources: sourceList(s) }));
  app.get('/api/indicators', async () => ({
    indicators: s.indicators.map((i) => ({
      ...i,
      coverage: new Set(s.observations.filter((o) => o.indicator_id === i.id).map((o) => o.region_iso)).size,
    })),
  }));

  // The classification runs a Monte Carlo (a few hundred ms): computed once per universe, on first request.
  const typology = readTypologyFile();
  const spec = readSpecFile(DEFAULT_SPEC_PATH());
  const design = readDesignFile();
  const classifications = new Map<Universe, RegionalClassification>();
  const classification = (u: Universe) => {
    let c = classifications.get(u);
    if (!c)
      classifications.set(u, (c = classifyRegions(s, u, spec, typology, design, { runs: 500, seed: 1 })));
    return c;
  };
  app.get('/api/classification', async (req) => {
    const c = classification(universeOf(req.query));
    return {
      ...c,
      regions: c.regions.map((r) => ({
        ...r,
        explanation: { en: explainRegion(r, typology, 'en'), ru: explainRegion(r, typology, 'ru') },
      })),
    };
  });
  app.get<{ Params: { code: string } }>('/api/classification/:code', async (req) => {
    const u = universeOf(req.query);
    const iso = findRegion(s, req.params.code).iso;
    const r = classification(u).regions.find((x) => x.unit === iso);
    if (!r) throw new NotFoundError('region', req.params.code, `${iso} is not in the universe "${u}"`);
    return {
      ...r,
      explanation: { en: explainRegion(r, typology, 'en'), ru: explainRegion(r, typology, 'ru') },
    };
  });

  const crisisModel = readCrisisModelFile();
  const scenarioOf = (name: unknown) => {
    if (name === undefined || name === '') return crisisModel.default_scenario;
    if (
      typeof name !== 'string' ||
      !/^[a-z0-9-]+$/.test(name) ||
      !existsSync(configPath(`scenarios/${name}.yaml`))
    )
      throw new HttpError(
        400,
        'Bad Request',
        'query parameter "scenario" must name a file of config/scenarios (without .yaml)',
        { parameter: 'scenario', value: name },
      );
    return readScenarioFile(configPath(`scenarios/${name}.yaml`), crisisModel);
  };
  app.get<{ Params: { iso2: string }; Querystring: { scenario?: string } }>(
    '/api/crisis/:iso2',
    async (req) => {
      const u = universeOf(req.query);
      return crisisAnalysis(
        s,
        u,
        req.params.iso2,
        classification(u),
        crisisModel,
        scenarioOf(req.query.scenario),
      );
    },
  );
  app.get<{ Querystring: { country?: string; region?: string } }>('/api/frameworks', async (req) => {
    const u = universeOf(req.query);
    if (!req.query.country)
      throw new HttpError(400, 'Bad Request', 'query parameter "country" is required (ISO 3166-1 code)', {
        parameter: 'country',
      });
    const a = crisisAnalysis(
      s,
      u,
      req.query.country,
      classification(u),
      crisisModel,
      crisisModel.default_scenario,
    );
    const region = req.query.region ? findRegion(s, req.query.region).iso : null;
    return {
      country: a.country,
      universe: u,
      frameworks: a.rows
        .filter((r) => (region ? r.region === region : r.channels.length > 0))
        .map((r) => ({ nc: r.nc, class: r.class, ...r.framework })),
    };
  });
  app.get<{ Querystring: { type?: string } }>('/api/network', async (req) => {
    const u = universeOf(req.query);
    const n = tieNetwork(s, u, req.query.type ? req.query.type.split(',') : undefined);
    return { ...n, metrics: networkMetrics(n) };
  });

  // Everything the dashboard needs to rerun the index in the browser with the same engine.
  app.get('/api/index/input', async (req) => {
    const u = universeOf(req.query);
    const input = regionalInput(s, u);
    const plain = (x: Float64Array) => Array.from(x, (v) => (Number.isNaN(v) ? null : v));
    return {
      universe: u,
      units: input.data.units,
      unitNames: input.unitNames,
      columns: Object.fromEntries(Object.entries(input.data.columns).map(([k, v]) => [k, plain(v)])),
      groups: input.groups,
      denominators: Object.fromEntries(Object.entries(input.denominators).map(([k, v]) => [k, plain(v)])),
      framework: REGIONAL_NODES,
      spec,
      design,
    };
  });
  app.get('/api/config', async () => ({
    spec,
    design,
    typology: { ...typology, rules: undefined },
    crisis: crisisModel,
  }));

  const geometry = readFileSync(
    join(options.dataDir, 'ru-regions-boundaries-naturalearth', 'ru_regions_ne10m_simplified20.topojson'),
  );
  app.get('/api/geo/regions.topojson', async (_req, reply) =>
    reply
      .header('content-type', 'application/json')
      .header('cache-control', 'public, max-age=86400')
      .send(geometry),
  );

  if (options.webDir && existsSync(join(options.webDir, 'index.html'))) {
    // Serves index.html at / as well as the hashed assets.
    await app.register(fastifyStatic, { root: options.webDir, prefix: '/', wildcard: false });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/plain')
        .send('paradip API is running; the dashboard is not built (run `npm run build`). Try /api/regions\n'),
    );
  }
  return app;
}
