import { adjustedRand } from './adjusted-rand.js';
import { jenks } from './jenks.js';
import { kmeans } from './kmeans.js';
import { silhouette } from './silhouette.js';
import { ward } from './ward.js';

export interface DataDrivenCheck {
  units: string[];
  kmeans: {
    k: number;
    silhouette: number;
    bySize: { k: number; silhouette: number }[];
    labels: number[];
    ari: number;
  };
  ward: { k: number; labels: number[]; ari: number };
  /** Natural breaks of the composite into as many ordered classes as the typology has, named after them. */
  jenks: { k: number; classes: string[]; ari: number; agreement: number };
  /** rule class → natural-breaks class → count. */
  confusion: Record<string, Record<string, number>>;
  disagreements: { unit: string; rule: string; jenks: string }[];
}

/**
 * Check rule-based classes against data-driven ones: k-means on the axes (k from 2 to 6 by silhouette, seeded),
 * Ward clustering with the same k, and Jenks natural breaks of the composite index into the typology's number of
 * ordered classes. Agreement by the adjusted Rand index and a confusion table; disagreements listed.
 */
export function dataDrivenCheck(
  units: string[],
  axes: number[][],
  composite: number[],
  ruleClasses: string[],
  orderedClasses: string[],
  seed: number,
): DataDrivenCheck {
  const bySize = [2, 3, 4, 5, 6]
    .filter((k) => k < units.length)
    .map((k) => ({ k, labels: kmeans(axes, k, seed).labels }))
    .map((r) => ({ ...r, silhouette: silhouette(axes, r.labels) }));
  const bestK = bySize.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  const wardLabels = ward(axes, bestK.k);
  const k = orderedClasses.length;
  const jenksIdx = jenks(composite, k);
  const levels = Math.max(...jenksIdx) + 1;
  // The highest natural-breaks class takes the name of the highest typology class, and so on down.
  const jenksClasses = jenksIdx.map(
    (j) => orderedClasses[levels - 1 - j] ?? orderedClasses[orderedClasses.length - 1]!,
  );
  const confusion: Record<string, Record<string, number>> = {};
  for (const c of orderedClasses) confusion[c] = Object.fromEntries(orderedClasses.map((d) => [d, 0]));
  ruleClasses.forEach((r, i) => {
    const row = (confusion[r] ??= {});
    row[jenksClasses[i]!] = (row[jenksClasses[i]!] ?? 0) + 1;
  });
  return {
    units,
    kmeans: {
      k: bestK.k,
      silhouette: bestK.silhouette,
      bySize: bySize.map(({ k: kk, silhouette: s }) => ({ k: kk, silhouette: s })),
      labels: bestK.labels,
      ari: adjustedRand(ruleClasses, bestK.labels),
    },
    ward: { k: bestK.k, labels: wardLabels, ari: adjustedRand(ruleClasses, wardLabels) },
    jenks: {
      k,
      classes: jenksClasses,
      ari: adjustedRand(ruleClasses, jenksClasses),
      agreement: ruleClasses.filter((r, i) => r === jenksClasses[i]).length / units.length,
    },
    confusion,
    disagreements: units.flatMap((unit, i) =>
      ruleClasses[i] !== jenksClasses[i] ? [{ unit, rule: ruleClasses[i]!, jenks: jenksClasses[i]! }] : [],
    ),
  };
}
