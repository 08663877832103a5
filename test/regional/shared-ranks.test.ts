import { describe, expect, it } from 'vitest';
import { sharedRanks } from '../../src/regional/score-rows.js';

describe('sharedRanks', () => {
  it('gives tied values the span of places they share, and missing values no rank', () => {
    expect(sharedRanks([5, 7, 7, NaN, 0])).toEqual([
      { from: 3, to: 3 },
      { from: 1, to: 2 },
      { from: 1, to: 2 },
      null,
      { from: 4, to: 4 },
    ]);
  });
  it('a value shared by all spans every place', () => {
    expect(sharedRanks([0, 0, 0])).toEqual([
      { from: 1, to: 3 },
      { from: 1, to: 3 },
      { from: 1, to: 3 },
    ]);
  });
});
