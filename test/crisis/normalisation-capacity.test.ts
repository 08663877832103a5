import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelStrengths } from '../../src/crisis/channel-strengths.js';
import { parseCrisisModel, parseScenario, type Scenario } from '../../src/crisis/crisis-model.js';
import { frameworkFit } from '../../src/crisis/frameworks.js';
import { normalisationCapacity, type RegionStanding } from '../../src/crisis/normalisation-capacity.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { syntheticSnapshot, tie } from '../helpers/synthetic-snapshot.js';

const model = parseCrisisModel(
  readFileSync(join(packageRoot(), 'config', 'crisis.default.yaml'), 'utf8'),
  'crisis.default.yaml',
);
const alive: Scenario = { name: 'no freeze', freeze: {}, openness: {} };
const standing = (cls: string): RegionStanding => ({ class: cls, probabilities: { [cls]: 1 } });
const all = (cls = 'active') => new Map(['RU-A', 'RU-B', 'RU-C'].map((r) => [r, standing(cls)]));

describe('normalisation capacity (synthetic networks, answers known by construction)', () => {
  it('a region that is the only channel to a country ranks first; the others have no capacity', () => {
    const s = syntheticSnapshot([
      tie('twinning', 'RU-B', 'X'),
      tie('twinning', 'RU-B', 'X'),
      tie('twinning', 'RU-A', 'Y'),
    ]);
    const r = normalisationCapacity(all(), s.ties, 'X', model, alive);
    expect(r.rows[0]!.region).toBe('RU-B');
    expect(r.rows[0]!.rank).toBe(1);
    expect(r.rows.filter((x) => x.region !== 'RU-B').every((x) => x.nc === 0)).toBe(true);
  });

  it('shares sum to 1 per country and channel', () => {
    const s = syntheticSnapshot([
      tie('twinning', 'RU-A', 'X'),
      tie('twinning', 'RU-B', 'X'),
      tie('twinning', 'RU-B', 'X'),
      tie('border', 'RU-C', 'X'),
      tie('foreign_mission', 'RU-A', 'X'),
      tie('foreign_mission', 'RU-C', 'X'),
    ]);
    const st = channelStrengths(['RU-A', 'RU-B', 'RU-C'], s.ties, 'X', model);
    for (const channel of ['twinning', 'border', 'foreign_mission']) {
      const total = [...st.values()]
        .flat()
        .filter((c) => c.channel === channel)
        .reduce((a, c) => a + c.share, 0);
      expect(total, channel).toBeCloseTo(1, 14);
    }
    expect(st.get('RU-B')!.find((c) => c.channel === 'twinning')!.share).toBeCloseTo(2 / 3, 14);
    expect(st.get('RU-B')!.find((c) => c.channel === 'twinning')!.strength).toBe(1);
  });

  it('freezing a channel type removes exactly its contribution', () => {
    const s = syntheticSnapshot([
      tie('twinning', 'RU-A', 'X'),
      tie('border', 'RU-A', 'X'),
      tie('twinning', 'RU-B', 'X'),
    ]);
    const before = normalisationCapacity(all(), s.ties, 'X', model, alive).rows.find(
      (r) => r.region === 'RU-A',
    )!;
    const frozen = normalisationCapacity(all(), s.ties, 'X', model, {
      name: 'freeze twinning',
      freeze: { twinning: 0 },
      openness: {},
    }).rows.find((r) => r.region === 'RU-A')!;
    const twinning = before.channels.find((c) => c.channel === 'twinning')!.contribution;
    expect(twinning).toBeGreaterThan(0);
    expect(frozen.nc!).toBeCloseTo(before.nc! - twinning, 12);
    // Half-freezing removes half of it.
    const half = normalisationCapacity(all(), s.ties, 'X', model, {
      name: 'half',
      freeze: { twinning: 0.5 },
      openness: {},
    }).rows.find((r) => r.region === 'RU-A')!;
    expect(half.nc!).toBeCloseTo(before.nc! - twinning / 2, 12);
  });

  it('openness and the activity class scale capacity; missing class means missing capacity', () => {
    const s = syntheticSnapshot([tie('twinning', 'RU-A', 'X')]);
    const base = normalisationCapacity(all('leaders'), s.ties, 'X', model, alive).rows[0]!.nc!;
    const closed = normalisationCapacity(all('leaders'), s.ties, 'X', model, {
      name: 'o',
      freeze: {},
      openness: { X: 0.25 },
    }).rows[0]!.nc!;
    expect(closed).toBeCloseTo(base * 0.25, 12);
    const passive = normalisationCapacity(all('passive'), s.ties, 'X', model, alive).rows[0]!.nc!;
    expect(passive).toBeCloseTo(
      base * (model.class_multipliers.passive! / model.class_multipliers.leaders!),
      12,
    );
    const noData = normalisationCapacity(new Map([['RU-A', standing('no_data')]]), s.ties, 'X', model, alive)
      .rows[0]!;
    expect(noData.nc).toBeNull();
  });

  it('is deterministic for the model’s seed, with the nominal value inside its band', () => {
    const s = syntheticSnapshot([
      tie('twinning', 'RU-A', 'X'),
      tie('border', 'RU-A', 'X'),
      tie('twinning', 'RU-B', 'X'),
    ]);
    const a = normalisationCapacity(all(), s.ties, 'X', model, model.default_scenario);
    const b = normalisationCapacity(all(), s.ties, 'X', model, model.default_scenario);
    expect(b).toEqual(a);
    for (const r of a.rows)
      if (r.nc) expect(r.band![0] <= r.nc + 1e-9 && r.nc <= r.band![1] + 1e-9, r.region).toBe(true);
  });

  it('reasons trace to the ties and their sources', () => {
    const s = syntheticSnapshot([tie('twinning', 'RU-A', 'X')]);
    const row = normalisationCapacity(all(), s.ties, 'X', model, alive).rows[0]!;
    expect(row.channels[0]!.ties[0]).toMatchObject({
      source_id: 'synthetic',
      source_ref: expect.stringMatching(/^synthetic tie/),
    });
  });
});

