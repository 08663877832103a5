/**
 * Group labels → a dense group number per unit (−1 for a unit without a group), computed once per run so that
 * per-column work over groups is one pass, not one filter per group.
 */
export function groupIndex(labels: readonly (string | null | undefined)[]): {
  ids: Int32Array;
  labels: string[];
} {
  const ids = new Int32Array(labels.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === null || l === undefined) {
      ids[i] = -1;
      continue;
    }
    let g = seen.get(l);
    if (g === undefined) seen.set(l, (g = seen.size));
    ids[i] = g;
  }
  return { ids, labels: [...seen.keys()] };
}
