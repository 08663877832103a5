import type { FastifyInstance } from 'fastify';
import { countryTies } from '../../query/country-ties.js';
import { inScope } from '../../query/in-scope.js';
import { regionList } from '../../query/region-list.js';
import { regionProfile } from '../../query/region-profile.js';
import { sourceList } from '../../query/source-list.js';
import type { Universe } from '../../registry/region.js';
import { arr, get, obj, paged, pageQuery, q, universe } from '../schemas.js';
import { indicatorList } from '../../query/indicator-list.js';
import type { AppState } from '../state.js';

type U = { universe: Universe };

/** Regions, countries, ties, indicators, observations and sources. */
export function dataRoutes(app: FastifyInstance, st: AppState): void {
  app.get(
    '/api/health',
    get('data', 'Status and counts', {
      response: {
        type: 'object',
        required: ['status'],
        properties: { status: { type: 'string' } },
        additionalProperties: true,
      },
    }),
    async () => ({
      status: 'ok',
      schema_version: Number(st.snapshot.meta.schema_version),
      regions: st.snapshot.regions.length,
      ties: st.snapshot.ties.length,
      observations: st.snapshot.observations.length,
    }),
  );
  app.get<{ Querystring: U }>(
    '/api/regions',
    get('data', 'Regions of a universe with status, indicator values and tie counts', {
      querystring: q({ universe }),
      response: {
        type: 'object',
        required: ['universe', 'universe_label', 'regions'],
        properties: { universe: { type: 'string' }, universe_label: obj, regions: arr },
      },
    }),
    async (req) => regionList(st.snapshot, req.query.universe),
  );
  app.get<{ Params: { code: string }; Querystring: U }>(
    '/api/regions/:code',
    get('data', 'Profile of a region: codes, observations with sources, ties by type and country', {
      params: q({ code: { type: 'string', maxLength: 200 } }, ['code']),
      querystring: q({ universe }),
      response: {
        type: 'object',
        required: ['region', 'observations', 'ties', 'countries'],
        properties: { region: obj, observations: arr, ties: obj, countries: arr },
        additionalProperties: true,
      },
    }),
    async (req) => regionProfile(st.snapshot, req.params.code, req.query.universe),
  );
  app.get(
    '/api/countries',
    get('data', 'Countries with ISO codes and names', {
      response: { type: 'object', required: ['countries'], properties: { countries: arr } },
    }),
    async () => ({
      countries: st.snapshot.countries,
    }),
  );
  app.get<{ Params: { iso2: string }; Querystring: U }>(
    '/api/countries/:iso2/ties',
    get('data', 'Which regions have which ties with a country, with sources', {
      params: q({ iso2: { type: 'string', maxLength: 100 } }, ['iso2']),
      querystring: q({ universe }),
      response: {
        type: 'object',
        required: ['country', 'regions', 'federal'],
        properties: {
          country: obj,
          regions: arr,
          federal: arr,
          unlocated: arr,
          set_aside: arr,
          set_aside_reason: obj,
        },
        additionalProperties: true,
      },
    }),
    async (req) => countryTies(st.snapshot, req.params.iso2, req.query.universe),
  );
  app.get<{
    Querystring: U & {
      type?: string;
      country?: string;
      region?: string;
      period?: string;
      limit: number;
      offset: number;
    };
  }>(
    '/api/ties',
    get('data', 'Ties, filtered by type, country, region and period (year of validity), paginated', {
      querystring: q({
        universe,
        type: { type: 'string', maxLength: 50 },
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        region: { type: 'string', maxLength: 10 },
        period: { type: 'string', pattern: '^\\d{4}$' },
        ...pageQuery,
      }),
      response: paged(),
    }),
    async (req) => {
      const { type, country, region, period, limit, offset } = req.query;
      const items = st.snapshot.ties.filter(
        (t) =>
          inScope(t.scope, req.query.universe) &&
          (!type || t.type === type) &&
          (!country || t.country_iso2 === country) &&
          (!region || t.region_iso === region) &&
          (!period ||
            ((t.valid_from ?? '') <= `${period}-12-31` && (!t.valid_to || t.valid_to >= `${period}-01-01`))),
      );
      return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
    },
  );
  app.get<{ Querystring: U & { indicator?: string; region?: string; limit: number; offset: number } }>(
    '/api/observations',
    get('data', 'Observations (region, indicator, period, value, source), paginated', {
      querystring: q({
        universe,
        indicator: { type: 'string', maxLength: 100 },
        region: { type: 'string', maxLength: 10 },
        ...pageQuery,
      }),
      response: paged(),
    }),
    async (req) => {
      const { indicator, region, limit, offset } = req.query;
      const items = st.snapshot.observations.filter(
        (o) =>
          inScope(o.scope, req.query.universe) &&
          (!indicator || o.indicator_id === indicator) &&
          (!region || o.region_iso === region),
      );
      return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
    },
  );
  app.get(
    '/api/sources',
    get('data', 'Sources with licence, period and usage', {
      response: { type: 'object', required: ['sources'], properties: { sources: arr } },
    }),
    async () => ({
      sources: sourceList(st.snapshot),
    }),
  );
  app.get<{ Querystring: { universe: Universe } }>(
    '/api/indicators',
    get(
      'data',
      'Indicators: catalogue entry (concept, source table, period, derivation, rationale), indices using each, coverage',
      {
        querystring: q({ universe }),
        response: { type: 'object', required: ['indicators'], properties: { indicators: arr } },
      },
    ),
    async (req) => ({
      universe: req.query.universe,
      indicators: indicatorList(st.snapshot, req.query.universe),
    }),
  );
}
