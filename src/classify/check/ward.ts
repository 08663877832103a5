/**
 * Ward's agglomerative clustering (Lance–Williams update on squared Euclidean distances), cut at k clusters.
 * Labels are numbered in order of first appearance.
 * @example ward([[0], [1], [10], [11]], 2) // [0, 0, 1, 1]
 */
export function ward(points: number[][], k: number): number[] {
  const n = points.length;
  const d2 = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - b[i]!) ** 2, 0);
  const size = new Array<number>(n).fill(1);
  const alive = new Set(Array.from({ length: n }, (_, i) => i));
  const member = Array.from({ length: n }, (_, i) => i);
  const dist = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => d2(points[i]!, points[j]!)),
  );
  while (alive.size > k) {
    let bi = -1;
    let bj = -1;
    let bd = Infinity;
    for (const i of alive)
      for (const j of alive)
        if (i < j && dist[i]![j]! < bd) {
          bd = dist[i]![j]!;
          bi = i;
          bj = j;
        }
    for (const m of alive) {
      if (m === bi || m === bj) continue;
      const s = size[bi]! + size[bj]! + size[m]!;
      const v =
        ((size[bi]! + size[m]!) * dist[bi]![m]! +
          (size[bj]! + size[m]!) * dist[bj]![m]! -
          size[m]! * dist[bi]![bj]!) /
        s;
      dist[bi]![m] = v;
      dist[m]![bi] = v;
    }
    size[bi]! += size[bj]!;
    alive.delete(bj);
    for (let p = 0; p < n; p++) if (member[p] === bj) member[p] = bi;
  }
  const ids = new Map<number, number>();
  return member.map((m) => {
    if (!ids.has(m)) ids.set(m, ids.size);
    return ids.get(m)!;
  });
}
