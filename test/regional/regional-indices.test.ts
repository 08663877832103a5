import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { catalogueEntry } from '../../src/catalogue/catalogue-entry-of.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../../src/config/read-spec.js';
import { indicatorsOf } from '../../src/engine/framework.js';
import { strongestPair } from '../../src/regional/index-results-markdown.js';
import { tieMeasures } from '../../src/regional/tie-measures.js';
import { REGIONAL_INDEX_IDS, REGIONAL_INDICES } from '../../src/regional/regional-framework.js';
import { regionalScores } from '../../src/regional/regional-scores.js';
import { scoreRows } from '../../src/regional/score-rows.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

// On the bundled real data (the store built in global setup).
describe('the two regional indices on the bundled data', async () => {
  const s = await loadSnapshot(inject('baseStore'));
  const spec = readSpecFile(DEFAULT_SPEC_PATH());
  const scores = regionalScores(s, 'all', spec);

  for (const id of REGIONAL_INDEX_IDS)
    it(`${id}: no two indicators correlate above |r| = 0.9, and no concept enters twice`, () => {
      const codes = indicatorsOf(REGIONAL_INDICES[id].framework).map((n) => n.code);
      const pair = strongestPair(scores.indices[id].result.steps.Normalised.columns, codes)!;
      expect(Math.abs(pair.r), `${pair.a} × ${pair.b}`).toBeLessThanOrEqual(0.9);
      const concepts = codes.map((c) => catalogueEntry(c).concept);
      expect(new Set(concepts).size).toBe(concepts.length);
    });

  it('Moscow and St Petersburg are in the top 10 of activity', () => {
    const top = scoreRows(s, scores)
      .filter((r) => r.activity_rank && r.activity_rank.from <= 10)
      .map((r) => r.iso);
    expect(top).toEqual(expect.arrayContaining(['RU-MOW', 'RU-SPE']));
  });

  it('no autonomous okrug with fewer than 10 ties of its own is in the top 10 of activity', () => {
    const ties = tieMeasures(s, 'all');
    const okrugs = s.regions.filter((r) => /autonomous okrug/i.test(r.type_en)).map((r) => r.iso);
    expect(okrugs.length).toBeGreaterThanOrEqual(4);
    const consular = (iso: string) =>
      s.ties.filter(
        (t) => t.region_iso === iso && t.type === 'foreign_mission' && /consul/i.test(t.attrs ?? ''),
      ).length;
    for (const r of scoreRows(s, scores))
      if (okrugs.includes(r.iso) && (ties.get(r.iso)?.own_ties ?? 0) + consular(r.iso) < 10)
        expect(r.activity_rank?.from ?? Infinity, r.iso).toBeGreaterThan(10);
  });

  it('a region without a land border is not scored zero on activity', () => {
    const borders = new Set(s.ties.filter((t) => t.type === 'border').map((t) => t.region_iso));
    const rows = scoreRows(s, scores).filter((r) => !borders.has(r.iso) && r.activity !== null);
    expect(rows.length).toBeGreaterThan(40);
    // The best region without a border is among the leaders: borders are potential, not activity.
    expect(Math.min(...rows.map((r) => r.activity_rank!.from))).toBeLessThanOrEqual(5);
  });

  it('every output states the period of each indicator', () => {
    expect(scores.indices.activity.input.periods.trade_turnover_mln_usd).toBe('2021');
    expect(scores.indices.potential.input.periods.grp_per_capita_rub).toBe('2021');
  });

  it('--period builds from earlier figures where the yearbook has them', () => {
    const earlier = regionalScores(s, 'all', spec, { period: '2021' });
    expect(earlier.indices.activity.input.periods.tourists_sent_abroad_thou).toBe('2021');
    expect(earlier.indices.potential.input.periods.grp_per_capita_rub).toBe('2021');
    // Undated lists (twinning, consulates) are used whatever the period.
    expect(earlier.indices.activity.input.periods.consular_posts).toBe('2022-11');
  });
});
