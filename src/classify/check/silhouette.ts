/**
 * Mean silhouette width of a partition (Euclidean): near 1 for compact, well-separated clusters.
 * @example silhouette([[0], [1], [10], [11]], [0, 0, 1, 1]) // ≈ 0.9
 */
export function silhouette(points: number[][], labels: number[]): number {
  const d = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]!) ** 2, 0));
  const clusters = [...new Set(labels)];
  if (clusters.length < 2) return NaN;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const mean = (c: number) => {
      const others = points.filter((_, j) => labels[j] === c && j !== i);
      return others.length ? others.reduce((s, p) => s + d(points[i]!, p), 0) / others.length : 0;
    };
    const own = labels.filter((l) => l === labels[i]).length;
    if (own === 1) continue; // a singleton's silhouette is 0
    const a = mean(labels[i]!);
    const b = Math.min(...clusters.filter((c) => c !== labels[i]).map(mean));
    total += (b - a) / Math.max(a, b);
  }
  return total / points.length;
}
