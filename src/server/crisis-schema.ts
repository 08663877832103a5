// JSON Schema of the crisis analysis (GET /api/crisis/{iso2}) for the OpenAPI document; docs/crisis.md describes
// each field. Every object stays open (additionalProperties) so that nothing is dropped on serialisation.

const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const text = { type: 'object', properties: { en: str, ru: str }, additionalProperties: true } as const;
const open = (properties: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: true,
});

const tie = open({
  id: str,
  counterpart: str,
  place: strOrNull,
  value: numOrNull,
  unit: strOrNull,
  source_id: str,
  source_ref: strOrNull,
});

const channel = open(
  {
    channel: str,
    category: {
      type: 'string',
      enum: ['culture', 'institutional', 'geographic', 'economic'],
      description: 'geographic (sea proximity): adds to nc, decides no framework',
    },
    basis: {
      type: 'string',
      enum: ['observed', 'derived', 'modelled'],
      description: 'modelled: apportioned from aggregates — label it "modelled" wherever it shows',
    },
    raw: { ...num, description: 'the region’s size on the channel, in `unit`' },
    unit: str,
    max: { ...num, description: 'the strongest region’s size for the same country' },
    strongestRegion: strOrNull,
    strength: { ...num, description: '0–1, relative to the strongest region (log or linear, per channel)' },
    share: { ...num, description: 'raw / Σ over regions (for reading; not scored)' },
    weight: num,
    freeze: num,
    contribution: { ...num, description: 'this channel’s part of nc' },
    baselineContribution: { ...num, description: 'this channel’s part of baselineNc' },
    ties: { type: 'array', items: tie },
  },
  ['channel', 'category', 'basis', 'raw', 'strength', 'contribution', 'ties'],
);

const framework = open(
  {
    recommendation: { type: 'string', enum: ['both', 'culture_image', 'political_plus', 'neither'] },
    cultureFit: num,
    softPower: open(
      {
        percentile: {
          ...numOrNull,
          description: 'percentile rank of the mean of the potential pillars read; null when not scored',
        },
        min_percentile: num,
        pillars: { type: 'array', items: str },
      },
      ['percentile', 'min_percentile', 'pillars'],
    ),
    politicalFit: num,
    institutionalChannels: { type: 'array', items: str },
    reason: { ...text, description: 'one sentence of reasons' },
    legalSteps: {
      type: 'array',
      items: open({ id: str, en: str, ru: str, source: str }),
    },
  },
  ['recommendation', 'reason', 'legalSteps'],
);

const row = open(
  {
    region: str,
    name_en: str,
    name_ru: str,
    status: str,
    class: { ...strOrNull, description: 'activity class: context only, not used in nc' },
    nc: {
      ...numOrNull,
      description: 'capacity under the scenario, on the baseline’s scale; null if not covered',
    },
    baselineNc: numOrNull,
    change: { ...numOrNull, description: 'nc − baselineNc' },
    band: { type: ['array', 'null'], items: num },
    rank: { type: ['integer', 'null'] },
    baselineRank: { type: ['integer', 'null'] },
    coverage_note: { oneOf: [text, { type: 'null' }] },
    channels: { type: 'array', items: channel },
    framework,
  },
  ['region', 'nc', 'baselineNc', 'change', 'channels', 'framework'],
);

const evidence = open(
  {
    channels: {
      type: 'array',
      description: 'per observed or derived channel with any tie: the national total with the country',
      items: open({
        channel: str,
        basis: { type: 'string', enum: ['observed', 'derived'] },
        total: num,
        unit: str,
        regions: { type: 'integer' },
      }),
    },
    observedTies: { type: 'integer', description: 'observed ties with the country in all regions' },
    thinBelow: { type: 'integer', description: 'the configured threshold (evidence.thin_below; 0 = off)' },
    thin: {
      type: 'boolean',
      description: 'fewer observed ties than thinBelow: the ranking rests on a handful',
    },
    note: { oneOf: [text, { type: 'null' }] },
  },
  ['channels', 'observedTies', 'thinBelow', 'thin', 'note'],
);

export const CrisisResponse = open(
  {
    country: str,
    scenario: str,
    scenario_label: text,
    evidence,
    openness: num,
    freeze: { type: 'object', additionalProperties: num },
    weightTotal: { ...num, description: 'W: Σ of every channel weight of the model (NC divides by it)' },
    activeChannels: { type: 'array', items: str },
    federal_context: open({
      embassies: {
        type: 'array',
        items: open({ counterpart: str, place: strOrNull, region: strOrNull, source_ref: strOrNull }),
      },
      note: text,
    }),
    rows: { type: 'array', items: row },
  },
  ['country', 'scenario', 'scenario_label', 'evidence', 'rows', 'federal_context', 'weightTotal'],
);
