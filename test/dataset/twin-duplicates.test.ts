import { describe, expect, it } from 'vitest';
import { readBundled } from '../../src/dataset/read-bundled.js';
import type { TwinPair } from '../../src/dataset/parse-bundled.js';
import { partnerState } from '../../src/dataset/partner-state.js';
import { mergeDuplicatePairs, nameParts, samePartnerName } from '../../src/dataset/twin-duplicates.js';

// SYNTHETIC TEST DATA, not real pairs.
const pair = (
  row: number,
  ruCity: string,
  partnerCity: string,
  lat: number | null,
  lon: number | null,
  iso2 = 'XX',
): TwinPair => ({
  row,
  ruCity,
  ruLat: null,
  ruLon: null,
  regionIso: 'RU-AAA',
  regionMethod: 'point_in_polygon',
  partnerCity,
  partnerCountryName: 'Somewhere',
  partnerIso2: iso2,
  partnerSubnational: null,
  partnerNote: null,
  partnerLat: lat,
  partnerLon: lon,
  scrapedFrom: null,
});

describe('duplicate rule (SYNTHETIC TEST DATA)', () => {
  it('reads the names a cell gives, qualifiers included', () => {
    expect(nameParts('Aaa (Bbb)')).toEqual(new Set(['aaa', 'bbb']));
    expect(nameParts('Bbb – Aaa')).toEqual(new Set(['bbb', 'aaa']));
  });
  it('takes a qualified name, a district listing or a close spelling for the same partner', () => {
    expect(samePartnerName('Aaa', 'Aaa (Bbb)')).toBe(true);
    expect(samePartnerName('Aaa (Bbb)', 'Bbb – Aaa')).toBe(true);
    expect(samePartnerName('Kovalovo', 'Kavalova')).toBe(true);
    expect(samePartnerName('Bbb – Ccc', 'Bbb – Ddd')).toBe(false);
    expect(samePartnerName('Upper Town', 'Lower Town')).toBe(false);
  });
  it('merges one partnership listed twice into its first row, and keeps places far apart or of another city apart', () => {
    const m = mergeDuplicatePairs([
      pair(2, 'Gorod', 'Aaa', 50, 10),
      pair(3, 'Gorod', 'Aaa (Bbb)', 50.01, 10.01),
      pair(4, 'Gorod', 'Aaa', 55, 10), // same name, 550 km away: another place
      pair(5, 'Gorod (Moscow)', 'Aaa', 50, 10), // another Russian party
      pair(6, 'Gorod', 'Aaa', 50, 10, 'YY'), // another country
      pair(7, 'Gorod', 'Ccc', null, null),
      pair(8, 'Gorod', 'Ccc (Ddd)', null, null), // not geocoded: a variant name is not enough
      pair(9, 'Gorod', 'Ccc', null, null), // not geocoded, the very same name
    ]);
    expect(m.pairs.map((p) => p.row)).toEqual([2, 4, 5, 6, 7, 8]);
    expect(m.merged.map((g) => [g.kept.row, g.rows.map((r) => r.row)])).toEqual([
      [2, [3]],
      [7, [9]],
    ]);
  });
  it('counts a partner in Åland in Finland, keeping Åland as the sub-national unit', () => {
    expect(partnerState(pair(2, 'Gorod', 'Aaa', null, null, 'AX'))).toMatchObject({
      partnerIso2: 'FI',
      partnerSubnational: 'Åland Islands (autonomous region of Finland)',
    });
    expect(partnerState(pair(2, 'Gorod', 'Aaa', null, null, 'DE')).partnerIso2).toBe('DE');
  });
});

describe('duplicates in the twin pairs as used (real rows of russia_twin_city_pairs.csv)', () => {
  const pairs = readBundled().twinPairs;
  const of = (ruCity: string, partner: RegExp) =>
    pairs.filter((p) => p.ruCity === ruCity && partner.test(p.partnerCity));

  it('counts Chita–Hailar/Hulunbuir (rows 1188–1190) once: Hailar is the seat district of Hulunbuir', () => {
    const chita = of('Chita', /Hulunbuir|Hailar/);
    expect(chita.map((p) => [p.row, p.mergedRows])).toEqual([[1188, [1189, 1190]]]);
  });
  it('counts Moscow–London, Ufa–Halle and Lomonosov–Mariehamn once, the last in Finland', () => {
    expect(of('Moscow', /^London$/)).toHaveLength(1);
    expect(of('Ufa', /^Halle/)).toHaveLength(1);
    const mariehamn = of('Lomonosov', /Mariehamn/);
    expect(mariehamn.map((p) => [p.row, p.partnerIso2, p.mergedRows])).toEqual([[884, 'FI', [887]]]);
    expect(pairs.some((p) => p.partnerIso2 === 'AX')).toBe(false);
  });
  it('keeps neighbouring but distinct partners apart: Cleveland Heights and Shaker Heights (rows 1110, 1111)', () => {
    expect(of('Volzhsky', /Heights/).map((p) => p.row)).toEqual([1110, 1111]);
  });
  it('merges 13 rows in 12 groups in all', () => {
    const merged = pairs.filter((p) => p.mergedRows);
    expect(merged).toHaveLength(12);
    expect(merged.reduce((n, p) => n + p.mergedRows!.length, 0)).toBe(13);
  });
});
