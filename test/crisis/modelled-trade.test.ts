import { describe, expect, it } from 'vitest';
import { modelledTradeTies } from '../../src/crisis/modelled-trade.js';
import type { CountryObservationRow, ObservationRow } from '../../src/store/rows.js';
import { syntheticSnapshot } from '../helpers/synthetic-snapshot.js';

// SYNTHETIC TEST DATA, made here: two regions' trade with the non-CIS / CIS groups, their GRP, and Russia's trade
// with country X, labelled with the yearbook table that would list it. Answers follow by construction.
const obs = (region_iso: string, indicator_id: string, value: number): ObservationRow => ({
  region_iso,
  indicator_id,
  period: '2021',
  scope: '*',
  value,
  source_id: 'synthetic',
  flags: null,
  source_ref: `synthetic ${region_iso} ${indicator_id}`,
});
const national = (indicator_id: string, value: number, table: string): CountryObservationRow => ({
  country_iso2: 'X',
  indicator_id,
  period: '2021',
  value,
  source_id: 'synthetic',
  source_ref: `RSY 2023, t. ${table}, row 1 (X)`,
});
const snapshot = (table: string, grpB: number | null = 2000) => ({
  ...syntheticSnapshot([]),
  observations: [
    obs('RU-A', 'exports_noncis_mln_usd', 300),
    obs('RU-A', 'imports_noncis_mln_usd', 100),
    obs('RU-B', 'exports_noncis_mln_usd', 100),
    obs('RU-B', 'imports_noncis_mln_usd', 300),
    obs('RU-A', 'exports_cis_mln_usd', 50),
    obs('RU-A', 'imports_cis_mln_usd', 50),
    obs('RU-A', 'grp_mln_rub', 1000),
    ...(grpB === null ? [] : [obs('RU-B', 'grp_mln_rub', grpB)]),
  ],
  country_observations: [
    national('ru_exports_to_mln_usd', 40, table),
    national('ru_imports_from_mln_usd', 100, table),
  ],
});

describe('modelled trade channel (Rosstat 25.4 apportioned by 25.5 / 25.7, per GRP)', () => {
  it('apportions the group trade by the country’s share and divides by GRP', () => {
    const ties = modelledTradeTies(snapshot('25.7'), 'all', 'X');
    // X takes 40 / 400 of the regions' non-CIS exports and 100 / 400 of their imports.
    const a = ties.find((t) => t.region_iso === 'RU-A')!;
    expect(a.value).toBeCloseTo(((300 * 0.1 + 100 * 0.25) / 1000) * 1000, 12);
    expect(ties.find((t) => t.region_iso === 'RU-B')!.value).toBeCloseTo(
      ((100 * 0.1 + 300 * 0.25) / 2000) * 1000,
      12,
    );
    expect(a.type).toBe('trade_modelled');
    expect(a.source_ref).toMatch(/^modelled: .*t\. 25\.7/);
    expect(JSON.parse(a.attrs!)).toMatchObject({ modelled: true, group: 'noncis' });
  });
  it('reads the CIS figures for a country of table 25.5', () => {
    const ties = modelledTradeTies(snapshot('25.5'), 'all', 'X');
    // Only RU-A has CIS figures; it carries all of the group's trade.
    expect(ties.map((t) => t.region_iso)).toEqual(['RU-A']);
    expect(ties[0]!.value).toBeCloseTo(((50 * 0.8 + 50 * 2) / 1000) * 1000, 12);
  });
  it('a missing figure leaves the region without the channel; an unknown table gives none', () => {
    expect(modelledTradeTies(snapshot('25.7', null), 'all', 'X').map((t) => t.region_iso)).toEqual(['RU-A']);
    expect(modelledTradeTies(snapshot('25.9'), 'all', 'X')).toEqual([]);
    expect(modelledTradeTies(snapshot('25.7'), 'all', 'Y')).toEqual([]);
  });
});
