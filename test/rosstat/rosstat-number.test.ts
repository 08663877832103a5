import { describe, expect, it } from 'vitest';
import { rosstatNumber } from '../../src/rosstat/rosstat-number.js';

describe('rosstatNumber: figures as Rosstat prints them', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5], // no-break space
    ['121 182 987,5', 121182987.5],
    ['4077,6', 4077.6],
    [' 418,8', 418.8],
    ['83.3', 83.3], // a decimal point where Rosstat usually prints a comma (25.5, Tajikistan 2020: "42.5")
    ['10 1439', 101439], // R&D personnel of the Volga district, thousands separator misplaced
    ['-72,9', -72.9],
    ['–19,9', -19.9], // en dash as minus
    ['0,0', 0],
    ['12,5 1)', 12.5], // footnote mark after the figure
  ])('%j → %d', (raw, expected) => {
    expect(rosstatNumber(raw)).toEqual({ kind: 'number', value: expected });
  });

  it.each(['…', '...', '-', '–', '—', '', '… 1)', '...1)', '- 2)'])('%j is missing, not zero', (raw) => {
    expect(rosstatNumber(raw)).toEqual({ kind: 'missing' });
  });

  it.each(['12,51)', 'abc', '1,2,3', '12 %'])('%j is refused rather than guessed', (raw) => {
    expect(rosstatNumber(raw).kind).toBe('invalid');
  });
});
