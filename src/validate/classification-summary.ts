import { INSUFFICIENT } from '../classify/classify.js';
import type { RegionalClassification } from '../classify/regional-classification.js';

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

/**
 * The classification in a few Markdown lines for the validation report: class counts, how stable the classes are
 * under each family of replications, and the data-driven check (k-means, Ward, Jenks, adjusted Rand index).
 */
export function classificationSummary(c: RegionalClassification): string[] {
  const count = (id: string) => c.regions.filter((r) => r.class === id).length;
  const classified = c.regions.filter((r) => r.class !== INSUFFICIENT);
  const lines = [
    `Typology "${c.typology.name}": ${c.typology.classes.map((k) => `${k.name_en} ${count(k.id)}`).join(' · ')} · insufficient data ${count(INSUFFICIENT)}.`,
    '',
    `Class probabilities over ${c.runs} Monte Carlo runs of method choices, ${c.data_uncertainty.bootstrap_runs} bootstrap replicates over the ties and ${c.data_uncertainty.leave_one_out.sources.length} runs each leaving out one source or one table of a source (${c.data_uncertainty.leave_one_out.sources.join(', ') || 'none'}${c.data_uncertainty.leave_one_out.failed.length ? `; could not be built without: ${c.data_uncertainty.leave_one_out.failed.join(', ')}` : ''}).`,
    '',
    '| replications | classified regions whose own class has probability < 1 | mean probability of the own class |',
    '| --- | --- | --- |',
  ];
  const families = ['method', 'bootstrap', 'leave_one_out'] as const;
  for (const f of families) {
    const own = classified
      .map((r) => (r.probabilities_by[f] ? (r.probabilities_by[f][r.class] ?? 0) : NaN))
      .filter(Number.isFinite);
    if (!own.length) continue;
    lines.push(
      `| ${f.replace(/_/g, ' ')} | ${own.filter((p) => p < 1).length} of ${own.length} | ${pct(own.reduce((a, b) => a + b, 0) / own.length)} |`,
    );
  }
  const all = classified.map((r) => r.probabilities[r.class] ?? 0);
  lines.push(
    `| all (mean of the families) | ${all.filter((p) => p < 1).length} of ${all.length} | ${pct(all.reduce((a, b) => a + b, 0) / (all.length || 1))} |`,
  );
  const k = c.check;
  lines.push(
    '',
    `Data-driven check on the ${classified.length} classified regions: k-means on the axes chooses k = ${k.kmeans.k} (mean silhouette ${k.kmeans.silhouette.toFixed(2)}; ${k.kmeans.bySize.map((b) => `k = ${b.k}: ${b.silhouette.toFixed(2)}`).join(', ')}), adjusted Rand index with the rule-based classes ${k.kmeans.ari.toFixed(2)}; Ward clustering with the same k, ARI ${k.ward.ari.toFixed(2)}; Jenks natural breaks of the mean of the axes into ${k.jenks.k} classes, ARI ${k.jenks.ari.toFixed(2)}, same class for ${pct(k.jenks.agreement)} of regions.${k.kmeans.silhouette < 0.5 ? ' A best mean silhouette below 0.5 means weak cluster structure: the regions form a continuum on these axes, which the rules cut at their thresholds, so a low ARI says the classes are cut-offs, not natural groups.' : ''}`,
  );
  return lines;
}
