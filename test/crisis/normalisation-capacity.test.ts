import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelStrengths } from '../../src/crisis/channel-strengths.js';
import { parseCrisisModel, parseScenario, type Scenario } from '../../src/crisis/crisis-model.js';
import { frameworkFit } from '../../src/crisis/frameworks.js';
import { normalisationCapacity } from '../../src/crisis/normalisation-capacity.js';
import { softPowerPotential } from '../../src/crisis/soft-power-potential.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
import type { TieRow } from '../../src/store/rows.js';
import { mulberry32 } from '../../src/engine/random/mulberry32.js';
import { syntheticSnapshot, tie } from '../helpers/synthetic-snapshot.js';

const model = parseCrisisModel(
  readFileSync(join(packageRoot(), 'config', 'crisis.default.yaml'), 'utf8'),
  'crisis.default.yaml',
);
const alive: Scenario = { name: 'no freeze', freeze: {}, openness: {} };
const ABC = ['RU-A', 'RU-B', 'RU-C'];
const quick = { ...model, uncertainty: { ...model.uncertainty, runs: 0 } };
const country = { iso2: 'X', name_en: 'Country X' };
const mission = (region: string, kind: string): TieRow => ({
  ...tie('foreign_mission', region, 'X'),
  attrs: JSON.stringify({ mission_type: kind }),
});
const nc = (ties: TieRow[], region: string, scenario: Scenario = alive, regions = ABC) =>
  normalisationCapacity(regions, ties, 'X', model, scenario).rows.find((r) => r.region === region)!.nc!;

describe('normalisation capacity (synthetic networks, answers known by construction)', () => {
  it('a region that is the only channel to a country ranks first; the others have no capacity', () => {
    const s = syntheticSnapshot([
      tie('twinning', 'RU-B', 'X'),
      tie('twinning', 'RU-B', 'X'),
      tie('twinning', 'RU-A', 'Y'),
    ]);
    const r = normalisationCapacity(ABC, s.ties, 'X', model, alive);
    expect(r.rows[0]!.region).toBe('RU-B');
    expect(r.rows[0]!.rank).toBe(1);
    expect(r.rows.filter((x) => x.region !== 'RU-B').every((x) => x.nc === 0)).toBe(true);
  });

  it('strength is relative to the strongest region on the channel: log for counts, linear for border km', () => {
    const ties = [
      ...Array.from({ length: 3 }, () => tie('twinning', 'RU-A', 'X')),
      tie('twinning', 'RU-B', 'X'),
      tie('border', 'RU-B', 'X', 1800),
      tie('border', 'RU-C', 'X', 450),
    ];
    const st = channelStrengths(ABC, ties, 'X', model);
    const get = (r: string, k: string) => st.get(r)!.find((c) => c.channel === k)!;
    expect(get('RU-A', 'twinning').strength).toBe(1);
    expect(get('RU-B', 'twinning').strength).toBeCloseTo(Math.log(2) / Math.log(4), 14);
    expect(get('RU-C', 'border').strength).toBeCloseTo(0.25, 14);
    expect(get('RU-C', 'border').strongestRegion).toBe('RU-B');
    // NC = 100 Σ w a / W, W the sum of every channel weight of the model.
    const W = Object.values(model.channels).reduce((a, c) => a + c.weight, 0);
    expect(nc(ties, 'RU-C')).toBeCloseTo((100 * model.channels.border!.weight * 0.25) / W, 12);
  });

  it("the partner's embassy is nobody's channel; its consular posts are the region's", () => {
    const ties = [
      mission('RU-A', 'embassy'),
      mission('RU-B', 'consulate general'),
      mission('RU-C', 'honorary consulate'),
    ];
    expect(nc(ties, 'RU-A')).toBe(0);
    expect(nc(ties, 'RU-B')).toBeGreaterThan(0);
    expect(nc(ties, 'RU-C')).toBeCloseTo(nc(ties, 'RU-B'), 12);
    // An imported consular post (type `consulate`) is on the same channel.
    const imported = [mission('RU-B', 'consulate general'), tie('consulate', 'RU-A', 'X')];
    expect(nc(imported, 'RU-A')).toBeCloseTo(nc(imported, 'RU-B'), 12);
  });

  it('a region strong on one channel is not capped by channel types it lacks', () => {
    // A: 40 twin pairs; B: one twin pair and a border. A must not fall below B on twinning grounds alone.
    const ties = [
      ...Array.from({ length: 40 }, () => tie('twinning', 'RU-A', 'X')),
      tie('twinning', 'RU-B', 'X'),
    ];
    const before = nc(ties, 'RU-A');
    expect(nc([...ties, tie('border', 'RU-B', 'X', 300)], 'RU-A')).toBe(before);
    expect(before).toBeGreaterThan(nc(ties, 'RU-B'));
  });

  it('freezing a channel removes exactly its contribution; the baseline stays on its own scale', () => {
    const ties = [
      tie('twinning', 'RU-A', 'X'),
      tie('border', 'RU-A', 'X', 100),
      tie('twinning', 'RU-B', 'X'),
    ];
    const before = normalisationCapacity(ABC, ties, 'X', model, alive).rows.find((r) => r.region === 'RU-A')!;
    const frozen = normalisationCapacity(ABC, ties, 'X', model, {
      name: 'freeze twinning',
      freeze: { twinning: 0 },
      openness: {},
    }).rows.find((r) => r.region === 'RU-A')!;
    const twinning = before.channels.find((c) => c.channel === 'twinning')!.contribution;
    expect(twinning).toBeGreaterThan(0);
    expect(frozen.nc!).toBeCloseTo(before.nc! - twinning, 12);
    expect(frozen.baselineNc).toBe(before.nc);
    expect(frozen.change!).toBeCloseTo(-twinning, 12);
  });

  it('openness scales capacity; regions the sources do not cover have none (missing, not zero)', () => {
    const ties = [tie('twinning', 'RU-A', 'X')];
    const closed = nc(ties, 'RU-A', { name: 'o', freeze: {}, openness: { X: 0.25 } });
    expect(closed).toBeCloseTo(nc(ties, 'RU-A') * 0.25, 12);
    const r = normalisationCapacity(ABC, ties, 'X', model, alive, new Set(['RU-A'])).rows;
    expect(r.find((x) => x.region === 'RU-A')!.nc).toBeNull();
    expect(r.at(-1)!.region).toBe('RU-A');
  });

  it('is deterministic for the model’s seed, with the nominal value inside its band', () => {
    const ties = [tie('twinning', 'RU-A', 'X'), tie('border', 'RU-A', 'X', 50), tie('twinning', 'RU-B', 'X')];
    const a = normalisationCapacity(ABC, ties, 'X', model, model.default_scenario);
    expect(normalisationCapacity(ABC, ties, 'X', model, model.default_scenario)).toEqual(a);
    for (const r of a.rows)
      if (r.nc) expect(r.band![0] <= r.nc + 1e-9 && r.nc <= r.band![1] + 1e-9, r.region).toBe(true);
  });

  it('channels trace to the ties and their sources', () => {
    const row = normalisationCapacity(ABC, [tie('twinning', 'RU-A', 'X')], 'X', model, alive).rows[0]!;
    expect(row.channels[0]!.ties[0]).toMatchObject({
      source_id: 'synthetic',
      source_ref: expect.stringMatching(/^synthetic tie/),
    });
  });
});

