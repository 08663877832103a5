/**
 * The rank of `value` among `column` (higher is better), with ties shown as shared: regions with equal values
 * occupy the places from the best to the worst of them ("10–25"), not all the best one. NaN is missing.
 */
export function sharedRank(column: ArrayLike<number>, value: number): { best: number; worst: number } | null {
  if (Number.isNaN(value)) return null;
  let above = 0;
  let equal = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i]!;
    if (x > value) above++;
    else if (x === value) equal++;
  }
  return { best: above + 1, worst: above + equal };
}

export const rankLabel = (r: { best: number; worst: number } | null): string =>
  r === null ? '—' : r.best === r.worst ? String(r.best) : `${r.best}–${r.worst}`;

/**
 * Strengths and weaknesses of a region: indicators furthest above and below the median, never the same
 * indicator in both lists (one exactly at the median is neither).
 */
export function strengthsAndWeaknesses<T extends { gap: number }>(
  items: T[],
  n = 3,
): { strengths: T[]; weaknesses: T[] } {
  return {
    strengths: items
      .filter((x) => x.gap > 0)
      .sort((a, b) => b.gap - a.gap)
      .slice(0, n),
    weaknesses: items
      .filter((x) => x.gap < 0)
      .sort((a, b) => a.gap - b.gap)
      .slice(0, n),
  };
}
