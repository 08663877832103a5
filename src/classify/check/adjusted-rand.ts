/**
 * Adjusted Rand index of two partitions (Hubert & Arabie): 1 = identical, ~0 = chance agreement.
 * @example adjustedRand(['a', 'a', 'b'], [1, 1, 2]) // 1
 */
export function adjustedRand(x: readonly (string | number)[], y: readonly (string | number)[]): number {
  const n = x.length;
  const table = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const k = `${x[i]}\u0000${y[i]}`;
    table.set(k, (table.get(k) ?? 0) + 1);
    rows.set(x[i]!, (rows.get(x[i]!) ?? 0) + 1);
    cols.set(y[i]!, (cols.get(y[i]!) ?? 0) + 1);
  }
  const c2 = (m: number) => (m * (m - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += c2(v);
  let a = 0;
  for (const v of rows.values()) a += c2(v);
  let b = 0;
  for (const v of cols.values()) b += c2(v);
  const expected = (a * b) / c2(n);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
