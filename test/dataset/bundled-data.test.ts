import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/dataset/data-dir.js';
import {
  computeManifest,
  readDescriptors,
  readManifest,
  verifyManifest,
} from '../../src/dataset/manifest.js';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { csvObjects } from '../../src/io/csv.js';
import { tempDir } from '../helpers/store.js';

const dir = dataDir();

describe('bundled data', () => {
  it('every dataset has its SOURCE.md with origin and licence, and every listed file exists', () => {
    for (const d of readDescriptors(dir)) {
      const source = readFileSync(join(dir, d.id, 'SOURCE.md'), 'utf8');
      expect(source, d.id).toMatch(/licen[cs]e/i);
      expect(d.licence.length, d.id).toBeGreaterThan(2);
      for (const f of d.files) expect(existsSync(join(dir, d.id, f)), `${d.id}/${f}`).toBe(true);
    }
  });

  it('the manifest lists every file with its sha256, and the files match it', () => {
    const manifest = readManifest(dir);
    expect(manifest.map((e) => e.file).sort()).toEqual(
      computeManifest(dir)
        .map((e) => e.file)
        .sort(),
    );
    expect(verifyManifest(dir)).toEqual([]);
    for (const e of manifest) expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a changed file is caught by the manifest check', () => {
    const copy = join(tempDir(), 'data');
    cpSync(dir, copy, { recursive: true });
    const file = join(copy, 'twinning-wikipedia', 'russia_twin_city_pairs.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Maykop', 'Maikop'));
    expect(verifyManifest(copy)).toEqual([
      expect.stringContaining('twinning-wikipedia/russia_twin_city_pairs.csv'),
    ]);
  });

  it('every bundled file loads, with the row counts its SOURCE.md states', () => {
    const b = readBundled(dir);
    expect(b.regions).toHaveLength(89);
    const byStatus = {
      iso_3166_2_ru: b.regions.filter((r) => r.status === 'iso_3166_2_ru'),
      claimed_2014: b.regions.filter((r) => r.status === 'claimed_2014'),
      claimed_2022: b.regions.filter((r) => r.status === 'claimed_2022'),
    };
    expect(byStatus.iso_3166_2_ru).toHaveLength(83);
    expect(byStatus.claimed_2014?.map((r) => r.iso).sort()).toEqual(['UA-40', 'UA-43']);
    expect(byStatus.claimed_2022?.map((r) => r.iso).sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
    // 1,191 rows in russia_twin_city_pairs.csv (SOURCE.md), less the 13 rows that list a pair a second time
    // (12 groups, docs/data.md: Chita–Hailar ×3, Moscow–London ×2, Ufa–Halle ×2, …).
    expect(b.twinPairs).toHaveLength(1191 - 13);
    expect(b.missionsInRussia).toHaveLength(187);
    expect(b.missionsAbroad).toHaveLength(174);
    expect(b.countries).toHaveLength(249);
    // Names as a sentence needs them: CLDR's short name, its official name where CLDR abbreviates.
    const name = (iso2: string) => b.countries.find((c) => c.iso2 === iso2)?.nameEn;
    expect(name('US')).toBe('United States of America');
    expect(name('GB')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(name('TR')).toBe('Türkiye');
    expect(b.countries.filter((c) => /^[A-Z]{2,3}$/.test(c.nameEn))).toEqual([]);
    expect(b.regionShapes.features).toHaveLength(89);
    expect(new Set(b.regionShapes.features.map((f) => f.properties.iso_3166_2))).toEqual(
      new Set(b.regions.map((r) => r.iso)),
    );
  });

  it('regional populations add up to the Rosstat total for Russia given in the same table', () => {
    const b = readBundled(dir);
    const rows = csvObjects(
      readFileSync(join(dir, 'ru-population-rosstat-2020', 'population_by_region.csv'), 'utf8'),
    );
    const total = Number(rows.find((r) => r.unit_kind === 'country')!.population);
    const sum = b.regions.reduce((s, r) => s + (r.population ?? 0), 0);
    expect(sum).toBe(total);
    // The four entities added in 2022 have no Rosstat figure: missing, not zero.
    for (const r of b.regions.filter((x) => x.status === 'claimed_2022')) expect(r.population).toBeNull();
  });
});
