import { entersAs } from '../catalogue/indicators-markdown.js';

import { audit } from '../engine/audit/audit.js';
import { pearson } from '../engine/stats/pearson.js';
import { spearman } from '../engine/stats/spearman.js';
import { runIndex } from '../engine/pipeline.js';
import { indicatorsOf } from '../engine/framework.js';
import type { IndexSpec, TreatMethod } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { runUncertainty } from '../engine/uncertainty/monte-carlo.js';
import type { Snapshot } from '../query/snapshot.js';
import { REGIONAL_INDEX_IDS, REGIONAL_INDICES, type RegionalIndexId } from './regional-framework.js';
import type { RegionalScores } from './regional-scores.js';
import { scoreRows, type ScoreRow, type SharedRank } from './score-rows.js';
import { watershedNote } from './period-watershed.js';

const f = (v: number | null | undefined, d = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(d);
const rank = (r: SharedRank | null) => (r ? (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`) : '—');

/** The pair of indicators (any two of the index, not only within a pillar) with the largest |Pearson r|. */
export function strongestPair(
  columns: Record<string, Float64Array>,
  codes: string[],
): { a: string; b: string; r: number } | null {
  let best: { a: string; b: string; r: number } | null = null;
  for (let i = 0; i < codes.length; i++)
    for (let j = i + 1; j < codes.length; j++) {
      const r = pearson(columns[codes[i]!]!, columns[codes[j]!]!);
      if (Number.isFinite(r) && (!best || Math.abs(r) > Math.abs(best.r)))
        best = { a: codes[i]!, b: codes[j]!, r };
    }
  return best;
}

/** Monte Carlo settings of the published rank intervals. */
export const RESULTS_UNCERTAINTY = { runs: 500, seed: 1 } as const;

/**
 * The generated part of docs/index.md: for each index its indicators with coverage, periods and how they enter;
 * the audit (correlations, Cronbach's alpha, first principal component); the top 15 with rank intervals from the
 * uncertainty run; and the gap. Deterministic (seeded), so a test can keep the committed text in sync.
 */
export function indexResultsMarkdown(
  s: Snapshot,
  scores: RegionalScores,
  spec: IndexSpec,
  design: Design,
): string {
  const rows = scoreRows(s, scores);
  const name = (iso: string) => rows.find((r) => r.iso === iso)?.name_en ?? iso;
  const out: string[] = [];
  for (const id of REGIONAL_INDEX_IDS) {
    const { input, result } = scores.indices[id];
    const ix = REGIONAL_INDICES[id];
    const n = input.data.units.length;
    out.push(`### ${ix.name_en}`, '');
    out.push('| indicator | enters as | period | coverage |', '| --- | --- | --- | --- |');
    for (const node of indicatorsOf(ix.framework)) {
      const col = input.data.columns[node.code]!;
      const have = col.filter(Number.isFinite).length;
      out.push(
        `| \`${node.code}\` ${node.name} | ${entersAs(node.code, node.denominator, spec)} | ${input.periods[node.code]} | ${have} of ${n} |`,
      );
    }
    const mixed = watershedNote(input.periods, 'en');
    if (mixed) out.push('', mixed);
    const a = audit(result.steps.Normalised, result.steps.Aggregated, ix.framework);
    const pairs = a.withinGroups;
    const codes = indicatorsOf(ix.framework).map((x) => x.code);
    const strongest = strongestPair(result.steps.Normalised.columns, codes);
    out.push('', `Audit on the normalised indicators (${n} regions):`, '');
    out.push(
      '| group | children | Cronbach’s α | PC1 explains | strongest pair (Pearson) |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const g of a.groups) {
      const inGroup = pairs
        .filter((p) => p.group === g.group)
        .sort((x, y) => Math.abs(y.pearson) - Math.abs(x.pearson))[0];
      out.push(
        `| ${g.group} | ${g.children.join(', ')} | ${f(g.cronbachAlpha, 2)} | ${f(100 * (g.pca.explained[0] ?? NaN), 0)} % | ${
          inGroup ? `${inGroup.a} × ${inGroup.b}: ${f(inGroup.pearson, 2)}` : '—'
        } |`,
      );
    }
    out.push(
      '',
      `Indicators: ${codes.length}; strongest correlation between any two of them ${
        strongest ? `${strongest.a} × ${strongest.b} = ${f(strongest.r, 2)}` : '—'
      } (the bound is |r| ≤ 0.9).`,
      '',
    );
    const unc = runUncertainty(input, spec, design, RESULTS_UNCERTAINTY);
    const byUnit = new Map(unc.units.map((u) => [u.unit, u]));
    const key = id === 'activity' ? 'activity' : 'potential';
    const top = rows
      .filter((r) => r[key] !== null)
      .sort((x, y) => y[key]! - x[key]!)
      .slice(0, 20);
    out.push(
      `Top 20 with the 5–95 % rank interval over ${unc.runs} Monte Carlo runs (seed ${unc.seed}; ${unc.failed} failed) of the uncertainty design:`,
      '',
      '| rank | region | score | rank interval |',
      '| --- | --- | --- | --- |',
    );
    for (const r of top) {
      const u = byUnit.get(r.iso);
      out.push(
        `| ${rank(r[`${key}_rank` as 'activity_rank'])} | ${name(r.iso)} (${r.iso}) | ${f(r[key])} | ${f(u?.q05, 0)}–${f(u?.q95, 0)} |`,
      );
    }
    out.push('');
  }
  const fit = scores.gap.fit;
  const gapRows = rows
    .filter((r): r is ScoreRow & { gap: number } => r.gap !== null)
    .sort((x, y) => y.gap - x.gap);
  out.push(
    '### Gap',
    '',
    `Expected activity = ${f(fit.intercept, 2)} + ${f(fit.slope, 3)} × potential (least squares over ${fit.n} regions, r² = ${f(
      fit.r2,
      2,
    )}). Gap = activity − expected.`,
    '',
    '| | region | activity | potential | expected | gap |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const line = (r: ScoreRow, i: string) =>
    `| ${i} | ${name(r.iso)} (${r.iso}) | ${f(r.activity)} | ${f(r.potential)} | ${f(r.expected)} | ${f(r.gap)} |`;
  gapRows.slice(0, 15).forEach((r, i) => out.push(line(r, `+${i + 1}`)));
  gapRows
    .slice(-10)
    .reverse()
    .forEach((r, i) => out.push(line(r, `−${i + 1}`)));
  out.push('', '### Effect of the transformation choices', '', transformationEffects(s, scores, spec));
  return out.join('\n') + '\n';
}

/** An alternative way for one indicator to enter an index, to show what the chosen one changes. */
interface Variant {
  index: RegionalIndexId;
  code: string;
  label: string;
  denominator: string | null;
  treat: TreatMethod | null;
}

const LOG: TreatMethod = { method: 'log', offset: 1 };

export const TRANSFORMATION_VARIANTS: Variant[] = [
  {
    index: 'activity',
    code: 'trade_turnover_mln_usd',
    label: 'per inhabitant',
    denominator: 'population_m',
    treat: null,
  },
  { index: 'activity', code: 'trade_turnover_mln_usd', label: 'volume, log', denominator: null, treat: LOG },
  {
    index: 'activity',
    code: 'own_ties',
    label: 'per million inhabitants',
    denominator: 'population_m',
    treat: null,
  },
  { index: 'activity', code: 'own_ties', label: 'count, JRC outlier rule', denominator: null, treat: null },
  {
    index: 'activity',
    code: 'tourists_sent_abroad_thou',
    label: 'volume, log',
    denominator: null,
    treat: LOG,
  },
  {
    index: 'potential',
    code: 'students_higher_thou',
    label: 'per 1,000 inhabitants',
    denominator: 'population_thou',
    treat: null,
  },
  {
    index: 'potential',
    code: 'heritage_sites',
    label: 'per 1,000 inhabitants',
    denominator: 'population_thou',
    treat: null,
  },
  { index: 'potential', code: 'grp_per_capita_rub', label: 'log', denominator: null, treat: LOG },
];

/**
 * What each transformation choice does to the ranking: the index rebuilt with one indicator entering another way,
 * its rank correlation with the default and its top 5.
 */
export function transformationEffects(s: Snapshot, scores: RegionalScores, spec: IndexSpec): string {
  const name = (iso: string) => s.regions.find((r) => r.iso === iso)?.name_en ?? iso;
  const top5 = (x: Float64Array, units: string[]) =>
    [...x]
      .map((v, i) => [v, units[i]!] as const)
      .filter(([v]) => Number.isFinite(v))
      .sort((a, b) => b[0] - a[0])
      .slice(0, 5)
      .map(([, u]) => name(u))
      .join(', ');
  const out = [
    '| index | indicator | enters as | Spearman ρ with the default | top 5 |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const id of REGIONAL_INDEX_IDS) {
    const { input, score } = scores.indices[id];
    out.push(`| ${id} | (default) | as in the table above | 1 | ${top5(score, input.data.units)} |`);
  }
  for (const v of TRANSFORMATION_VARIANTS) {
    const { input, score } = scores.indices[v.index];
    const nodes = input.framework.nodes.map((n) =>
      n.code === v.code ? { ...n, denominator: v.denominator } : n,
    );
    const overrides = { ...spec.treat.overrides };
    if (v.treat) overrides[v.code] = v.treat;
    else delete overrides[v.code];
    const alt = runIndex(
      { ...input, framework: { nodes } },
      { ...spec, treat: { ...spec.treat, overrides } },
    );
    const y = alt.steps.Aggregated.columns.index!;
    out.push(
      `| ${v.index} | \`${v.code}\` | ${v.label} | ${f(spearman(score, y), 3)} | ${top5(y, input.data.units)} |`,
    );
  }
  return out.join('\n') + '\n';
}

/** Replace the text between the markers of a document with the generated part. */
export function spliceGenerated(doc: string, generated: string): string {
  const begin = '<!-- generated: npm run docs:index -->';
  const end = '<!-- end generated -->';
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/index.md needs the markers ${begin} … ${end}`);
  return doc.slice(0, i + begin.length) + '\n\n' + generated + '\n' + doc.slice(j);
}
