import { createHash } from 'node:crypto';
import { CLASS_PROBABILITY_RUNS } from '../../classify/class-probability-runs.js';
import type { FastifyInstance } from 'fastify';
import { configPath } from '../../config/config-path.js';
import { CrisisResponse } from '../crisis-schema.js';
import { findRegion } from '../../query/find-region.js';
import { NotFoundError } from '../../query/not-found.js';
import {
  REGIONAL_INDEX_IDS,
  REGIONAL_INDICES,
  type RegionalIndexId,
} from '../../regional/regional-framework.js';
import { regionalInput } from '../../regional/regional-input.js';
import type { Universe } from '../../registry/region.js';
import { existsSync, readdirSync } from 'node:fs';
import type { HeavyPool } from '../heavy-pool.js';
import { HttpError } from '../http-error.js';
import { arr, get, heavyRoute, indexId, obj, period, q, universe } from '../schemas.js';
import type { AppState } from '../state.js';
import type { RegionalClassification } from '../../classify/regional-classification.js';

type U = { universe: Universe };
type IX = U & { index: RegionalIndexId; period?: string };
const plain = (x: Float64Array) => Array.from(x, (v) => (Number.isNaN(v) ? null : v));

/**
 * The index (spec in, results out), audit, uncertainty, classification, crisis, frameworks, network, scenarios.
 * The modules that compute them are imported by the handlers on first use, so that the server starts without them.
 */
