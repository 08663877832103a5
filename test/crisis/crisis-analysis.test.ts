import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { crisisAnalysis, type CrisisAnalysis } from '../../src/crisis/crisis-analysis.js';
import { parseCrisisModel } from '../../src/crisis/crisis-model.js';
import { packageRoot } from '../../src/dataset/data-dir.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

const model = parseCrisisModel(
  readFileSync(join(packageRoot(), 'config', 'crisis.default.yaml'), 'utf8'),
  'crisis.default.yaml',
);
const quick = { ...model, uncertainty: { ...model.uncertainty, runs: 20 } };
// The partner countries an analyst tried in issue 11.
const COUNTRIES = ['FI', 'JP', 'CN', 'TR', 'KZ', 'MN', 'NO', 'EE', 'DE', 'US', 'BY', 'AM', 'IN'];

let s: Snapshot;
const analyses = new Map<string, CrisisAnalysis>();
beforeAll(async () => {
  s = await loadSnapshot(inject('baseStore'));
  for (const c of COUNTRIES)
    analyses.set(c, crisisAnalysis(s, 'iso', c, null, quick, model.default_scenario));
});

describe('crisis analysis on the bundled data, for the 13 countries of issue 11', () => {
  it.each(COUNTRIES)('%s: every region lists its channels with sources and one sentence of reasons', (c) => {
    const a = analyses.get(c)!;
    for (const r of a.rows) {
      expect(r.framework.reason.en).toMatch(/^[A-Z].*\.$/);
      expect(r.framework.reason.ru).toMatch(/^[А-ЯЁ«].*\.$/);
      for (const ch of r.channels) {
        expect(ch.ties.length, `${r.region} ${ch.channel}`).toBeGreaterThan(0);
        for (const t of ch.ties) expect(t.source_id).toBeTruthy();
      }
    }
  });

  it.each(COUNTRIES)('%s: no region is in the top 5 on the partner’s embassy alone', (c) => {
    const a = analyses.get(c)!;
    const embassyRegions = new Set(a.federal_context.embassies.map((e) => e.region));
    for (const r of a.rows.filter((x) => x.rank !== null && x.rank <= 5)) {
      expect(r.nc!, r.region).toBeGreaterThan(0);
      expect(r.channels.length, r.region).toBeGreaterThan(0);
      expect(r.channels.some((ch) => ch.ties.some((t) => /embassy/i.test(t.counterpart)))).toBe(false);
    }
    // The embassy is shown as federal context, and by itself gives its host region nothing.
    for (const region of embassyRegions) {
      const row = a.rows.find((x) => x.region === region);
      if (row && row.channels.length === 0) expect(row.nc).toBe(0);
    }
  });

  it('Kazakhstan: among regions whose only channel is the border, capacity follows border length; Orenburg leads', () => {
    const a = analyses.get('KZ')!;
    const border = (r: (typeof a.rows)[number]) => r.channels.find((ch) => ch.channel === 'border');
    const borderRows = a.rows.filter((r) => border(r));
    // Orenburg oblast has the longest stretch of the Russia–Kazakhstan border (1,876 km of about 7,600 km;
    // Rosgranitsa / the oblast government): it must hold the strongest border channel.
    const longest = borderRows.reduce((x, y) => (border(y)!.raw > border(x)!.raw ? y : x));
    expect(longest.region).toBe('RU-ORE');
    expect(border(longest)!.strength).toBe(1);
    // The border channel is graded by length, not 0/1: contributions follow the km.
    const byKm = [...borderRows].sort((x, y) => border(y)!.raw - border(x)!.raw);
    for (let i = 1; i < byKm.length; i++)
      expect(border(byKm[i - 1]!)!.contribution).toBeGreaterThan(border(byKm[i]!)!.contribution);
    // With the border as the only channel, capacity orders the border regions by border length.
    const borderOnly = { ...quick, channels: { border: model.channels.border! } };
    const ranked = crisisAnalysis(s, 'iso', 'KZ', null, borderOnly, model.default_scenario)
      .rows.filter((r) => r.nc! > 0)
      .map((r) => r.region);
    expect(ranked).toEqual(byKm.map((r) => r.region));
    expect(ranked.length).toBeGreaterThan(8);
  });

  it('sea proximity appears as a channel for Japan (Sakhalin, Primorye) and the USA (Chukotka)', () => {
    const sea = (c: string, r: string) =>
      analyses
        .get(c)!
        .rows.find((x) => x.region === r)!
        .channels.find((ch) => ch.channel === 'sea');
    for (const [c, r] of [
      ['JP', 'RU-SAK'],
      ['JP', 'RU-PRI'],
      ['US', 'RU-CHU'],
    ] as const) {
      expect(sea(c, r), `${c} ${r}`).toBeDefined();
      expect(sea(c, r)!.contribution).toBeGreaterThan(0);
    }
  });

  it.each(COUNTRIES)(
    '%s: political plus always stands on a decisive channel; 179-FZ is cited only with a land border',
    (c) => {
      for (const r of analyses.get(c)!.rows) {
        const f = r.framework;
        if (f.recommendation === 'political_plus' || f.recommendation === 'both')
          expect(
            r.channels.some(
              (ch) =>
                ch.basis !== 'modelled' &&
                (ch.category === 'institutional' ||
                  (ch.category === 'economic' &&
                    ch.strength >= model.frameworks.political_plus.min_economic_strength)),
            ),
            `${c} ${r.region}`,
          ).toBe(true);
        const border = r.channels.some((ch) => ch.channel === 'border');
        if (!border) expect(f.reason.en, `${c} ${r.region}`).not.toMatch(/179-FZ/);
        if (!border) expect(f.legalSteps.map((x) => x.id)).not.toContain('cross_border');
      }
    },
  );

  it('thin evidence: Uzbekistan has as many observed ties as the twinning file has rows for it (fewer than 5)', () => {
    // Independent reference: the bundled twinning list (no consular post of Uzbekistan is in the missions list).
    const csv = readFileSync(
      join(packageRoot(), 'data', 'twinning-wikipedia', 'russia_twin_city_pairs.csv'),
      'utf8',
    );
    const header = csv.split('\n')[0]!.split(',');
    const iso = header.indexOf('partner_iso2');
    const rows = csv.split('\n').filter((l) => l.split(',')[iso] === 'UZ').length;
    const uz = crisisAnalysis(s, 'iso', 'UZ', null, quick, model.default_scenario).evidence;
    expect(uz.observedTies).toBe(rows);
    expect(uz.thin).toBe(rows < 5);
    expect(uz.thin).toBe(true);
    // Finland: dozens of twin pairs (Wikipedia's list), not thin.
    expect(analyses.get('FI')!.evidence.thin).toBe(false);
  });

  it('under a scenario the baseline stays on its own scale and the change is the difference', () => {
    const eu = {
      name: 'EU',
      countries: ['FI'],
      freeze: { twinning: 0.2, border: 0.3 },
      openness: { FI: 0.2 },
    };
    const a = crisisAnalysis(s, 'iso', 'FI', null, quick, eu);
    const base = crisisAnalysis(s, 'iso', 'FI', null, quick, { name: 'none', freeze: {}, openness: {} });
    for (const r of a.rows) {
      const b = base.rows.find((x) => x.region === r.region)!;
      expect(r.baselineNc).toBe(b.nc);
      if (r.nc !== null) expect(r.change!).toBeCloseTo(r.nc - r.baselineNc!, 12);
    }
    const kr = a.rows.find((r) => r.region === 'RU-KR')!;
    expect(kr.nc!).toBeLessThan(kr.baselineNc! * 0.3);
  });
});
