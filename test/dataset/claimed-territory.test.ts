import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, inject, it } from 'vitest';
import { claimedTerritoryFinder } from '../../src/dataset/claimed-territory.js';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { bundledToRows } from '../../src/dataset/to-rows.js';
import { channelStrengths } from '../../src/crisis/channel-strengths.js';
import { readCrisisModelFile } from '../../src/config/config-files.js';
import { countryTies } from '../../src/query/country-ties.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { tieIndicators } from '../../src/dataset/tie-indicators.js';
import type { Region } from '../../src/registry/region.js';

describe('claimedTerritoryFinder (SYNTHETIC TEST DATA, not real places)', () => {
  const region = (iso: string, isoCountry: string, status: Region['status']) =>
    ({ iso, isoCountry, status }) as Region;
  const square = (
    iso: string,
    x0: number,
    y0: number,
  ): FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string }>['features'][number] => ({
    type: 'Feature',
    properties: { iso_3166_2: iso },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0 + 1, y0],
          [x0 + 1, y0 + 1],
          [x0, y0 + 1],
          [x0, y0],
        ],
      ],
    },
  });
  const find = claimedTerritoryFinder(
    [region('XX-1', 'XX', 'claimed_2014'), region('RU-AA', 'RU', 'iso_3166_2_ru')],
    { type: 'FeatureCollection', features: [square('XX-1', 10, 10), square('RU-AA', 20, 20)] },
  );

  it('finds the claimed entity around a partner coded with the country it is listed under', () => {
    expect(find(10.5, 10.5, 'XX')?.iso).toBe('XX-1');
  });
  it('ignores a point of another country (a geocoding error), a point outside and a point without coordinates', () => {
    expect(find(10.5, 10.5, 'TR')).toBeNull();
    expect(find(12.5, 12.5, 'XX')).toBeNull();
    expect(find(null, 10.5, 'XX')).toBeNull();
    expect(find(10.5, 10.5, null)).toBeNull();
  });
  it('never answers with a region ISO lists under Russia', () => {
    expect(find(20.5, 20.5, 'RU')).toBeNull();
  });
});

describe('twin towns in Crimea, Sevastopol and the 2022 entities (real rows of russia_twin_city_pairs.csv)', () => {
  const data = readBundled();
  const rows = bundledToRows(data, { all: [], iso: [] }, 'test');
  const twin = (row: number) =>
    rows.ties.find((t) => t.source_ref?.startsWith(`russia_twin_city_pairs.csv row ${row}`))!;

  it('sets Grozny–Yalta (row 79) and Saint Petersburg–Sevastopol (row 949) aside, with no country', () => {
    expect(twin(79)).toMatchObject({
      type: 'twinning_claimed_territory',
      country_iso2: null,
      region_iso: 'RU-CE',
    });
    expect(JSON.parse(twin(79).attrs!)).toMatchObject({ partner_region: 'UA-43', listed_under: 'UA' });
    expect(twin(949)).toMatchObject({ type: 'twinning_claimed_territory', country_iso2: null });
    expect(JSON.parse(twin(949).attrs!)).toMatchObject({ partner_region: 'UA-40' });
    // Serpukhov–Sievierodonetsk (row 485): Luhansk Oblast.
    expect(JSON.parse(twin(485).attrs!)).toMatchObject({ partner_region: 'UA-09' });
  });

  it('keeps the pairs with towns elsewhere in Ukraine as ties with Ukraine: Pryluky, Yahotyn Raion, Vasylkiv', () => {
    const ua = rows.ties.filter((t) => t.type === 'twinning' && t.country_iso2 === 'UA');
    expect(ua.map((t) => t.source_ref).sort()).toEqual(
      ['row 401', 'row 45', 'row 514'].map((r) => `russia_twin_city_pairs.csv ${r}`),
    );
  });

  it('counts no Ukrainian partner for Chechnya, whose only UA-coded pair is Grozny–Yalta', () => {
    const ce = tieIndicators(rows.ties.filter((t) => t.region_iso === 'RU-CE'));
    // Rows 76–79 (Grozny): Babruysk BY, Mogilev BY, Ardahan TR, Yalta (set aside).
    expect(ce.twin_pairs).toBe(3);
    expect(ce.twin_partner_countries).toBe(2);
  });

  it('gives Saint Petersburg, Krasnodar and Rostov no twin-town channel to Ukraine', () => {
    const model = readCrisisModelFile();
    const twinChannel = Object.entries(model.channels).find(([, c]) => c.tie_types.includes('twinning'))![0];
    const st = channelStrengths(['RU-SPE', 'RU-KDA', 'RU-ROS', 'RU-MOS'], rows.ties, 'UA', model);
    const raw = (r: string) => st.get(r)!.find((c) => c.channel === twinChannel)!.raw;
    expect([raw('RU-SPE'), raw('RU-KDA'), raw('RU-ROS')]).toEqual([0, 0, 0]);
    // Moscow Oblast keeps Dmitrov–Yahotyn Raion (row 401) and Volokolamsk–Vasylkiv (row 514).
    expect(raw('RU-MOS')).toBe(2);
  });

  it('lists the 49 set-aside pairs under Ukraine in both universes, with the reason of each', async () => {
    const s = await loadSnapshot(inject('baseStore'));
    const all = countryTies(s, 'UA', 'all');
    const iso = countryTies(s, 'UA', 'iso');
    expect(all.set_aside).toHaveLength(49);
    expect(iso.set_aside).toHaveLength(49);
    expect(all.set_aside_reason.en).toMatch(/domestic pair/);
    expect(iso.set_aside_reason.en).toMatch(/annexed by Russia \(not recognised/);
    expect(all.regions.flatMap((r) => r.ties).filter((t) => t.type === 'twinning')).toHaveLength(3);
    expect(countryTies(s, 'FI', 'all').set_aside).toEqual([]);
  });
});
