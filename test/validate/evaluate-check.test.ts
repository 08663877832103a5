import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../src/validate/evaluate-check.js';
import { parseExpectations } from '../../src/validate/expectations.js';
import type { CrisisStanding, ModelView } from '../../src/validate/model-view.js';
import { rankBiserial } from '../../src/validate/rank-biserial.js';
import type { TieRow } from '../../src/store/rows.js';

// Synthetic model, labelled as such: three regions, made-up ties and scores for exercising the checks.
const tie = (region: string, country: string, type: string, value: number | null = null): TieRow =>
  ({
    id: `${type}:${region}:${country}:${value}`,
    type,
    region_iso: region,
    country_iso2: country,
    value,
    scope: '*',
  }) as TieRow;

function view(over: Partial<ModelView> = {}): ModelView {
  const crisis: Record<string, CrisisStanding[]> = {
    FI: [
      { region: 'R-A', rank: 1, score: 30, channels: ['border'] },
      { region: 'R-B', rank: 2, score: 10, channels: ['twinning'] },
      { region: 'R-C', rank: null, score: null, channels: [] },
    ],
  };
  return {
    regionNames: new Map([
      ['R-A', 'A'],
      ['R-B', 'B'],
      ['R-C', 'C'],
    ]),
    ties: [
      tie('R-A', 'FI', 'border', 700),
      tie('R-B', 'FI', 'border', 100),
      tie('R-B', 'FI', 'twinning'),
      tie('R-B', 'SE', 'twinning'),
      tie('R-B', 'SE', 'twinning'),
    ],
    tags: new Map([
      ['R-A', { border: true }],
      ['R-B', { border: true }],
      ['R-C', { border: false }],
    ]),
    indices: {
      activity: new Map([
        ['R-A', 3],
        ['R-B', 2],
        ['R-C', 1],
      ]),
    },
    classes: new Map([
      ['R-A', 'leaders'],
      ['R-B', 'active'],
      ['R-C', 'insufficient_data'],
    ]),
    classNames: new Map([['leaders', 'Leaders']]),
    classWhy: new Map(),
    crisis: (c) => crisis[c] ?? [],
    ...over,
  };
}

