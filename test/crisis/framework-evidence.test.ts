import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCrisisModel, type CrisisModel, type Scenario } from '../../src/crisis/crisis-model.js';
import { evidenceSummary } from '../../src/crisis/evidence-summary.js';
import { frameworkFit } from '../../src/crisis/frameworks.js';
import { normalisationCapacity } from '../../src/crisis/normalisation-capacity.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
import type { TieRow } from '../../src/store/rows.js';
import { tie } from '../helpers/synthetic-snapshot.js';

// SYNTHETIC TEST DATA, made here: regions RU-A…RU-E and a country X, each region holding the channels named in its
// test. No potential scores are given, so the culture framework is judged on the channels alone.
const text = readFileSync(join(packageRoot(), 'config', 'crisis.default.yaml'), 'utf8');
const model = parseCrisisModel(text, 'crisis.default.yaml');
const quick: CrisisModel = { ...model, uncertainty: { ...model.uncertainty, runs: 0 } };
const alive: Scenario = { name: 'no freeze', freeze: {}, openness: {} };
const REGIONS = ['RU-A', 'RU-B', 'RU-C', 'RU-D', 'RU-E'];
const country = { iso2: 'X', name_en: 'Country X' };
const consulate = (region: string): TieRow => ({
  ...tie('foreign_mission', region, 'X'),
  attrs: JSON.stringify({ mission_type: 'consulate' }),
});
const fits = (ties: TieRow[], m: CrisisModel = quick) => {
  const rows = normalisationCapacity(REGIONS, ties, 'X', m, alive).rows;
  return (r: string) =>
    frameworkFit(
      rows.find((x) => x.region === r)!,
      country,
      m,
      null,
    );
};

