import { describe, expect, inject, it } from 'vitest';
import { regionProfile } from '../../src/query/region-profile.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

// On the bundled real data (the store built in global setup).
describe('a region profile lists every indicator, missing ones included, and where each figure is printed', async () => {
  const s = await loadSnapshot(inject('baseStore'));
  const rows = (iso: string, id: string) =>
    regionProfile(s, iso, 'all').observations.filter((o) => o.indicator_id === id);

  it('lists every indicator of the store’s catalogue for every region', () => {
    for (const iso of ['RU-VLG', 'RU-CHU', 'RU-TY', 'UA-14']) {
      const ids = new Set(regionProfile(s, iso, 'all').observations.map((o) => o.indicator_id));
      for (const i of s.indicators) expect(ids.has(i.id), `${iso} ${i.id}`).toBe(true);
    }
  });

  it('shows a figure the yearbook does not give as missing, with why', () => {
    // Table 9.14 prints "–" for Vologda oblast's heritage sites in both editions (R_09.docx of 2022 and 2023).
    const [vlg] = rows('RU-VLG', 'heritage_sites');
    expect(vlg).toMatchObject({ value: null, period: null, source_ref: null });
    expect(vlg!.missing!.en).toMatch(/no figure for the region in the yearbook/);
    expect(vlg!.missing!.ru).toMatch(/в ежегоднике нет значения/);
    // Chukotka: no R&D personnel (t. 22.33) and no tourists sent abroad (t. 10.15) in the derived file.
    for (const id of ['rd_personnel', 'tourists_sent_abroad_thou']) {
      const r = rows('RU-CHU', id);
      expect(r, id).toHaveLength(1);
      expect(r[0]!.value, id).toBeNull();
    }
  });

  it('cites the table and row of each yearbook figure', () => {
    const r = rows('RU-VLG', 'rd_personnel').find((o) => o.period === '2022');
    // Row of data/ru-rosstat-yearbook/derived/regional_observations.csv.
    expect(r).toMatchObject({ value: 591, source_ref: 'RSY 2023, t. 22.33, row 28 (Вологодская область)' });
    for (const o of regionProfile(s, 'RU-VLG', 'all').observations)
      if (o.source.id === 'ru-rosstat-yearbook' && o.value !== null)
        expect(o.source_ref, o.indicator_id).toMatch(/^RSY 20\d\d, t\. \d+\.\d+, row \d+/);
  });

  it('flags a heritage count that changed more than threefold between editions', () => {
    const tyu = rows('RU-TYU', 'heritage_sites');
    expect(tyu.map((o) => o.value)).toEqual([108, 7835]);
    for (const o of tyu) expect(o.quality!.en).toMatch(/more than 3-fold.*108 \(2021\) → 7,835 \(2022\)/);
    expect(rows('RU-AD', 'heritage_sites').every((o) => o.quality === null)).toBe(true);
  });
});
