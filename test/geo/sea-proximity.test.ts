import { beforeAll, describe, expect, inject, it } from 'vitest';
import { rect } from '../helpers/synthetic-geometry.js';
import { deriveSeaProximity } from '../../src/geo/sea-proximity.js';
import type { Snapshot } from '../../src/query/snapshot.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

// Synthetic geometry, made here for the test: rectangles near 50°N (1° of latitude ≈ 111 km).
const box = rect;

describe('deriveSeaProximity (synthetic shapes)', () => {
  const region = [{ id: 'A', geometry: box(0, 50, 1, 1) }];
  it('finds a country across a strait, with its distance, and weighs close coasts more', () => {
    const near = deriveSeaProximity(region, [{ id: 'X', geometry: box(1.5, 50, 1, 1) }]);
    expect(near.map((s) => s.countryId)).toEqual(['X']);
    // 0.5° of longitude at 50–51°N ≈ 35–36 km.
    expect(near[0]!.minDistanceKm).toBeGreaterThan(33);
    expect(near[0]!.minDistanceKm).toBeLessThan(38);
    const far = deriveSeaProximity(region, [{ id: 'X', geometry: box(5, 50, 1, 1) }]);
    expect(far[0]!.weightedKm).toBeLessThan(near[0]!.weightedKm);
  });
  it('ignores countries beyond the distance and countries reached only across land', () => {
    expect(deriveSeaProximity(region, [{ id: 'X', geometry: box(12, 50, 1, 1) }])).toEqual([]);
    // Y lies 50 km east of A, but a wide foreign landmass Z fills the gap: no sea between A and Y… except Z itself.
    const countries = [
      { id: 'Z', geometry: box(1.05, 45, 3, 10) },
      { id: 'Y', geometry: box(4.05, 50, 1, 1) },
    ];
    const found = deriveSeaProximity(region, countries).map((s) => s.countryId);
    expect(found).not.toContain('Y');
  });
  it('the coast shared with another region of the set or on a land border is not coast', () => {
    const two = [
      { id: 'A', geometry: box(0, 50, 1, 1) },
      { id: 'B', geometry: box(1, 50, 1, 1) },
    ];
    // X lies across 0.5° of sea to the north of B only; A's only coast facing it is its own north side.
    const r = deriveSeaProximity(two, [{ id: 'X', geometry: box(1, 51.3, 1, 1) }]);
    expect(r.find((s) => s.regionId === 'B')!.coastKm).toBeGreaterThan(60);
    // A land neighbour is not a sea neighbour through the border itself.
    expect(deriveSeaProximity(region, [{ id: 'L', geometry: box(1, 50, 1, 1) }])).toEqual([]);
  });
});

describe('sea proximity in the built store (bundled Natural Earth geometry)', () => {
  let s: Snapshot;
  beforeAll(async () => {
    s = await loadSnapshot(inject('baseStore'));
  });
  const sea = (country: string) =>
    new Set(
      s.ties
        .filter((t) => t.type === 'sea_proximity' && t.country_iso2 === country && t.scope !== 'all')
        .map((t) => t.region_iso),
    );
  // Expected neighbours across the sea named in issue 11 and on any map: La Pérouse Strait and the Kurils, the Sea
  // of Japan, the Bering Strait, the Baltic coast of Kaliningrad, the Gulf of Finland.
  it.each([
    ['JP', ['RU-SAK', 'RU-PRI']],
    ['US', ['RU-CHU']],
    ['PL', ['RU-KGD']],
    ['LT', ['RU-KGD']],
    ['KR', ['RU-PRI']],
    ['FI', ['RU-LEN']],
  ])('%s faces %j across the sea', (country, regions) => {
    for (const r of regions) expect(sea(country), r).toContain(r);
  });
  it.each([
    ['JP', 'RU-MOW'],
    ['US', 'RU-SAK'],
    ['AM', 'RU-AST'], // Armenia has no coast
    ['BY', 'RU-KGD'], // Belarus has no coast
    ['FI', 'RU-ARK'], // the White Sea reaches Finland only across Karelia
    ['KZ', 'RU-ORE'], // a land border, not a sea
  ])('%s is not a sea neighbour of %s', (country, region) => {
    expect(sea(country)).not.toContain(region);
  });
  it('stores the method, the distance and the coast length with each tie', () => {
    const t = s.ties.find((x) => x.id === 'sea_proximity:RU-SAK:JP')!;
    expect(t.source_id).toBe('derived');
    expect(JSON.parse(t.attrs!)).toMatchObject({ maxDistanceKm: 740.8, min_distance_km: expect.any(Number) });
    // The Kurils face Hokkaido across a strait of well under 50 km (Nemuro Strait).
    expect(JSON.parse(t.attrs!).min_distance_km).toBeLessThan(50);
  });
});