// SYNTHETIC TEST DATA: random tie sets generated here (seeded), to check properties that must hold for any data.
describe('capacity properties over random synthetic tie sets', () => {
  const REGIONS = ['RU-A', 'RU-B', 'RU-C', 'RU-D', 'RU-E'];
  const channels = Object.entries(model.channels).filter(([, c]) => c.basis !== 'modelled');
  const randomTie = (rand: () => number, region?: string): TieRow => {
    const [, c] = channels[Math.floor(rand() * channels.length)]!;
    const r = region ?? REGIONS[Math.floor(rand() * REGIONS.length)]!;
    const t = tie(c.tie_types[0]!, r, 'X', c.measure === 'value' ? Math.round(1 + rand() * 2000) : null);
    return c.mission === 'consular'
      ? { ...t, attrs: JSON.stringify({ mission_type: 'consulate general' }) }
      : t;
  };
  const cases = Array.from({ length: 200 }, (_, i) => {
    const rand = mulberry32(1000 + i);
    const ties = Array.from({ length: Math.floor(rand() * 25) }, () => randomTie(rand));
    return { rand, ties };
  });
  const scenario = (rand: () => number): Scenario => ({
    name: 'random',
    freeze: Object.fromEntries(channels.map(([k]) => [k, Math.round(rand() * 10) / 10])),
    openness: { X: 0.2 + 0.8 * rand() },
  });
  const ncOf = (ties: TieRow[], r: string, sc: Scenario) =>
    normalisationCapacity(
      REGIONS,
      ties,
      'X',
      { ...model, uncertainty: { ...model.uncertainty, runs: 0 } },
      sc,
    ).rows.find((x) => x.region === r)!.nc!;

  it('adding a tie to a region never lowers its capacity', () => {
    for (const { rand, ties } of cases) {
      const r = REGIONS[Math.floor(rand() * REGIONS.length)]!;
      const sc = scenario(rand);
      expect(ncOf([...ties, randomTie(rand, r)], r, sc)).toBeGreaterThanOrEqual(ncOf(ties, r, sc) - 1e-9);
    }
  });

  it('freezing a channel removes exactly its contribution and nothing else', () => {
    for (const { rand, ties } of cases) {
      const r = REGIONS[Math.floor(rand() * REGIONS.length)]!;
      const [k] = channels[Math.floor(rand() * channels.length)]!;
      const before = normalisationCapacity(REGIONS, ties, 'X', model, alive).rows.find(
        (x) => x.region === r,
      )!;
      const part = before.channels.find((c) => c.channel === k)?.contribution ?? 0;
      const after = ncOf(ties, r, { name: 'f', freeze: { [k]: 0 }, openness: {} });
      expect(after).toBeCloseTo(before.nc! - part, 9);
    }
  });

  it('capacity does not change when another region gains a channel type it lacks', () => {
    for (const { rand, ties } of cases) {
      const r = REGIONS[Math.floor(rand() * REGIONS.length)]!;
      const other = REGIONS.find((x) => x !== r)!;
      const sc = scenario(rand);
      const has = new Set(
        normalisationCapacity(REGIONS, ties, 'X', quick, alive)
          .rows.find((x) => x.region === r)!
          .channels.map((c) => c.channel),
      );
      const missing = channels.filter(([k]) => !has.has(k));
      if (!missing.length) continue;
      const [, c] = missing[Math.floor(rand() * missing.length)]!;
      const gained = { ...tie(c.tie_types[0]!, other, 'X', c.measure === 'value' ? 500 : null) };
      if (c.mission === 'consular') gained.attrs = JSON.stringify({ mission_type: 'consulate' });
      expect(ncOf([...ties, gained], r, sc)).toBe(ncOf(ties, r, sc));
    }
  });
});

