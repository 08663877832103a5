import { describe, expect, it } from 'vitest';
import { RegionMatcher } from '../../src/registry/region-matcher.js';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { rowLabel } from '../../src/rosstat/row-label.js';

describe('rowLabel: bilingual row names', () => {
  it('takes the Russian name from the first column and the English one from the last', () => {
    expect(rowLabel('Центральный \nфедеральный округ', 'Central \nFederal District')).toEqual({
      ru: 'Центральный федеральный округ',
      en: 'Central Federal District',
    });
  });
  it('splits "Name / English" and "Name\\nEnglish" in one cell', () => {
    expect(rowLabel(' Белгородская область / Belgorod Region')).toEqual({
      ru: 'Белгородская область',
      en: 'Belgorod Region',
    });
    expect(rowLabel(' Российская Федерация\n Russian Federation')).toEqual({
      ru: 'Российская Федерация',
      en: 'Russian Federation',
    });
    expect(
      rowLabel("Корейской Народно-\nДемократической \nРеспублики /\nDemocratic People's \nRepublic of Korea"),
    ).toEqual({
      ru: 'Корейской Народно-Демократической Республики',
      en: "Democratic People's Republic of Korea",
    });
  });
  it('drops footnote marks after names', () => {
    expect(rowLabel('Всего2)', 'Total2)')).toEqual({ ru: 'Всего', en: 'Total' });
    expect(rowLabel('Российская Федерация1)', 'Russian Federation1)').ru).toBe('Российская Федерация');
    expect(rowLabel('Грузия 2)', 'Georgia 2)').ru).toBe('Грузия');
  });
});

describe('names with Latin look-alike letters inside Cyrillic words match their region', () => {
  const matcher = new RegionMatcher(readBundled().regions);
  it.each([
    ['Аpхангельская область', 'RU-ARK'], // Latin p (25.4)
    ['Бpянская область', 'RU-BRY'], // Latin p (13.8)
    ['Владимиpская область', 'RU-VLA'],
    ['Республика Маpий Эл', 'RU-ME'],
  ])('%s → %s', (name, iso) => {
    expect(/[a-z]/.test(name)).toBe(true);
    expect(matcher.match(name)).toMatchObject({ kind: 'region', iso });
  });
});