describe('a modelled channel adds to capacity but cannot decide a framework on its own', () => {
  // RU-A: the strongest modelled trade (strength 1 ≥ 0.5) and nothing else; RU-B: the same modelled trade and the
  // partner's consular post; RU-C: weaker modelled trade (1 of 2: strength 0.5).
  const ties = [
    tie('trade_modelled', 'RU-A', 'X', 2),
    tie('trade_modelled', 'RU-B', 'X', 2),
    consulate('RU-B'),
    tie('trade_modelled', 'RU-C', 'X', 1),
  ];
  const fit = fits(ties);

  it('strong modelled trade alone gives no political plus, and the reason says why', () => {
    const f = fit('RU-A');
    expect(f.politicalFit).toBe(1);
    expect(f.recommendation).toBe('neither');
    expect(f.reason.en).toMatch(
      /political plus rests only on modelled evidence \(trade with the partner \(modelled\): 2 USD per 1,000 RUB of GRP, strength 1\.00 ≥ 0\.5\), which cannot decide a framework on its own\.$/,
    );
    expect(f.reason.ru).toMatch(
      /«политический плюс» опирается только на модельную оценку \(.*сила 1,00 ≥ 0,5\)/,
    );
    expect(f.legalSteps).toEqual([]);
    // It still adds to capacity: weight 1 of W, strength 1.
    const rowA = normalisationCapacity(REGIONS, ties, 'X', quick, alive).rows.find(
      (r) => r.region === 'RU-A',
    )!;
    const W = Object.values(model.channels).reduce((a, c) => a + c.weight, 0);
    expect(rowA.nc!).toBeCloseTo((100 * 1 * 1) / W, 12);
  });

  it('with an observed institutional channel the same trade is part of the political-plus reason', () => {
    const f = fit('RU-B');
    expect(f.recommendation).toBe('political_plus');
    expect(f.reason.en).toMatch(
      /its own institutional channels \(the partner's consular posts: 1\) and strong trade/,
    );
  });

  it('the rule is configuration: admitting modelled evidence restores the old behaviour', () => {
    const loose = {
      ...quick,
      evidence: { ...quick.evidence, decisive_basis: ['observed', 'derived', 'modelled'] },
    };
    expect(fits(ties, loose as CrisisModel)('RU-A').recommendation).toBe('political_plus');
  });

  it('the culture framework obeys the same rule (a people-to-people channel configured as modelled)', () => {
    const m = {
      ...quick,
      channels: { ...quick.channels, twinning: { ...quick.channels.twinning!, basis: 'modelled' as const } },
    };
    const f = fits([tie('twinning', 'RU-D', 'X'), tie('twinning', 'RU-D', 'X')], m)('RU-D');
    expect(f.cultureFit).toBe(1);
    expect(f.recommendation).toBe('neither');
    expect(f.reason.en).toMatch(
      /people-to-people ties rest only on modelled evidence \(twin towns \(modelled\): 2\)/,
    );
  });
});

describe('sea proximity is a maritime neighbour: geography, not a 179-FZ border', () => {
  // RU-A: a coast within 400 nm of X (300 weighted km) and nothing else; RU-B: the same coast and a land border.
  const fit = fits([
    tie('sea_proximity', 'RU-A', 'X', 300),
    tie('sea_proximity', 'RU-B', 'X', 300),
    tie('border', 'RU-B', 'X', 120),
  ]);

  it('a coast alone gives no political plus, is named as geography, and cites no 179-FZ', () => {
    const f = fit('RU-A');
    expect(f.institutionalChannels).toEqual([]);
    expect(f.recommendation).toBe('neither');
    expect(f.reason.en).toMatch(
      /maritime neighbour \(within 400 nautical miles\): 300 km — geography, which decides no framework\.$/,
    );
    expect(f.reason.ru).toMatch(/морской сосед \(в пределах 400 морских миль\): 300 км — география/);
    expect(f.reason.en).not.toMatch(/179-FZ/);
    expect(f.reason.ru).not.toMatch(/179-ФЗ/);
  });

  it('with a land border: political plus, 179-FZ after the border only, and the cross-border step', () => {
    const f = fit('RU-B');
    expect(f.institutionalChannels).toEqual(['border']);
    expect(f.recommendation).toBe('political_plus');
    expect(f.reason.en.match(/179-FZ/g)).toHaveLength(1);
    expect(f.reason.en).toMatch(/land border: 120 km — cross-border cooperation under 179-FZ/);
    expect(f.legalSteps.map((s) => s.id)).toContain('cross_border');
  });
});

describe('thin evidence: the national total of observed ties with a country', () => {
  const twins = (n: number) => Array.from({ length: n }, (_, i) => tie('twinning', REGIONS[i % 5]!, 'X'));
  const summary = (ties: TieRow[], m: CrisisModel = quick) =>
    evidenceSummary(normalisationCapacity(REGIONS, ties, 'X', m, alive).rows, m);

  it('4 twin pairs (fewer than the default 5) are flagged; 5 are not; the note gives the count in both languages', () => {
    const four = summary([...twins(4), tie('trade_modelled', 'RU-A', 'X', 3)]);
    expect(four.observedTies).toBe(4);
    expect(four.thin).toBe(true);
    expect(four.note!.en).toMatch(
      /^Thin evidence: 4 observed ties with this country in all regions \(threshold 5\)\./,
    );
    expect(four.note!.ru).toMatch(
      /^Мало данных: наблюдаемых связей со страной во всех регионах — 4 \(порог — 5\)\./,
    );
    // Per channel: twinning 4 ties in 4 regions; the modelled channel is not summed (an intensity).
    expect(four.channels).toEqual([
      { channel: 'twinning', basis: 'observed', total: 4, unit: 'ties', regions: 4 },
    ]);
    const five = summary(twins(5));
    expect(five.observedTies).toBe(5);
    expect(five.thin).toBe(false);
    expect(five.note).toBeNull();
  });

  it('geometry is shown but is not a tie count; the threshold is configuration (0 turns it off)', () => {
    const s = summary([tie('border', 'RU-A', 'X', 100), tie('border', 'RU-B', 'X', 50), ...twins(1)]);
    expect(s.channels.find((c) => c.channel === 'border')).toEqual({
      channel: 'border',
      basis: 'derived',
      total: 150,
      unit: 'km',
      regions: 2,
    });
    expect(s.observedTies).toBe(1);
    expect(s.thin).toBe(true);
    expect(summary(twins(1), { ...quick, evidence: { ...quick.evidence, thin_below: 0 } }).thin).toBe(false);
  });
});

describe('the model file', () => {
  it('refuses a legal note in one language only, and an unknown evidence basis, naming the field', () => {
    const oneLanguage = text.replace(/\n\s*note_ru: [^\n]*/, '');
    expect(() => parseCrisisModel(oneLanguage, 'm.yaml')).toThrow(
      /m\.yaml: invalid crisis model:\n\s+channels\.border: note_en and note_ru go together/,
    );
    const badBasis = text.replace(
      'decisive_basis: [observed, derived]',
      'decisive_basis: [observed, guessed]',
    );
    expect(() => parseCrisisModel(badBasis, 'm.yaml')).toThrow(/evidence\.decisive_basis\.1: /);
  });
});