describe('the two frameworks follow the region’s own channels, not its activity class', () => {
  const ties = [
    tie('twinning', 'RU-A', 'X'),
    tie('twinning', 'RU-A', 'X'),
    tie('border', 'RU-B', 'X', 120),
    tie('twinning', 'RU-C', 'Y'),
    mission('RU-C', 'embassy'),
  ];
  const rows = normalisationCapacity(ABC, ties, 'X', model, alive).rows;
  // Synthetic potential scores, labelled as such: the regions equal on the culture pillars (50th percentile each).
  const middling = softPowerPotential(
    new Map(ABC.map((r) => [r, { potential: { culture: 50, knowledge: 50, attraction: 50 } }])),
    model,
  );
  const fit = (r: string) =>
    frameworkFit(
      rows.find((x) => x.region === r)!,
      country,
      model,
      middling.get(r)!,
    );

  it('culture and image-building for a region whose ties with the partner are people-to-people', () => {
    expect(fit('RU-A').recommendation).toBe('culture_image');
    expect(fit('RU-A').legalSteps.map((x) => x.id)).toEqual(['notify', 'approve_draft', 'register']);
    expect(fit('RU-A').reason.en).toMatch(
      /^Culture and image-building with Country X: people-to-people ties \(twin towns: 2\)/,
    );
  });
  it('political plus for a region with an institutional channel (a border), with the 179-FZ step', () => {
    const f = fit('RU-B');
    expect(f.institutionalChannels).toEqual(['border']);
    expect(f.recommendation).toBe('political_plus');
    expect(f.legalSteps.map((x) => x.id)).toEqual(
      expect.arrayContaining(['government_consent', 'coordinate_messages', 'cross_border']),
    );
    expect(f.reason.en).toMatch(/land border: 120 km — cross-border cooperation under 179-FZ/);
    expect(f.reason.ru).toMatch(/179-ФЗ/);
  });
  it('neither, with its reason, for a region whose only link is the partner’s embassy', () => {
    const f = fit('RU-C');
    expect(f.recommendation).toBe('neither');
    expect(f.reason.en).toBe('Neither framework: no channel of this region with Country X in the data.');
    expect(f.reason.ru).toMatch(/^Ни одна модель: /);
    expect(f.legalSteps).toEqual([]);
  });
  it('every reason is one sentence in each language', () => {
    for (const r of ABC) {
      const { en, ru } = fit(r).reason;
      for (const text of [en, ru]) expect(text.match(/\.(\s|$)/g), text).toHaveLength(1);
    }
  });
});

