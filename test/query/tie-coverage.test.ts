import { describe, expect, it } from 'vitest';
import { reweightTies } from '../../src/dataset/reweight-ties.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { isTieCovered, noCoverage, tieSourceCoverage } from '../../src/query/tie-coverage.js';
import type { RegionRow, TieRow } from '../../src/store/rows.js';

// Synthetic store, labelled as such: three regions and made-up ties.
const tie = (id: string, region: string, type: string, source: string, scope = '*'): TieRow =>
  ({
    id,
    type,
    region_iso: region,
    country_iso2: 'FI',
    source_id: source,
    scope,
    value: 10,
    attrs: null,
  }) as TieRow;
const region = (iso: string) => ({ iso, status: 'iso_3166_2_ru', population: 1e6 }) as RegionRow;
const store = {
  regions: [region('R-TWIN'), region('R-BORDER'), region('R-NONE')],
  ties: [
    tie('t1', 'R-TWIN', 'twinning', 'twins'),
    tie('t2', 'R-TWIN', 'twinning', 'twins'),
    tie('m1', 'R-TWIN', 'foreign_mission', 'missions'),
    // Listed for the ISO universe only.
    tie('m2', 'R-NONE', 'foreign_mission', 'missions', 'iso'),
    // A land border is measured from geometry, not listed by a source: it covers nothing.
    tie('b1', 'R-BORDER', 'border', 'derived'),
  ],
  observations: [],
} as unknown as Snapshot;

describe('tie coverage: the one rule on whether the tie sources speak about a region', () => {
  it('counts each source’s listings per region, every source named, and ignores geometry-derived borders', () => {
    const c = tieSourceCoverage(store, 'all');
    expect(c.get('R-TWIN')).toEqual({ missions: 1, twins: 2 });
    expect(c.has('R-BORDER')).toBe(false);
    expect(noCoverage(c)).toEqual({ missions: 0, twins: 0 });
    // A tie listed for the ISO universe only covers its region there, not in the universe of all 89.
    expect(c.has('R-NONE')).toBe(false);
    expect(tieSourceCoverage(store, 'iso').get('R-NONE')).toEqual({ missions: 1, twins: 0 });
  });

  it('needs at least the given number of sources (1 by default)', () => {
    expect(isTieCovered({ missions: 1, twins: 2 })).toBe(true);
    expect(isTieCovered({ missions: 0, twins: 2 })).toBe(true);
    expect(isTieCovered({ missions: 0, twins: 2 }, 2)).toBe(false);
    expect(isTieCovered({ missions: 0, twins: 0 })).toBe(false);
    expect(isTieCovered(undefined)).toBe(false);
  });

  it('keeps a region covered when a scenario freezes all its ties: frozen is zero activity, not missing data', () => {
    const frozen = reweightTies(store, (t) => (t.region_iso === 'R-TWIN' ? 0 : 1), 'freeze');
    expect(frozen.ties.some((t) => t.region_iso === 'R-TWIN')).toBe(false);
    expect(tieSourceCoverage(frozen, 'all').get('R-TWIN')).toEqual({ missions: 1, twins: 2 });
  });
});
