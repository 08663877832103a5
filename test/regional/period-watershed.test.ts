import { describe, expect, it } from 'vitest';
import { acrossWatershed, watershedNote } from '../../src/regional/period-watershed.js';

describe('acrossWatershed', () => {
  it('places each period by its last day against 24 February 2022', () => {
    expect(
      acrossWatershed({
        trade: '2021', // ends 2021-12-31
        jan: '2022-01', // ends 2022-01-31
        feb: '2022-02', // ends 2022-02-28, after the 24th
        day: '2022-02-24',
        tourists: '2022',
        population: '2023-01-01',
      }),
    ).toEqual({ before: ['trade', 'jan'], after: ['feb', 'day', 'tourists', 'population'] });
  });

  it('counts an indicator with periods on both sides in both lists, and ignores periods without a date', () => {
    expect(acrossWatershed({ mixed: '2021, 2022', ties: 'as the ties', none: 'no data' })).toEqual({
      before: ['mixed'],
      after: ['mixed'],
    });
  });
});

describe('watershedNote', () => {
  it('names the indicators on each side, in both languages, only when an index mixes them', () => {
    expect(watershedNote({ a: '2021', b: '2022-11' }, 'en')).toBe(
      'Mixed periods: a before 24 February 2022, b after it; the index is not a picture of one moment.',
    );
    expect(watershedNote({ a: '2021', b: '2022-11' }, 'ru')).toContain(
      'a — до 24 февраля 2022 г., b — после',
    );
    expect(watershedNote({ a: '2022', b: '2023-01-01' }, 'en')).toBeUndefined();
  });
});