export function analysisRoutes(app: FastifyInstance, st: AppState, heavy: HeavyPool): void {
  const inputOf = (x: IX) => regionalInput(st.snapshot, x.universe, { index: x.index, period: x.period });
  app.get<{ Querystring: IX }>(
    '/api/index/input',
    get('index', 'Everything needed to rerun an index in the browser', {
      querystring: q({ universe, index: indexId, period }),
    }),
    async (req) => {
      const input = inputOf(req.query);
      return {
        universe: req.query.universe,
        index: input.index,
        period: input.period,
        periods: input.periods,
        units: input.data.units,
        unitNames: input.unitNames,
        columns: Object.fromEntries(Object.entries(input.data.columns).map(([k, v]) => [k, plain(v)])),
        groups: input.groups,
        denominators: Object.fromEntries(Object.entries(input.denominators).map(([k, v]) => [k, plain(v)])),
        framework: REGIONAL_INDICES[input.index].nodes,
        spec: st.spec,
        design: st.design,
      };
    },
  );
  app.get(
    '/api/config',
    get('index', 'Index spec, uncertainty design, typology and crisis model in force'),
    async () => ({
      spec: st.spec,
      design: st.design,
      typology: { ...st.typology, rules: undefined },
      crisis: st.crisisModel,
    }),
  );

  app.get<{ Querystring: U & { period?: string } }>(
    '/api/indices',
    get('index', 'Both indices per region, with ranks and the gap (activity minus what potential predicts)', {
      querystring: q({ universe, period }),
      response: {
        type: 'object',
        required: ['universe', 'fit', 'periods', 'regions'],
        properties: { universe: { type: 'string' }, fit: obj, periods: obj, regions: arr },
        additionalProperties: true,
      },
    }),
    async (req) => {
      const { regionalScores } = await import('../../regional/regional-scores.js');
      const { scoreRows } = await import('../../regional/score-rows.js');
      return st.remember(`indices:${req.query.universe}:${req.query.period ?? ''}`, () => {
        const scores = regionalScores(st.snapshot, req.query.universe, st.spec, { period: req.query.period });
        return {
          universe: req.query.universe,
          period: scores.period,
          indices: REGIONAL_INDEX_IDS.map((id) => ({
            id,
            name_en: REGIONAL_INDICES[id].name_en,
            name_ru: REGIONAL_INDICES[id].name_ru,
          })),
          fit: scores.gap.fit,
          periods: {
            activity: scores.indices.activity.input.periods,
            potential: scores.indices.potential.input.periods,
          },
          indicators: REGIONAL_INDEX_IDS.flatMap((id) =>
            REGIONAL_INDICES[id].nodes
              .filter((n) => n.type === 'indicator')
              .map((n) => ({
                index: id,
                code: n.code,
                name_en: n.name,
                name_ru: n.name_ru,
                period: scores.indices[id].input.periods[n.code],
              })),
          ),
          regions: scoreRows(st.snapshot, scores),
        };
      });
    },
  );
  app.post<{ Body: { spec?: unknown; universe?: Universe; index?: RegionalIndexId } }>(
    '/api/index',
    {
      config: { heavy: true },
      schema: {
        tags: ['index'],
        summary: 'Run the index for a posted spec (cached by spec hash); the step tables are COINr-shaped',
        body: {
          type: 'object',
          required: ['spec'],
          properties: { spec: { type: 'object' }, universe, index: indexId },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            required: ['spec', 'hash', 'rows'],
            properties: { spec: obj, hash: { type: 'string' }, rows: arr },
            additionalProperties: true,
          },
        },
      },
    },
    async (req) => {
      const u = req.body.universe ?? 'all';
      const ix = req.body.index ?? 'activity';
      const { parseSpec, SpecError } = await import('../../engine/spec.js');
      let spec;
      try {
        spec = parseSpec(req.body.spec);
      } catch (err) {
        if (err instanceof SpecError)
          throw new HttpError(400, 'Bad Request', err.message, { parameter: 'spec', issues: err.issues });
        throw err;
      }
      const hash = createHash('sha256')
        .update(JSON.stringify([u, ix, spec]))
        .digest('hex')
        .slice(0, 16);
      const key = `index:${hash}`;
      return st
        .shared(key, () => heavy.run<object>(st.snapshot, { kind: 'index', universe: u, index: ix, spec }))
        .then((t) => ({ ...t, hash }));
    },
  );
  app.get<{ Querystring: IX }>(
    '/api/index/audit',
    get('index', 'Statistical coherence: statistics with flags, correlations, alpha, PCA', {
      querystring: q({ universe, index: indexId, period }),
    }),
    async (req) => {
      const { runIndex } = await import('../../engine/pipeline.js');
      const { audit } = await import('../../engine/audit/audit.js');
      const input = inputOf(req.query);
      const r = runIndex(input, st.spec);
      const a = audit(r.steps.Raw, r.steps.Aggregated, input.framework);
      return JSON.parse(
        JSON.stringify(a, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)),
      );
    },
  );
  app.get<{ Querystring: IX & { runs: number; seed: number } }>(
    '/api/index/uncertainty',
    heavyRoute(
      get('index', 'Monte Carlo rank statistics per region (seeded)', {
        querystring: q({
          universe,
          index: indexId,
          period,
          runs: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
          seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 1 },
        }),
      }),
    ),
    async (req) =>
      st.shared(`uncertainty:${JSON.stringify(req.query)}`, () =>
        heavy.run(st.snapshot, { kind: 'uncertainty', ...req.query, spec: st.spec, design: st.design }),
      ),
  );
  app.get<{ Querystring: IX & { n: number; seed: number; bootstrap: number } }>(
    '/api/index/sensitivity',
    heavyRoute(
      get(
        'index',
        'Variance-based sensitivity (Sobol indices, Saltelli design with n·(k + 2) runs; seeded)',
        {
          querystring: q({
            universe,
            index: indexId,
            period,
            n: { type: 'integer', minimum: 2, maximum: 1000, default: 100, description: 'base points' },
            seed: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 1 },
            bootstrap: { type: 'integer', minimum: 10, maximum: 1000, default: 200 },
          }),
        },
      ),
    ),
    async (req) =>
      st.shared(`sensitivity:${JSON.stringify(req.query)}`, () =>
        heavy.run(st.snapshot, { kind: 'sensitivity', ...req.query, spec: st.spec, design: st.design }),
      ),
  );

  const explained = async () => {
    const { explainRegion } = await import('../../classify/explain.js');
    return (r: RegionalClassification['regions'][number]) => ({
      ...r,
      explanation: {
        en: explainRegion(r, st.typology, 'en', CLASS_PROBABILITY_RUNS),
        ru: explainRegion(r, st.typology, 'ru', CLASS_PROBABILITY_RUNS),
      },
    });
  };
  app.get<{ Querystring: U }>(
    '/api/classification',
    get(
      'classification',
      'Every region’s class, explanation (en/ru), probabilities, and the data-driven check',
      {
        querystring: q({ universe }),
        response: {
          type: 'object',
          required: ['typology', 'regions', 'check'],
          properties: { typology: obj, regions: arr, check: obj },
          additionalProperties: true,
        },
      },
    ),
    async (req) => {
      const c = await st.classification(req.query.universe);
      return { ...c, regions: c.regions.map(await explained()) };
    },
  );
  app.get<{ Params: { code: string }; Querystring: U }>(
    '/api/classification/:code',
    get('classification', 'One region’s class with its explanation', {
      params: q({ code: { type: 'string', maxLength: 200 } }, ['code']),
      querystring: q({ universe }),
    }),
    async (req) => {
      const iso = findRegion(st.snapshot, req.params.code).iso;
      const r = (await st.classification(req.query.universe)).regions.find((x) => x.unit === iso);
      if (!r)
        throw new NotFoundError(
          'region',
          req.params.code,
          `${iso} is not in the universe "${req.query.universe}"`,
        );
      return (await explained())(r);
    },
  );

  const scenarios = () =>
    existsSync(configPath('scenarios'))
      ? readdirSync(configPath('scenarios'))
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => f.slice(0, -5))
      : [];
  const readScenario = async (name: string) =>
    (await import('../../config/config-files.js')).readScenarioFile(
      configPath(`scenarios/${name}.yaml`),
      st.crisisModel,
    );
  const scenarioOf = async (name?: string) => {
    if (!name) return st.crisisModel.default_scenario;
    if (!scenarios().includes(name))
      throw new HttpError(
        400,
        'Bad Request',
        `query parameter "scenario" must be one of: ${scenarios().join(', ')}`,
        { parameter: 'scenario', value: name },
      );
    return readScenario(name);
  };
  const scenarioParam = {
    type: 'string',
    maxLength: 100,
    description: 'a scenario of config/scenarios (file name without .yaml)',
  };
  app.get(
    '/api/scenarios',
    get('crisis', 'Scenario files available', {
      response: { type: 'object', required: ['scenarios'], properties: { scenarios: arr } },
    }),
    async () => ({
      scenarios: await Promise.all(scenarios().map(async (id) => ({ id, ...(await readScenario(id)) }))),
    }),
  );
  app.get<{ Params: { iso2: string }; Querystring: U & { scenario?: string } }>(
    '/api/crisis/:iso2',
    get(
      'crisis',
      'Regions ranked by normalisation capacity towards a country, with bands, channels, framework and legal steps',
      {
        params: q({ iso2: { type: 'string', maxLength: 100 } }, ['iso2']),
        querystring: q({ universe, scenario: scenarioParam }),
        response: CrisisResponse,
      },
    ),
    async (req) => {
      const { crisisAnalysis } = await import('../../crisis/crisis-analysis.js');
      const classification = await st.classification(req.query.universe);
      const scenario = await scenarioOf(req.query.scenario);
      return st.remember(
        `crisis:${req.params.iso2}:${req.query.universe}:${req.query.scenario ?? ''}`,
        () => ({
          ...crisisAnalysis(
            st.snapshot,
            req.query.universe,
            req.params.iso2,
            classification,
            st.crisisModel,
            scenario,
          ),
          // The model's names for its channels, so that no client shows a channel id.
          channel_names: Object.fromEntries(
            Object.entries(st.crisisModel.channels).map(([k, c]) => [k, { en: c.name_en, ru: c.name_ru }]),
          ),
        }),
      );
    },
  );
  app.get<{ Querystring: U & { country: string; region?: string } }>(
    '/api/frameworks',
    get('crisis', 'Fit of regions to the two frameworks for a partner country', {
      querystring: q(
        { universe, country: { type: 'string', maxLength: 100 }, region: { type: 'string', maxLength: 200 } },
        ['country'],
      ),
      response: {
        type: 'object',
        required: ['country', 'frameworks'],
        properties: { country: { type: 'string' }, frameworks: arr },
        additionalProperties: true,
      },
    }),
    async (req) => {
      const { crisisAnalysis } = await import('../../crisis/crisis-analysis.js');
      const classification = await st.classification(req.query.universe);
      // Frameworks need no uncertainty bands: no Monte Carlo, and one analysis per country and universe, so that a
      // profile asking for each of a region's partners does not recompute a country another region already asked for.
      const a = st.remember(`frameworks:${req.query.country}:${req.query.universe}`, () =>
        crisisAnalysis(
          st.snapshot,
          req.query.universe,
          req.query.country,
          classification,
          { ...st.crisisModel, uncertainty: { ...st.crisisModel.uncertainty, runs: 0 } },
          st.crisisModel.default_scenario,
        ),
      );
      const region = req.query.region ? findRegion(st.snapshot, req.query.region).iso : null;
      return {
        country: a.country,
        universe: req.query.universe,
        frameworks: a.rows
          .filter((r) => (region ? r.region === region : r.channels.length > 0))
          .map((r) => ({ nc: r.nc, class: r.class, ...r.framework })),
      };
    },
  );
  app.get<{ Querystring: U & { type?: string } }>(
    '/api/network',
    get('crisis', 'The region–country network with centralities and communities', {
      querystring: q({ universe, type: { type: 'string', maxLength: 200 } }),
      response: {
        type: 'object',
        required: ['regions', 'countries', 'edges', 'metrics'],
        properties: { regions: arr, countries: arr, edges: arr, metrics: obj },
        additionalProperties: true,
      },
    }),
    async (req) => {
      const { tieNetwork } = await import('../../network/tie-network.js');
      const { networkMetrics } = await import('../../network/network-metrics.js');
      const n = tieNetwork(
        st.snapshot,
        req.query.universe,
        req.query.type ? req.query.type.split(',') : undefined,
      );
      return { ...n, metrics: networkMetrics(n) };
    },
  );
}
