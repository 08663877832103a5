import { mulberry32 } from '../../engine/random/mulberry32.js';

const dist2 = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - b[i]!) ** 2, 0);

/**
 * k-means (Lloyd) with k-means++ seeding from a seeded PRNG; the best of `restarts` runs by within-cluster sum of
 * squares. Deterministic for a seed.
 * @example kmeans([[0], [1], [10], [11]], 2, 1).labels // [0, 0, 1, 1] (up to label order)
 */
export function kmeans(
  points: number[][],
  k: number,
  seed: number,
  restarts = 10,
): { labels: number[]; centres: number[][]; wss: number } {
  const rand = mulberry32(seed);
  let best: { labels: number[]; centres: number[][]; wss: number } | null = null;
  for (let r = 0; r < restarts; r++) {
    const centres: number[][] = [points[Math.floor(rand() * points.length)]!.slice()];
    while (centres.length < k) {
      const d = points.map((p) => Math.min(...centres.map((c) => dist2(p, c))));
      const total = d.reduce((a, b) => a + b, 0);
      let t = rand() * total;
      let pick = d.findIndex((v) => (t -= v) <= 0);
      if (pick < 0) pick = points.length - 1;
      centres.push(points[pick]!.slice());
    }
    let labels = new Array<number>(points.length).fill(-1);
    for (let iter = 0; iter < 100; iter++) {
      const next = points.map((p) => {
        let bi = 0;
        let bd = Infinity;
        centres.forEach((c, j) => {
          const d = dist2(p, c);
          if (d < bd) {
            bd = d;
            bi = j;
          }
        });
        return bi;
      });
      const changed = next.some((l, i) => l !== labels[i]);
      labels = next;
      for (let j = 0; j < k; j++) {
        const members = points.filter((_, i) => labels[i] === j);
        if (members.length)
          centres[j] = members[0]!.map((_, d) => members.reduce((s, m) => s + m[d]!, 0) / members.length);
      }
      if (!changed) break;
    }
    const wss = points.reduce((s, p, i) => s + dist2(p, centres[labels[i]!]!), 0);
    if (!best || wss < best.wss) best = { labels, centres: centres.map((c) => c.slice()), wss };
  }
  return best!;
}
