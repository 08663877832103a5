export type Ties = 'min' | 'average' | 'max';

/**
 * Ranks of the values, 1 = smallest (or largest, `descending`); NaN stays NaN (R's `rank(na.last = "keep")`). Ties get the minimum rank
 * (sport ranking, COINr's default) or their average (for Spearman correlation).
 * @example rank([10, 30, 20, 20]) // [1, 4, 2, 2]
 */
export function rank(x: ArrayLike<number>, ties: Ties = 'min', descending = false): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]!)) idx.push(i);
  idx.sort(descending ? (a, b) => x[b]! - x[a]! : (a, b) => x[a]! - x[b]!);
  const out = new Float64Array(x.length).fill(NaN);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && x[idx[j + 1]!] === x[idx[i]!]) j++;
    const r = ties === 'min' ? i + 1 : ties === 'max' ? j + 1 : (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[idx[k]!] = r;
    i = j + 1;
  }
  return out;
}
