import type { Dataset } from '../dataset.js';
import { childrenOf, maxLevel, type Framework } from '../framework.js';
import { cronbachAlpha } from '../stats/cronbach-alpha.js';
import { pca, type PcaResult } from '../stats/pca.js';
import { pearson } from '../stats/pearson.js';
import { spearman } from '../stats/spearman.js';
import {
  DEFAULT_STAT_THRESHOLDS,
  indicatorStats,
  type IndicatorStats,
  type StatThresholds,
} from './indicator-stats.js';

export interface CorrelationPair {
  group: string;
  a: string;
  b: string;
  pearson: number;
  spearman: number;
  /** collinear: above the high threshold within a group; negative: below the low threshold. */
  flag: 'ok' | 'collinear' | 'negative';
}

export interface ParentCorrelation {
  code: string;
  level: number;
  /** The node's parent, and the top of the index. */
  parent: string | null;
  pearsonParent: number;
  spearmanParent: number;
  pearsonIndex: number;
  spearmanIndex: number;
}

export interface GroupCoherence {
  group: string;
  level: number;
  children: string[];
  cronbachAlpha: number;
  pca: PcaResult;
}

export interface Audit {
  stats: IndicatorStats[];
  withinGroups: CorrelationPair[];
  withParents: ParentCorrelation[];
  groups: GroupCoherence[];
  thresholds: StatThresholds & { collinear: number; negative: number };
}

export interface AuditOptions {
  thresholds?: Partial<StatThresholds>;
  /** COINr get_corr_flags defaults: 0.9 and −0.4. */
  collinear?: number;
  negative?: number;
}

/**
 * Statistical coherence of an index (JRC step 4): per-indicator statistics with flags on `statsData` (e.g. Raw),
 * correlations within each aggregate's children and of each node with its parent and the index, Cronbach's alpha
 * and PCA per aggregate, on `aggregated` (normalised indicators plus aggregates).
 */
export function audit(
  statsData: Dataset,
  aggregated: Dataset,
  framework: Framework,
  options: AuditOptions = {},
): Audit {
  const thresholds = {
    ...DEFAULT_STAT_THRESHOLDS,
    ...options.thresholds,
    collinear: options.collinear ?? 0.9,
    negative: options.negative ?? -0.4,
  };
  const stats = Object.entries(statsData.columns).map(([code, x]) => indicatorStats(code, x, thresholds));
  const children = childrenOf(framework);
  const col = (code: string) => {
    const c = aggregated.columns[code];
    if (!c) throw new Error(`audit: ${code} is not in the aggregated data`);
    return c;
  };
  const withinGroups: CorrelationPair[] = [];
  const groups: GroupCoherence[] = [];
  for (const node of framework.nodes.filter((n) => n.type === 'aggregate')) {
    const kids = children.get(node.code) ?? [];
    for (let i = 0; i < kids.length; i++)
      for (let j = i + 1; j < kids.length; j++) {
        const p = pearson(col(kids[i]!.code), col(kids[j]!.code));
        withinGroups.push({
          group: node.code,
          a: kids[i]!.code,
          b: kids[j]!.code,
          pearson: p,
          spearman: spearman(col(kids[i]!.code), col(kids[j]!.code)),
          flag: p > thresholds.collinear ? 'collinear' : p < thresholds.negative ? 'negative' : 'ok',
        });
      }
    const cols = kids.map((k) => col(k.code));
    groups.push({
      group: node.code,
      level: node.level,
      children: kids.map((k) => k.code),
      cronbachAlpha: cronbachAlpha(cols),
      pca: pca(cols),
    });
  }
  const top = framework.nodes.find((n) => n.level === maxLevel(framework))!;
  const withParents = framework.nodes
    .filter((n) => n.parent !== null)
    .map((n) => ({
      code: n.code,
      level: n.level,
      parent: n.parent,
      pearsonParent: pearson(col(n.code), col(n.parent!)),
      spearmanParent: spearman(col(n.code), col(n.parent!)),
      pearsonIndex: pearson(col(n.code), col(top.code)),
      spearmanIndex: spearman(col(n.code), col(top.code)),
    }));
  return { stats, withinGroups, withParents, groups, thresholds };
}
