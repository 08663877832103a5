import { mapColumn, type Dataset } from '../dataset.js';
import { extent } from '../stats/extent.js';
import { kurtosis } from '../stats/kurtosis.js';
import { skewness } from '../stats/skewness.js';
import type { IndexSpec, TreatMethod } from '../spec.js';

/** What happened to one indicator, with the statistics that decided it. */
export interface TreatmentRecord {
  indicator: string;
  skewBefore: number;
  kurtosisBefore: number;
  /**
   * none: passed the rule as is; winsorise: fixed by winsorisation; log_ct: winsorisation failed, log applied;
   * log: log(x + offset) chosen in the spec for this indicator.
   */
  action: 'none' | 'winsorise' | 'log_ct' | 'log' | 'failed' | 'skipped';
  /** Points at the winsorised extreme after the last step, as COINr counts them. */
  winsorised: number;
  skewAfter: number;
  kurtosisAfter: number;
  /** Units whose value changed, and how. */
  points: { unit: string; kind: 'winhi' | 'winlo' | 'log_ct'; before: number; after: number }[];
}

type Winsorise = Extract<TreatMethod, { method: 'winsorise' }>;

/** The JRC rule: an indicator needs treatment when |skewness| ≥ skew AND kurtosis ≥ kurtosis threshold. */
export function passesSkewKurtosis(x: ArrayLike<number>, p: Pick<Winsorise, 'skew' | 'kurtosis'>): boolean {
  return Math.abs(skewness(x)) < p.skew || kurtosis(x) < p.kurtosis;
}

/**
 * COINr's winsorisation: while the rule fails and fewer than `winmax` points sit at the treated extreme,
 * replace the current maximum (or minimum, when skew is negative) — all tied points together — by the next value.
 */
export function winsorise(x: Float64Array, p: Winsorise): { x: Float64Array; nwin: number } {
  const y = Float64Array.from(x);
  let imax: number[] = [];
  let imin: number[] = [];
  let nwin = 0;
  let passing = passesSkewKurtosis(y, p);
  while (!passing && nwin < p.winmax) {
    if (skewness(y) >= 0) {
      let max = -Infinity;
      for (const v of y) if (v > max) max = v;
      imax = [];
      let next = -Infinity;
      for (let i = 0; i < y.length; i++) {
        if (y[i] === max) imax.push(i);
        else if (y[i]! > next) next = y[i]!;
      }
      for (const i of imax) y[i] = next;
    } else {
      let min = Infinity;
      for (const v of y) if (v < min) min = v;
      imin = [];
      let next = Infinity;
      for (let i = 0; i < y.length; i++) {
        if (y[i] === min) imin.push(i);
        else if (y[i]! < next) next = y[i]!;
      }
      for (const i of imin) y[i] = next;
    }
    nwin = imax.length + imin.length;
    passing = passesSkewKurtosis(y, p);
  }
  return { x: y, nwin };
}

/**
 * COINr's log_CT transform: log(x − min + 0.01·(max − min)).
 * @example logCT(new Float64Array([0, 10])) // [log(0.1), log(10.1)]
 */
export function logCT(x: Float64Array): Float64Array {
  const [min, max] = extent(x);
  return mapColumn(x, (v) => Math.log(v - min + 0.01 * (max - min)));
}

function treatColumn(
  code: string,
  x: Float64Array,
  units: string[],
  p: TreatMethod,
): { x: Float64Array; record: TreatmentRecord } {
  const skewBefore = skewness(x);
  const kurtosisBefore = kurtosis(x);
  const base = {
    indicator: code,
    skewBefore,
    kurtosisBefore,
    winsorised: 0,
    points: [] as TreatmentRecord['points'],
  };
  const done = (y: Float64Array, action: TreatmentRecord['action'], winsorised = 0) => {
    const points: TreatmentRecord['points'] = [];
    for (let i = 0; i < y.length; i++)
      if (!Object.is(y[i], x[i]) && !(Number.isNaN(y[i]!) && Number.isNaN(x[i]!)))
        points.push({
          unit: units[i]!,
          kind: action === 'log_ct' || action === 'log' ? 'log_ct' : y[i]! < x[i]! ? 'winhi' : 'winlo',
          before: x[i]!,
          after: y[i]!,
        });
    return {
      x: y,
      record: {
        ...base,
        action,
        winsorised,
        skewAfter: skewness(y),
        kurtosisAfter: kurtosis(y),
        points: action === 'log_ct' || action === 'log' ? [] : points,
      },
    };
  };
  if (p.method === 'none') return done(x, 'none');
  if (p.method === 'log') {
    const min = extent(x)[0];
    if (min + p.offset <= 0)
      throw new RangeError(
        `treat: ${code} has a value ${min}, so log(x + ${p.offset}) is undefined; expected values above ${-p.offset}`,
      );
    return done(
      mapColumn(x, (v) => Math.log(v + p.offset)),
      'log',
    );
  }
  // Skewness needs 3 values and kurtosis 4: with fewer the indicator is left as it is, and the record says so.
  if (Number.isNaN(kurtosisBefore)) return done(x, 'skipped');
  if (passesSkewKurtosis(x, p)) return done(x, 'none');
  const w = winsorise(x, p);
  if (passesSkewKurtosis(w.x, p)) return done(w.x, 'winsorise', w.nwin);
  // As COINr (combine_treat = FALSE): the fallback applies to the original values, not the winsorised ones.
  if (p.fallback === 'log_ct') return done(logCT(x), 'log_ct');
  return done(w.x, 'failed', w.nwin);
}

/**
 * Treat outliers indicator by indicator (JRC rule, winsorisation, then log_CT), with per-indicator overrides.
 */
export function treat(
  data: Dataset,
  spec: IndexSpec['treat'],
): { data: Dataset; records: TreatmentRecord[] } {
  const columns: Record<string, Float64Array> = {};
  const records: TreatmentRecord[] = [];
  for (const [code, x] of Object.entries(data.columns)) {
    const p = spec.overrides?.[code] ?? spec;
    const r = treatColumn(code, x, data.units, p);
    columns[code] = r.x;
    records.push(r.record);
  }
  return { data: { units: data.units, columns }, records };
}
