import { describe, expect, it } from 'vitest';
import { readBundled } from '../../src/dataset/read-bundled.js';
import type { TwinPair } from '../../src/dataset/parse-bundled.js';
import { assignRegions, parseRegionCorrections } from '../../src/dataset/twin-region-assignment.js';

// SYNTHETIC TEST DATA, not real pairs.
const pair = (row: number, ruCity: string, regionIso: string): TwinPair => ({
  row,
  ruCity,
  ruLat: null,
  ruLon: null,
  regionIso,
  regionMethod: 'point_in_polygon',
  partnerCity: 'Somewhere',
  partnerCountryName: 'Somewhere',
  partnerIso2: 'XX',
  partnerSubnational: null,
  partnerNote: null,
  partnerLat: null,
  partnerLon: null,
  scrapedFrom: null,
});
const HEADER = 'ru_city,field,from,to,reason,evidence\n';

describe('assignRegions (SYNTHETIC TEST DATA)', () => {
  it('puts a "(Moscow)" district in the city of Moscow whatever its geocode', () => {
    const [p] = assignRegions([pair(2, 'Anywhere (Moscow)', 'RU-CHU')], []);
    expect(p).toMatchObject({ regionIso: 'RU-MOW', regionMethod: 'name_rule_moscow_district' });
  });
  it('applies a correction to every row of that city in the region corrected, and only there', () => {
    const c = parseRegionCorrections(`${HEADER}Town,ru_region_iso,RU-AAA,RU-BBB,why,evidence\n`);
    const out = assignRegions(
      [pair(2, 'Town', 'RU-AAA'), pair(3, 'Town', 'RU-AAA'), pair(4, 'Town', 'RU-CCC')],
      c,
    );
    expect(out.map((p) => p.regionIso)).toEqual(['RU-BBB', 'RU-BBB', 'RU-CCC']);
    expect(out[0]!.regionMethod).toBe('correction_row_2');
  });
  it('refuses a correction that matches no row, naming it', () => {
    const c = parseRegionCorrections(`${HEADER}Town,ru_region_iso,RU-AAA,RU-BBB,why,evidence\n`);
    expect(() => assignRegions([pair(2, 'Other', 'RU-AAA')], c)).toThrow(
      /row 2 \(Town, RU-AAA → RU-BBB\) match no twin pair/,
    );
  });
  it('refuses a correction without evidence or of another field', () => {
    expect(() => parseRegionCorrections(`${HEADER}Town,ru_region_iso,RU-AAA,RU-BBB,why,\n`)).toThrow(
      /row 2, column evidence/,
    );
    expect(() => parseRegionCorrections(`${HEADER}Town,ru_city,RU-AAA,RU-BBB,why,e\n`)).toThrow(
      /expected ru_region_iso, got "ru_city"/,
    );
  });
});

describe('regions of the twin pairs as used (real rows; reference: the file lines the reviewer cited)', () => {
  const pairs = readBundled().twinPairs;
  const at = (row: number) => pairs.find((p) => p.row === row)!;

  it('moves the districts of the city of Moscow out of Chukotka, Ryazan Oblast and Moscow Oblast', () => {
    expect(at(91)).toMatchObject({ ruCity: 'Northern AO (Moscow)', regionIso: 'RU-MOW' });
    expect(at(792)).toMatchObject({ ruCity: 'Ryazansky (Moscow)', regionIso: 'RU-MOW' });
    for (const row of [386, 387, 388, 389, 390, 391, 444])
      expect(at(row).regionIso, `row ${row}`).toBe('RU-MOW');
  });
  it('puts Khimki and Podolsk in Moscow Oblast, Kommunar and Roshchino in Leningrad Oblast, Ostrov in Pskov Oblast', () => {
    for (const row of [534, 571, 572, 573, 574, 575, 576, 577])
      expect(at(row).regionIso, `row ${row}`).toBe('RU-MOS');
    expect(at(534).ruCity).toBe('Khimki');
    expect([at(859).ruCity, at(859).regionIso]).toEqual(['Kommunar', 'RU-LEN']);
    expect([at(908).ruCity, at(908).regionIso]).toEqual(['Roshchino', 'RU-LEN']);
    expect([at(1149).ruCity, at(1149).partnerCity, at(1149).regionIso]).toEqual([
      'Ostrov',
      'Rēzekne',
      'RU-PSK',
    ]);
  });
  it('leaves a point-in-polygon row far from any boundary as published: Maykop (row 2) in Adygea', () => {
    expect(at(2)).toMatchObject({ ruCity: 'Maykop', regionIso: 'RU-AD', regionMethod: 'point_in_polygon' });
  });
});
