/**
 * Jenks natural breaks (Fisher's exact dynamic programme): the k classes of sorted values that minimise the
 * within-class sum of squared deviations. Returns the class (0 = lowest values) of each input value.
 * @example jenks([1, 2, 3, 10, 11, 12], 2) // [0, 0, 0, 1, 1, 1]
 */
export function jenks(values: number[], k: number): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const x = order.map((o) => o[0]);
  const n = x.length;
  const kk = Math.min(k, new Set(x).size);
  const pre = [0];
  const pre2 = [0];
  for (const v of x) {
    pre.push(pre[pre.length - 1]! + v);
    pre2.push(pre2[pre2.length - 1]! + v * v);
  }
  const ssd = (i: number, j: number) => {
    const s = pre[j + 1]! - pre[i]!;
    return pre2[j + 1]! - pre2[i]! - (s * s) / (j - i + 1);
  };
  const cost = Array.from({ length: kk + 1 }, () => new Array<number>(n).fill(Infinity));
  const cut = Array.from({ length: kk + 1 }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) cost[1]![j] = ssd(0, j);
  for (let c = 2; c <= kk; c++)
    for (let j = c - 1; j < n; j++)
      for (let i = c - 1; i <= j; i++) {
        const v = cost[c - 1]![i - 1]! + ssd(i, j);
        if (v < cost[c]![j]!) {
          cost[c]![j] = v;
          cut[c]![j] = i;
        }
      }
  const sortedClass = new Array<number>(n);
  let j = n - 1;
  for (let c = kk; c >= 1; c--) {
    const i = c === 1 ? 0 : cut[c]![j]!;
    for (let t = i; t <= j; t++) sortedClass[t] = c - 1;
    j = i - 1;
  }
  const out = new Array<number>(n);
  order.forEach((o, t) => (out[o[1]] = sortedClass[t]!));
  return out;
}
