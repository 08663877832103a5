import { kurtosis } from '../stats/kurtosis.js';
import { mean } from '../stats/mean.js';
import { median } from '../stats/median.js';
import { sd } from '../stats/sd.js';
import { skewness } from '../stats/skewness.js';

export interface StatThresholds {
  skew: number;
  kurtosis: number;
  availability: number;
  nonZero: number;
  unique: number;
}

/** COINr get_stats() defaults. */
export const DEFAULT_STAT_THRESHOLDS: StatThresholds = {
  skew: 2,
  kurtosis: 3.5,
  availability: 0.65,
  nonZero: 0.5,
  unique: 0.5,
};

export interface IndicatorStats {
  code: string;
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number;
  skew: number;
  kurtosis: number;
  available: number;
  nonZero: number;
  unique: number;
  same: number;
  fracAvailable: number;
  fracNonZero: number;
  fracUnique: number;
  /** COINr's flags: "LOW" below the thresholds, "OUT" for outliers by the skew-and-kurtosis rule, else "ok". */
  flagAvailability: 'ok' | 'LOW';
  flagNonZero: 'ok' | 'LOW';
  flagUnique: 'ok' | 'LOW';
  flagSkewKurtosis: 'ok' | 'OUT';
}

/** Statistics and data-quality flags of one column (COINr get_stats). */
export function indicatorStats(
  code: string,
  x: ArrayLike<number>,
  t: StatThresholds = DEFAULT_STAT_THRESHOLDS,
): IndicatorStats {
  const vals: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) vals.push(x[i]!);
  const n = x.length;
  const counts = new Map<number, number>();
  for (const v of vals) counts.set(v, (counts.get(v) ?? 0) + 1);
  const nonZero = vals.filter((v) => v !== 0).length;
  const sk = skewness(vals);
  const kt = kurtosis(vals);
  return {
    code,
    min: vals.length ? Math.min(...vals) : NaN,
    max: vals.length ? Math.max(...vals) : NaN,
    mean: mean(vals),
    median: median(vals),
    sd: sd(vals),
    skew: sk,
    kurtosis: kt,
    available: vals.length,
    nonZero,
    unique: counts.size,
    same: counts.size ? Math.max(...counts.values()) : 0,
    fracAvailable: vals.length / n,
    fracNonZero: nonZero / vals.length,
    fracUnique: counts.size / vals.length,
    flagAvailability: vals.length / n >= t.availability ? 'ok' : 'LOW',
    flagNonZero: nonZero / n >= t.nonZero ? 'ok' : 'LOW',
    flagUnique: counts.size / n >= t.unique ? 'ok' : 'LOW',
    flagSkewKurtosis: Math.abs(sk) > t.skew && kt > t.kurtosis ? 'OUT' : 'ok',
  };
}