describe('the two frameworks', () => {
  const s = syntheticSnapshot([
    tie('twinning', 'RU-A', 'X'),
    tie('twinning', 'RU-A', 'X'),
    tie('border', 'RU-B', 'X'),
    tie('twinning', 'RU-C', 'Y'),
  ]);
  const rows = normalisationCapacity(all(), s.ties, 'X', model, alive).rows;
  const fit = (r: string) =>
    frameworkFit(
      rows.find((x) => x.region === r)!,
      'X',
      model,
    );

  it('culture and image-building for a region whose ties with the partner are cultural', () => {
    expect(fit('RU-A').recommendation).toBe('culture_image');
    expect(fit('RU-A').legalSteps.map((x) => x.id)).toEqual(['notify', 'approve_draft', 'register']);
  });
  it('political plus for a region with its own political channel (a border) and enough capacity', () => {
    const f = fit('RU-B');
    expect(f.ownChannels).toEqual(['border']);
    expect(f.recommendation).toBe('political_plus');
    // Dealings with the partner's central government need the Government's consent; border subjects get 179-FZ.
    expect(f.legalSteps.map((x) => x.id)).toEqual(
      expect.arrayContaining(['government_consent', 'coordinate_messages', 'cross_border']),
    );
  });
  it('neither for a region with no ties to the partner', () => {
    expect(fit('RU-C').recommendation).toBe('neither');
  });
  it('political plus needs an eligible activity class', () => {
    const low = normalisationCapacity(all('passive'), s.ties, 'X', model, alive).rows.find(
      (x) => x.region === 'RU-B',
    )!;
    expect(frameworkFit(low, 'X', model).recommendation).not.toBe('political_plus');
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