describe('culture and image-building also reads the region’s soft-power potential', () => {
  // Synthetic regions, labelled as such: RU-HI and RU-LO hold the same people-to-people channel with X (two twin
  // towns each); their potential pillars differ. Eight more regions spread the potential scale between them.
  const regions = ['RU-HI', 'RU-LO', ...Array.from({ length: 8 }, (_, i) => `RU-M${i}`)];
  const ties = [...['RU-HI', 'RU-LO'].flatMap((r) => [tie('twinning', r, 'X'), tie('twinning', r, 'X')])];
  const rows = normalisationCapacity(regions, ties, 'X', model, alive).rows;
  const pillars = (x: number) => ({ potential: { culture: x, knowledge: x, attraction: x, economy: 50 } });
  const scores = new Map(
    regions.map((r, i) => [r, pillars(r === 'RU-HI' ? 90 : r === 'RU-LO' ? 5 : 10 + i * 8)]),
  );
  const fitWith = (m: typeof model, r: string, s = scores) =>
    frameworkFit(
      rows.find((x) => x.region === r)!,
      country,
      m,
      softPowerPotential(s, m).get(r) ?? null,
    );

  it('the same channels fit with high potential and not with low potential, the evidence in both reasons', () => {
    const hi = fitWith(model, 'RU-HI');
    const lo = fitWith(model, 'RU-LO');
    expect(rows.find((x) => x.region === 'RU-HI')!.channels).toEqual(
      rows.find((x) => x.region === 'RU-LO')!.channels.map((c) => ({ ...c, ties: expect.any(Array) })),
    );
    expect(hi.cultureFit).toBe(lo.cultureFit);
    // RU-HI is the highest of ten on the culture pillars (100th percentile), RU-LO the lowest (0th).
    expect(hi.softPower.percentile).toBe(100);
    expect(lo.softPower.percentile).toBe(0);
    expect(hi.recommendation).toBe('culture_image');
    expect(lo.recommendation).toBe('neither');
    expect(hi.reason.en).toBe(
      'Culture and image-building with Country X: people-to-people ties (twin towns: 2) and soft-power potential at the 100th percentile (culture and heritage, education and science, tourist attraction); no institutional channel.',
    );
    expect(lo.reason.en).toMatch(
      /people-to-people ties \(twin towns: 2\) but too little soft-power potential for culture and image-building \(culture and heritage, education and science, tourist attraction at the 0th percentile < 30th\)/,
    );
    expect(hi.reason.ru).toMatch(/потенциал мягкой силы — 100-й процентиль \(культура и наследие/);
    expect(lo.reason.ru).toMatch(/потенциала мягкой силы мало для культурно-имиджевой модели/);
    for (const f of [hi, lo])
      for (const text of [f.reason.en, f.reason.ru]) expect(text.match(/\.(\s|$)/g), text).toHaveLength(1);
  });

  it('the threshold is configuration: at 0 the potential no longer gates; pillars are read as configured', () => {
    type Potential = typeof model.frameworks.culture_image.potential;
    const withPotential = (over: Partial<Potential>) => ({
      ...model,
      frameworks: {
        ...model.frameworks,
        culture_image: {
          ...model.frameworks.culture_image,
          potential: { ...model.frameworks.culture_image.potential, ...over },
        },
      },
    });
    expect(fitWith(withPotential({ min_percentile: 0 }), 'RU-LO').recommendation).toBe('culture_image');
    // Reading the economy pillar instead (equal for all), RU-LO is no longer the lowest.
    const economy = withPotential({ from: ['economy'] });
    expect(fitWith(economy, 'RU-LO').softPower.percentile).toBe(50);
    expect(fitWith(economy, 'RU-LO').recommendation).toBe('culture_image');
  });

  it('a region with no potential score is judged on its channels alone, and the reason says so', () => {
    const gap = new Map(scores);
    gap.set('RU-LO', { potential: { culture: null, knowledge: 5, attraction: 5, economy: 50 } } as never);
    const f = fitWith(model, 'RU-LO', gap);
    expect(f.softPower.percentile).toBeNull();
    expect(f.recommendation).toBe('culture_image');
    expect(f.reason.en).toMatch(
      /soft-power potential not scored \(missing data\), so judged on the ties alone/,
    );
    expect(f.reason.ru).toMatch(/потенциал мягкой силы не оценён/);
  });

  it('a pillar the potential index does not have is refused, naming the field', () => {
    const text = readFileSync(join(packageRoot(), 'config', 'crisis.default.yaml'), 'utf8').replace(
      'from: [culture, knowledge, attraction]',
      'from: [culture, museums]',
    );
    expect(() => parseCrisisModel(text, 'm.yaml')).toThrow(
      /m\.yaml: frameworks\.culture_image\.potential\.from: "museums" is not a pillar of the potential index/,
    );
  });
});

describe('scenario files', () => {
  it('the bundled example scenario is valid; unknown channels are rejected naming the field', () => {
    const text = readFileSync(join(packageRoot(), 'config', 'scenarios', 'eu-freeze-2022.yaml'), 'utf8');
    expect(parseScenario(text, 'eu.yaml', model).countries).toHaveLength(27);
    expect(() => parseScenario('name: x\nfreeze: { twinnig: 0 }\n', 'bad.yaml', model)).toThrow(
      /bad\.yaml: freeze\.twinnig: unknown channel/,
    );
    expect(() => parseScenario('name: x\nfreeze: { twinning: 2 }\n', 'bad.yaml', model)).toThrow(
      /freeze\.twinning/,
    );
  });
});
