// JSON Schemas of the API, for validation of parameters and for the OpenAPI document at /openapi.json.
// Response schemas describe the top level of each body; nested records are open objects.

export const ErrorBody = {
  $id: 'ErrorBody',
  type: 'object',
  required: ['error', 'message', 'details'],
  properties: { error: { type: 'string' }, message: { type: 'string' }, details: {} },
} as const;

const errors = {
  400: { description: 'Bad parameter', $ref: 'ErrorBody#' },
  404: { description: 'Unknown region, country or route', $ref: 'ErrorBody#' },
};

export const universe = {
  type: 'string',
  enum: ['all', 'iso'],
  default: 'all',
  description: 'all: the 89 entities Russia lists; iso: the 83 of ISO 3166-2:RU',
};
export const indexId = {
  type: 'string',
  enum: ['activity', 'potential'],
  default: 'activity',
  description: 'activity: what a region does abroad; potential: the soft-power resources it could project',
};
export const period = {
  type: 'string',
  pattern: '^[0-9]{4}$',
  description: 'a year: each indicator takes its latest period up to it (default: the latest of each)',
};
export const lang = { type: 'string', enum: ['en', 'ru'], default: 'en' };
const obj = { type: 'object', additionalProperties: true } as const;
const arr = { type: 'array', items: obj } as const;

export function get(
  tag: string,
  summary: string,
  extra: { querystring?: object; params?: object; response?: object } = {},
) {
  return {
    schema: {
      tags: [tag],
      summary,
      ...(extra.querystring ? { querystring: extra.querystring } : {}),
      ...(extra.params ? { params: extra.params } : {}),
      response: { 200: extra.response ?? obj, ...errors },
    },
  };
}

/** Route options of heavy work (done in the worker pool, rate-limited). */
export const heavyRoute = <T extends object>(options: T) => ({ ...options, config: { heavy: true } });

export const q = (props: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  properties: props,
  required,
  additionalProperties: false,
});

export { obj, arr };

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  offset: { type: 'integer', minimum: 0, default: 0 },
};

export const paged = (item: object = obj) => ({
  type: 'object',
  required: ['total', 'limit', 'offset', 'items'],
  properties: {
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: item },
  },
});
