import { describe, expect, it } from 'vitest';
import { axisScores, type ClassificationInput } from '../../src/classify/classify.js';
import { droppableSources, tieBootstrap, withoutSource } from '../../src/classify/data-replicates.js';
import { uninformative, withoutIndicators } from '../../src/classify/without-indicators.js';
import { parseTypology } from '../../src/classify/typology.js';
import { reweightTies } from '../../src/dataset/reweight-ties.js';
import type { IndexInput } from '../../src/engine/index-input.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import type { ObservationRow, TieRow } from '../../src/store/rows.js';

// Synthetic store, labelled as such: two regions, made-up ties and their derived counts.
const tie = (id: string, region: string, type: string, source: string, country = 'FI'): TieRow =>
  ({
    id,
    type,
    region_iso: region,
    country_iso2: country,
    source_id: source,
    scope: '*',
    value: 100,
    attrs: null,
  }) as TieRow;
const obs = (region: string, indicator: string, value: number, source: string): ObservationRow => ({
  region_iso: region,
  indicator_id: indicator,
  period: '2026',
  scope: '*',
  value,
  source_id: source,
  source_ref: null,
  flags: null,
});
const store = {
  regions: [
    { iso: 'R-A', population: 1e6 },
    { iso: 'R-B', population: 2e6 },
  ],
  ties: [
    tie('t1', 'R-A', 'twinning', 'twins'),
    tie('t2', 'R-A', 'twinning', 'twins', 'SE'),
    tie('t3', 'R-B', 'twinning', 'twins'),
    tie('b1', 'R-A', 'border', 'derived'),
    tie('m1', 'R-B', 'foreign_mission', 'missions'),
  ],
  observations: [
    obs('R-A', 'twin_pairs', 2, 'twins'),
    obs('R-B', 'twin_pairs', 1, 'twins'),
    obs('R-A', 'trade', 5, 'customs'),
    obs('R-B', 'trade', 7, 'customs'),
  ],
} as unknown as Snapshot;

