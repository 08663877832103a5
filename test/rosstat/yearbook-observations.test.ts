import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundled, type BundledData } from '../../src/dataset/read-bundled.js';
import { DERIVED_FILES, derivedCsv } from '../../src/rosstat/derived-observations.js';
import { ROSSTAT_INDICATORS, ROSSTAT_TABLES } from '../../src/rosstat/rosstat-tables.js';
import { readYearbook, type YearbookReading } from '../../src/rosstat/yearbook-observations.js';

const YEARBOOK = join(import.meta.dirname, '../../data/ru-rosstat-yearbook');

let data: BundledData;
let reading: YearbookReading;
beforeAll(() => {
  data = readBundled();
  reading = readYearbook(YEARBOOK, data.regions, data.countries);
});

const value = (iso: string, indicator: string, period: string) =>
  reading.observations.find(
    (o) => o.region_iso === iso && o.indicator_id === indicator && o.period === period,
  );

describe('the bundled yearbook, read from its .docx chapters', () => {
  it('reads every listed table from both editions', () => {
    const listed = [
      '2.1',
      '4.2',
      '7.2',
      '9.14',
      '10.15',
      '12.x',
      '13.8',
      '21.x',
      '22.33',
      '25.4',
      '4.21',
      '7.34',
      '7.35',
      '10.7',
      '10.8',
      '13.13',
      '25.5',
      '25.7',
    ];
    for (const edition of [2022, 2023]) {
      const read = reading.tables
        .filter((t) => t.edition === edition)
        .map((t) => t.table.replace(/^(12|21)\..*/, '$1.x'));
      expect(read.sort()).toEqual([...listed].sort());
      for (const t of reading.tables) expect(t.observations, `${t.edition} ${t.table}`).toBeGreaterThan(0);
    }
    expect(reading.tables.find((t) => t.edition === 2022 && t.table.startsWith('12.'))!.table).toBe('12.19');
    expect(reading.tables.find((t) => t.edition === 2023 && t.table.startsWith('21.'))!.table).toBe('21.15');
  });

  it('is what data/ru-rosstat-yearbook/derived holds (db build loads those files): regenerate with npm run data:rosstat', () => {
    const csv = derivedCsv(reading);
    for (const [key, file] of Object.entries(DERIVED_FILES))
      expect(readFileSync(join(YEARBOOK, file), 'utf8'), file).toBe(csv[key as keyof typeof csv]);
  });

  it('matches each of the 85 subjects in the tables exactly once per table; the four entities claimed in 2022 are absent, never zero', () => {
    const claimed2022 = data.regions
      .filter((r) => r.status === 'claimed_2022')
      .map((r) => r.iso)
      .sort();
    expect(claimed2022).toHaveLength(4);
    for (const t of reading.tables.filter((x) => x.kind === 'regional')) {
      expect(t.absentRegions.sort(), `${t.edition} ${t.table}`).toEqual(claimed2022);
      // Russia, 8 federal districts, Arkhangelsk and Tyumen oblasts with their okrugs.
      expect(t.aggregates, `${t.edition} ${t.table}`).toBe(11);
    }
    for (const iso of claimed2022) expect(reading.observations.some((o) => o.region_iso === iso)).toBe(false);
    const perTable = new Map<string, Set<string>>();
    for (const o of reading.observations) {
      const key = `${o.source_ref.split(',').slice(0, 2).join(',')} ${o.indicator_id} ${o.period}`;
      const set = perTable.get(key) ?? new Set();
      expect(set.has(o.region_iso), `${o.region_iso} twice in ${key}`).toBe(false);
      perTable.set(key, set.add(o.region_iso));
    }
  });

  it('gives the figures SOURCE.md checks against the publication', () => {
    expect(value('RU-TA', 'exports_mln_usd', '2021')?.value).toBe(12072.9);
    expect(value('RU-TA', 'imports_mln_usd', '2021')?.value).toBe(5475.0);
    expect(value('RU-KGD', 'imports_mln_usd', '2021')?.value).toBe(8764.7);
    expect(value('RU-MOW', 'grp_mln_rub', '2021')!.value / 1e6).toBeCloseTo(24.47, 2);
    const turnover = (iso: string) =>
      value(iso, 'exports_mln_usd', '2021')!.value + value(iso, 'imports_mln_usd', '2021')!.value;
    const regions = [...new Set(reading.observations.map((o) => o.region_iso))];
    const largest = regions
      .filter((r) => value(r, 'exports_mln_usd', '2021'))
      .sort((a, b) => turnover(b) - turnover(a))[0];
    expect(largest).toBe('RU-MOW');
    expect(turnover('RU-MOW') / 1000).toBeCloseTo(336, 0);
  });

  it('keeps the later edition where both print the same period, and says so (25.4, 2021)', () => {
    const ta = value('RU-TA', 'exports_mln_usd', '2021')!;
    expect(ta.source_ref).toMatch(
      /^RSY 2023, t\. 25\.4, row \d+ \(Республика Татарстан\); replaces RSY 2022, t\. 25\.4/,
    );
    // Russia's total was revised between the editions (492,907 vs 493,096.1): an aggregate, so it is not stored,
    // but the regional rows are the ones of the 2023 edition.
    expect(
      reading.observations
        .filter((o) => o.period === '2021' && o.indicator_id === 'exports_mln_usd')
        .every((o) => o.source_ref.startsWith('RSY 2023')),
    ).toBe(true);
  });

  it('stores investment in fixed capital in millions in both editions, though the 2022 edition heads 13.8 "Млн руб." over billions', () => {
    // Reference: Russia's investment in fixed capital as the yearbooks' national table 13.2 prints it (mln roubles):
    // 22 945 384 for 2021 (RSY 2022) and 27 865 233.8 for 2022 (RSY 2023). Regions sum to most of it; the rest is
    // investment not assigned to a region.
    const total = (period: string) =>
      reading.observations
        .filter((o) => o.indicator_id === 'investment_mln_rub' && o.period === period)
        .reduce((s, o) => s + o.value, 0);
    expect(total('2021') / 22_945_384).toBeGreaterThan(0.8);
    expect(total('2021') / 22_945_384).toBeLessThanOrEqual(1);
    expect(total('2022') / 27_865_233.8).toBeGreaterThan(0.8);
    expect(total('2022') / 27_865_233.8).toBeLessThanOrEqual(1);
    // Belgorod oblast prints 165,7 in the 2022 edition.
    const bel = value('RU-BEL', 'investment_mln_rub', '2021')!;
    expect(bel.value).toBe(165_700);
    expect(bel.source_ref).toMatch(/printed in billions under a "Млн руб\." header.*multiplied by 1000/);
    expect(value('RU-BEL', 'investment_mln_rub', '2022')!.source_ref).not.toMatch(/billions/);
  });

  it('reads the oblast without its autonomous okrugs, as the registry defines Arkhangelsk and Tyumen oblasts', () => {
    // 25.4 prints Arkhangelsk oblast 3 207,3 with the Nenets okrug and 2 087,4 without it (spelt "Аpхангельская", Latin p).
    expect(value('RU-ARK', 'exports_mln_usd', '2021')?.value).toBe(2087.4);
    expect(value('RU-NEN', 'exports_mln_usd', '2021')?.value).toBe(1119.9);
    expect(value('RU-ARK', 'exports_mln_usd', '2021')?.source_ref).toContain('без автономного округа');
  });

  it('gives country-level figures by ISO code, with totals and groups left out', () => {
    const c = (iso2: string, indicator: string, period: string) =>
      reading.countryObservations.find(
        (o) => o.country_iso2 === iso2 && o.indicator_id === indicator && o.period === period,
      )?.value;
    // Figures from the independent reading (test/fixtures/rosstat-extracted-check, 2023 edition).
    expect(c('CN', 'ru_exports_to_mln_usd', '2021')).toBe(69098);
    expect(c('CN', 'ru_imports_from_mln_usd', '2021')).toBe(72827);
    expect(c('KZ', 'ru_exports_to_mln_usd', '2021')).toBe(18529);
    expect(c('KZ', 'migrants_arrived', '2022')).toBe(64382);
    expect(c('KZ', 'migrants_departed', '2022')).toBe(69329);
    const isos = new Set(data.countries.map((x) => x.iso2));
    for (const o of reading.countryObservations) expect(isos.has(o.country_iso2), o.source_ref).toBe(true);
    expect(
      reading.countryObservations.some((o) => /Всего|Страны ЕС|СНГ/.test(o.source_ref.split('(')[1] ?? '')),
    ).toBe(false);
  });

  it('describes every indicator it stores, once', () => {
    const ids = ROSSTAT_INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set([
      ...ROSSTAT_TABLES.flatMap((t) => t.columns.map((c) => c.indicator)),
      ...ROSSTAT_TABLES.flatMap((t) =>
        t.kind === 'country' ? (t.sections ?? []).map((s) => s.indicator) : [],
      ),
    ]);
    expect([...used].sort()).toEqual([...ids].sort());
  });
});
