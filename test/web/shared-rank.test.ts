import { describe, expect, it } from 'vitest';
import { rankLabel, sharedRank, strengthsAndWeaknesses } from '../../web/src/lib/shared-rank.js';

// Synthetic columns, written in the test (issue 13, finding 3).
describe('shared ranks and disjoint strengths (dashboard profile)', () => {
  it('tied regions share the places from the best to the worst of them', () => {
    const col = [90, 50, 0, 0, 0, 20, NaN];
    expect(rankLabel(sharedRank(col, 0))).toBe('4–6');
    expect(rankLabel(sharedRank(col, 90))).toBe('1');
    expect(rankLabel(sharedRank(col, NaN))).toBe('—');
  });

  it('an indicator is never both a strength and a weakness; one at the median is neither', () => {
    const items = [
      { code: 'a', gap: 0 },
      { code: 'b', gap: 0 },
      { code: 'c', gap: 3 },
      { code: 'd', gap: -2 },
    ];
    const { strengths, weaknesses } = strengthsAndWeaknesses(items);
    expect(strengths.map((x) => x.code)).toEqual(['c']);
    expect(weaknesses.map((x) => x.code)).toEqual(['d']);
  });
});