describe('data replications', () => {
  it('reweighting ties recomputes the tie-derived indicators from the weights', () => {
    const r = reweightTies(store, (t) => (t.type === 'twinning' ? 2 : 1), 'test');
    const v = (region: string, id: string) =>
      r.observations.find((o) => o.region_iso === region && o.indicator_id === id)!.value;
    expect(v('R-A', 'twin_pairs')).toBe(4);
    expect(v('R-B', 'twin_pairs')).toBe(2);
    expect(v('R-A', 'trade')).toBe(5);
  });

  it('the Poisson bootstrap is seeded, leaves borders alone and averages weight 1', () => {
    const big = {
      ...store,
      ties: Array.from({ length: 2000 }, (_, i) => tie(`t${i}`, 'R-A', 'twinning', 'twins')),
    };
    const [a] = [...tieBootstrap(big, 1, 7)];
    const [b] = [...tieBootstrap(big, 1, 7)];
    expect(a!.ties.map((t) => t.weight)).toEqual(b!.ties.map((t) => t.weight));
    const total = a!.ties.reduce((s, t) => s + (t.weight ?? 1), 0);
    expect(total / 2000).toBeGreaterThan(0.9);
    expect(total / 2000).toBeLessThan(1.1);
    // about e^-1 of the ties are not drawn at all
    expect(1 - a!.ties.length / 2000).toBeGreaterThan(0.33);
    expect(1 - a!.ties.length / 2000).toBeLessThan(0.41);
    for (const rep of tieBootstrap(store, 20, 1))
      expect(rep.ties.find((t) => t.id === 'b1')?.weight ?? 1).toBe(1);
  });

  it('leaving a source out drops its ties and observations, keeping the others', () => {
    const r = withoutSource(store, 'twins');
    expect(r.ties.map((t) => t.id).sort()).toEqual(['b1', 'm1']);
    expect(r.observations.find((o) => o.region_iso === 'R-A' && o.indicator_id === 'twin_pairs')!.value).toBe(
      0,
    );
    expect(withoutSource(store, 'customs').observations.some((o) => o.indicator_id === 'trade')).toBe(false);
  });

  it('splits a source whose references cite tables by table; a renumbered table is one unit; population stays', () => {
    // Synthetic yearbook rows, labelled as such: two editions, GRP renumbered from 12.19 to 12.22.
    const ref = (edition: number, table: string) => `RSY ${edition}, t. ${table}, row 1 (synthetic)`;
    const yb = (indicator: string, edition: number, table: string): ObservationRow => ({
      ...obs('R-A', indicator, 1, 'yearbook'),
      period: String(edition - 1),
      source_ref: ref(edition, table),
    });
    const book = {
      ...store,
      observations: [
        ...store.observations,
        yb('grp', 2022, '12.19'),
        yb('grp', 2023, '12.22'),
        yb('grp_per_capita', 2023, '12.22'),
        yb('students', 2023, '7.2'),
        yb('population_thou', 2023, '2.1'),
        yb('population_internet_pct', 2023, '21.15'),
      ],
    } as Snapshot;
    expect(droppableSources(book)).toEqual([
      'customs',
      'missions',
      'twins',
      'yearbook t. 12.19/12.22',
      'yearbook t. 21.15',
      'yearbook t. 7.2',
    ]);
    const kept = (unit: string) =>
      withoutSource(book, unit)
        .observations.filter((o) => o.source_id === 'yearbook')
        .map((o) => `${o.indicator_id} ${o.period}`);
    // Both editions of GRP and GRP per capita leave together; students, internet use and population stay.
    expect(kept('yearbook t. 12.19/12.22')).toEqual([
      'students 2022',
      'population_thou 2022',
      'population_internet_pct 2022',
    ]);
    expect(kept('yearbook t. 7.2')).not.toContain('students 2022');
    expect(kept('yearbook t. 7.2')).toContain('grp 2021');
    // Population is never left out (every per-capita indicator divides by it).
    expect(kept('yearbook t. 2.1')).toContain('population_thou 2022');
  });

  it('drops uninformative indicators and the aggregates they leave empty', () => {
    const input = {
      data: {
        units: ['A', 'B'],
        columns: { x: Float64Array.of(1, 2), y: Float64Array.of(0, 0), z: Float64Array.of(NaN, NaN) },
      },
      groups: {},
      denominators: {},
      framework: {
        nodes: [
          { code: 'x', name: 'x', level: 1, parent: 'p', weight: 1, direction: 1, type: 'indicator' },
          { code: 'y', name: 'y', level: 1, parent: 'q', weight: 1, direction: 1, type: 'indicator' },
          { code: 'z', name: 'z', level: 1, parent: 'q', weight: 1, direction: 1, type: 'indicator' },
          { code: 'p', name: 'p', level: 2, parent: 'index', weight: 1, direction: 1, type: 'aggregate' },
          { code: 'q', name: 'q', level: 2, parent: 'index', weight: 1, direction: 1, type: 'aggregate' },
          { code: 'index', name: 'i', level: 3, parent: null, weight: 1, direction: 1, type: 'aggregate' },
        ],
      },
    } as IndexInput;
    const drop = uninformative(input);
    expect([...drop].sort()).toEqual(['y', 'z']);
    const out = withoutIndicators(input, drop);
    expect(out.framework.nodes.map((n) => n.code)).toEqual(['x', 'p', 'index']);
    expect(Object.keys(out.data.columns)).toEqual(['x']);
  });
});

describe('axis scales', () => {
  const typology = (scale: string) =>
    parseTypology(
      `name: t
axes:
  a: { name_en: A, name_ru: A, index: ix, from: [c] }
scale: ${scale}
tags: { arctic: { regions: [], source: s } }
classes:
  - { id: high, name_en: High, name_ru: Выс, rule: a >= 50, justification_en: j, justification_ru: j }
  - { id: rest, name_en: Rest, name_ru: Ост, rule: true, justification_en: j, justification_ru: j }
`,
      't.yaml',
      { variables: new Set(), columns: { ix: new Set(['c']) } },
    );
  const input: ClassificationInput = {
    units: ['A', 'B', 'C', 'D'],
    indices: { ix: { c: Float64Array.of(10, 20, 40, NaN) } },
    tags: new Map(),
    counts: new Map(),
    coverage: new Map(),
  };
  it('min-max puts the lowest at 0 and the highest at 100', () => {
    expect(axisScores(input, typology('minmax')).a).toEqual([0, (10 / 30) * 100, 100, null]);
  });
  it('percentile rank ignores the distances between regions', () => {
    expect(axisScores(input, typology('percentile')).a).toEqual([0, 50, 100, null]);
  });
});
