import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/dataset/data-dir.js';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { csvObjects } from '../../src/io/csv.js';
import { RegionMatcher } from '../../src/registry/region-matcher.js';

const data = readBundled();
const matcher = new RegionMatcher(data.regions);
const iso = (name: string) => {
  const m = matcher.match(name);
  return m.kind === 'region' ? m.iso : m.kind;
};

describe('RegionMatcher', () => {
  it('matches every region name as Rosstat spells it in the population table (independent corpus)', () => {
    const rows = csvObjects(
      readFileSync(join(dataDir(), 'ru-population-rosstat-2020', 'population_by_region.csv'), 'utf8'),
    );
    const regions = rows.filter((r) => r.iso_3166_2);
    expect(regions.length).toBeGreaterThan(80);
    for (const r of regions) expect(iso(r.name_ru_rosstat!), r.name_ru_rosstat).toBe(r.iso_3166_2);
    for (const r of rows.filter((x) => !x.iso_3166_2))
      expect(iso(r.name_ru_rosstat!), r.name_ru_rosstat).toBe('aggregate');
  });

  it('matches the ФИАС names with type abbreviations and GeoNames names of hflabs (independent corpus)', () => {
    const rows = csvObjects(
      readFileSync(join(dataDir(), 'ru-federal-subjects', 'hflabs_region.csv'), 'utf8'),
    );
    // Baikonur (KZ-BAY) is in hflabs but is not a federal subject.
    for (const r of rows.filter((x) => x.iso_code !== 'KZ-BAY')) {
      expect(iso(r.name_with_type!), r.name_with_type).toBe(r.iso_code);
      // GeoNames calls the Altai Republic just "Altai", which also fits Altai Krai: never guessed.
      expect(iso(r.geoname_name!), r.geoname_name).toBe(
        r.geoname_name === 'Altai' ? 'ambiguous' : r.iso_code,
      );
    }
    expect(iso('г Байконур')).toBe('unknown');
  });

  it('maps every name of every registry row back to its region', () => {
    for (const r of data.regions)
      for (const name of [r.nameEnFull, r.nameRu, r.nameRuWithType, r.nameRuRosstat, r.nameEnUaDesignation])
        if (name) expect(iso(name), name).toBe(r.iso);
  });

  it.each([
    ['г. Москва', 'RU-MOW'],
    ['город Москва', 'RU-MOW'],
    ['Москва 1)', 'RU-MOW'],
    ['г.Санкт-Петербург', 'RU-SPE'],
    ['Республика Татарстан (Татарстан)', 'RU-TA'],
    ['Кемеровская область - Кузбасс', 'RU-KEM'],
    ['Кемеровская область – Кузбасс2)', 'RU-KEM'],
    ['Ханты-Мансийский автономный округ - Югра', 'RU-KHM'],
    ['Ханты-Мансийский автономный округ – Югра', 'RU-KHM'],
    ['Чувашская Республика - Чувашия', 'RU-CU'],
    ['Республика Северная Осетия - Алания', 'RU-SE'],
    ['Республика Саха (Якутия)', 'RU-SA'],
    ['Респ Саха /Якутия/', 'RU-SA'],
    ['Тюменская область (без автономных округов)', 'RU-TYU'],
    ['Архангельская область (кроме Ненецкого автономного округа)', 'RU-ARK'],
    ['в том числе Ненецкий автономный округ', 'RU-NEN'],
    ['Еврейская автономная область', 'RU-YEV'],
    ['Ненецкий авт. округ', 'RU-NEN'],
    ['Алтайский край', 'RU-ALT'],
    ['Республика Алтай', 'RU-AL'],
    ['Republic of Tatarstan', 'RU-TA'],
    ['Tatarstan', 'RU-TA'],
    ['Pskov Region', 'RU-PSK'],
    ['Perm Territory', 'RU-PER'],
    ['St. Petersburg', 'RU-SPE'],
    ['Moscow', 'RU-MOW'],
    ['Moscow Oblast', 'RU-MOS'],
    ['North Ossetia–Alania', 'RU-SE'],
    ['Khanty-Mansi Autonomous Okrug – Yugra', 'RU-KHM'],
    ['Sakha (Yakutia) Republic', 'RU-SA'],
    ['Kabardino-Balkarian Republic', 'RU-KB'],
    ['Chuvashia', 'RU-CU'],
    ['Jewish Autonomous Oblast', 'RU-YEV'],
    ['Республика Крым', 'UA-43'],
    ['Sevastopol', 'UA-40'],
    ['RU-TA', 'RU-TA'],
    ['ru-ta', 'RU-TA'],
    ['92000000000', 'RU-TA'],
    ['92000000', 'RU-TA'],
  ])('%s → %s', (name, expected) => {
    expect(iso(name)).toBe(expected);
  });

  it('reports ambiguous names with their candidates instead of guessing', () => {
    expect(matcher.match('Алтай')).toEqual({ kind: 'ambiguous', candidates: ['RU-AL', 'RU-ALT'] });
    expect(matcher.match('Altai')).toEqual({ kind: 'ambiguous', candidates: ['RU-AL', 'RU-ALT'] });
  });

  it('recognises aggregates and rejects unknown names', () => {
    expect(iso('Российская Федерация')).toBe('aggregate');
    expect(iso('Сибирский федеральный округ')).toBe('aggregate');
    expect(iso('Гондор')).toBe('unknown');
    expect(iso('RU-XX')).toBe('unknown');
    expect(iso('12345678901')).toBe('unknown');
  });

  it('uses the code system the column names', () => {
    expect(matcher.match('16', 'kladr')).toEqual({ kind: 'region', iso: 'RU-TA' });
    expect(matcher.match('92', 'okato')).toEqual({ kind: 'region', iso: 'RU-TA' });
    expect(matcher.match('Tatarstan', 'iso')).toEqual({ kind: 'unknown' });
  });
});