describe('validation checks', () => {
  it('rank-biserial correlation matches the Mann–Whitney U by hand', () => {
    // members score 5 and 3; non-members 4, 2, 1: member wins 5 of 6 pairs → AUC 5/6 → r = 2/3.
    expect(rankBiserial([5, 3, 4, 2, 1], [true, true, false, false, false])).toBeCloseTo(2 / 3, 12);
    expect(rankBiserial([1, 2], [true, false])).toBe(-1);
    // a tie counts half: AUC 0.5 → 0
    expect(rankBiserial([1, 1], [true, false])).toBe(0);
  });

  it('passes a land border the ties hold and fails one they do not, naming what is there', () => {
    expect(evaluateCheck({ kind: 'land_border', region: ['R-A'], country: 'FI' }, view()).status).toBe(
      'pass',
    );
    const f = evaluateCheck({ kind: 'land_border', region: ['R-A', 'R-C'], country: 'FI' }, view());
    expect(f.status).toBe('fail');
    expect(f.explanation).toContain('C has no border segment with FI');
  });

  it('orders border lengths and compares a published length within the tolerance', () => {
    expect(evaluateCheck({ kind: 'longest_border', region: 'R-A', country: 'FI' }, view()).status).toBe(
      'pass',
    );
    expect(evaluateCheck({ kind: 'longest_border', region: 'R-B', country: 'FI' }, view()).status).toBe(
      'fail',
    );
    expect(
      evaluateCheck({ kind: 'border_length', region: 'R-A', country: 'FI', km: 800, tolerance: 0.2 }, view())
        .status,
    ).toBe('pass');
    expect(
      evaluateCheck({ kind: 'border_length', region: 'R-A', country: 'FI', km: 1000, tolerance: 0.2 }, view())
        .status,
    ).toBe('fail');
  });

  it('finds the top partner by tie count', () => {
    expect(
      evaluateCheck({ kind: 'top_partner', region: 'R-B', country: 'SE', tie: 'twinning' }, view()).status,
    ).toBe('pass');
    expect(
      evaluateCheck({ kind: 'top_partner', region: 'R-B', country: 'FI', tie: 'twinning' }, view()).status,
    ).toBe('fail');
  });

  it('reads ranks, medians and classes; an index the model lacks is not evaluated rather than failed', () => {
    expect(evaluateCheck({ kind: 'rank_top', index: 'activity', region: 'R-B', n: 2 }, view()).status).toBe(
      'pass',
    );
    expect(evaluateCheck({ kind: 'rank_top', index: 'activity', region: 'R-C', n: 2 }, view()).status).toBe(
      'fail',
    );
    expect(evaluateCheck({ kind: 'above_median', index: 'activity', region: 'R-A' }, view()).status).toBe(
      'pass',
    );
    expect(evaluateCheck({ kind: 'rank_top', index: 'potential', region: 'R-A', n: 2 }, view()).status).toBe(
      'not_evaluated',
    );
    expect(evaluateCheck({ kind: 'class_in', region: ['R-A'], classes: ['leaders'] }, view()).status).toBe(
      'pass',
    );
    expect(
      evaluateCheck({ kind: 'class_not_in', region: ['R-C'], classes: ['insufficient_data'] }, view()).status,
    ).toBe('fail');
    expect(evaluateCheck({ kind: 'group_median', index: 'activity', tag: 'border' }, view()).status).toBe(
      'pass',
    );
  });

  it('reads the crisis ranking: an unranked region fails', () => {
    expect(
      evaluateCheck({ kind: 'crisis_top', country: 'FI', region: ['R-A', 'R-B'], k: 2 }, view()).status,
    ).toBe('pass');
    const f = evaluateCheck({ kind: 'crisis_top', country: 'FI', region: ['R-C'], k: 2 }, view());
    expect(f.status).toBe('fail');
    expect(f.model).toContain('not ranked');
  });

  it('rejects an expectation citing a source that is not listed, naming the file and field', () => {
    const text = `sources: { a: { cite: "X (2020). Title." } }
expectations:
  - { id: e1, claim_en: c, claim_ru: c, sources: [b], check: { kind: land_border, region: R-A, country: FI } }`;
    expect(() => parseExpectations(text, 'exp.yaml')).toThrow(/exp\.yaml: expectations\.0\.sources: "b"/);
    expect(() => parseExpectations(text.replace('land_border', 'made_up'), 'exp.yaml')).toThrow(
      /exp\.yaml: invalid expectations/,
    );
    // The sources of a failure's note must be listed too.
    const noted = text.replace('sources: [b]', 'sources: [a], note_en: n, note_sources: [c]');
    expect(() => parseExpectations(noted, 'exp.yaml')).toThrow(
      /exp\.yaml: expectations\.0\.note_sources: "c"/,
    );
  });

  it('decomposes a failure into pillars and indicators when the view has the breakdown', () => {
    // Synthetic breakdown, labelled as such: R-C is last on the composite because its pillar "reach" is 0.
    const col = (a: number, b: number, c: number) =>
      new Map([
        ['R-A', a],
        ['R-B', b],
        ['R-C', c],
      ]);
    const breakdown = {
      activity: {
        pillars: [
          { code: 'people', name: 'People' },
          { code: 'reach', name: 'Reach' },
        ],
        indicators: [
          { code: 'twins', name: 'Twin towns', unit: 'pairs' },
          { code: 'posts', name: 'Consular posts', unit: 'posts' },
        ],
        scores: new Map([
          ['people', col(60, 40, 50)],
          ['reach', col(80, 30, 0)],
          ['twins', col(60, 40, 50)],
          ['posts', col(80, 30, 0)],
        ]),
        raw: new Map([
          ['twins', col(6, 4, 5)],
          ['posts', col(8, 3, 0)],
        ]),
      },
    };
    const top = evaluateCheck(
      { kind: 'rank_top', index: 'activity', region: 'R-C', n: 2 },
      view({ breakdown }),
    );
    expect(top.status).toBe('fail');
    expect(top.explanation).toContain('Its pillars: People 50.0 (rank 2 of 3), Reach 0.0 (rank 3 of 3)');
    expect(top.explanation).toContain('its lowest indicator scores: Consular posts 0.0 (value 0 posts)');
    // The border group (R-A, R-B) against R-C: fails when R-C leads the composite; medians by pillar are given.
    const g = evaluateCheck(
      { kind: 'group_median', index: 'activity', tag: 'border' },
      view({ breakdown, indices: { activity: col(1, 2, 3) } }),
    );
    expect(g.status).toBe('fail');
    expect(g.explanation).toContain('by pillar: People 50.0 vs 50.0, Reach 55.0 vs 0.0');
    expect(g.explanation).toContain('Lowest members: A 1.0, B 2.0');
  });
});
