import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { editionJumps } from '../../src/query/edition-jumps.js';
import type { ObservationRow } from '../../src/store/rows.js';

const obs = (region: string, period: string, value: number): ObservationRow => ({
  region_iso: region,
  indicator_id: 'x',
  period,
  scope: '*',
  value,
  source_id: 's',
  source_ref: null,
  flags: null,
});

describe('changes between yearbook editions', () => {
  it('flags a change of more than threefold either way, not one of exactly threefold (synthetic figures)', () => {
    const observations = [
      ...[obs('A', '2021', 10), obs('A', '2022', 30)], // exactly ×3: kept
      ...[obs('B', '2021', 10), obs('B', '2022', 31)],
      ...[obs('C', '2021', 31), obs('C', '2022', 10)],
      ...[obs('D', '2021', 0), obs('D', '2022', 5)],
      obs('E', '2022', 1000), // one edition only: nothing to compare
    ];
    const j = editionJumps({ observations }, 'x');
    expect(j.map((x) => x.region_iso)).toEqual(['B', 'C', 'D']);
    expect(j[0]!.ratio).toBeCloseTo(3.1, 10);
    expect(j[2]!.ratio).toBe(Infinity);
  });

  it('finds the heritage counts of table 9.14 the reviewer listed, computed from the bundled file', () => {
    // Rows of data/ru-rosstat-yearbook/derived/regional_observations.csv (2021 = RSY 2022, 2022 = RSY 2023).
    const lines = readFileSync(
      join(packageRoot(), 'data/ru-rosstat-yearbook/derived/regional_observations.csv'),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.split(',')[1] === 'heritage_sites');
    const observations = lines.map((l) => {
      const [region, , period, value] = l.split(',');
      return { ...obs(region!, period!, Number(value)), indicator_id: 'heritage_sites' };
    });
    const flagged = new Map(editionJumps({ observations }, 'heritage_sites').map((x) => [x.region_iso, x]));
    // Primorye 2,354 → 110, Penza 33 → 4, Kalmykia 192 → 32, Khanty-Mansi 982 → 6,011, Tyumen 108 → 7,835,
    // Astrakhan 171 → 596 (each more than threefold).
    for (const [iso, from, to] of [
      ['RU-PRI', 2354, 110],
      ['RU-PNZ', 33, 4],
      ['RU-KL', 192, 32],
      ['RU-KHM', 982, 6011],
      ['RU-TYU', 108, 7835],
      ['RU-AST', 171, 596],
    ] as const) {
      expect(flagged.get(iso)?.from.value, iso).toBe(from);
      expect(flagged.get(iso)?.to.value, iso).toBe(to);
    }
    // Adygea, 3,682 → 3,861: a stable count is not flagged.
    expect(flagged.has('RU-AD')).toBe(false);
  });
});
