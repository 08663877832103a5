import type { Dataset } from '../dataset.js';
import { centralMoments, centralMomentsAbout, type CentralMoments } from '../stats/central-moments.js';
import { extent } from '../stats/extent.js';
import { kurtosisOf } from '../stats/kurtosis.js';
import { skewnessOf } from '../stats/skewness.js';
import { SpecError, type IndexSpec, type TreatMethod } from '../spec.js';

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
  return passes(centralMoments(x), p);
}

function passes(m: CentralMoments, p: Pick<Winsorise, 'skew' | 'kurtosis'>): boolean {
  return Math.abs(skewnessOf(m)) < p.skew || kurtosisOf(m) < p.kurtosis;
}

/** The two largest distinct values of sign·y at each end (−Infinity where there is none; NaN ignored). */
interface Extremes {
  hi: [ext: number, next: number];
  lo: [ext: number, next: number];
}

/** Fold v into [ext, next], the two largest distinct values seen so far. */
function topTwo(t: [number, number], v: number): void {
  if (v > t[0]) {
    t[1] = t[0];
    t[0] = v;
  } else if (v < t[0] && v > t[1]) t[1] = v;
}

function extremesOf(y: Float64Array): Extremes {
  const e: Extremes = { hi: [-Infinity, -Infinity], lo: [-Infinity, -Infinity] };
  for (let i = 0; i < y.length; i++) {
    topTwo(e.hi, y[i]!);
    topTwo(e.lo, -y[i]!);
  }
  return e;
}

/**
 * Replace every point equal to the maximum (sign 1) or minimum (sign −1) of `y` by the next distinct value, in
 * place. The same pass sums the finite values in index order (the first half of the central moments) and finds the
 * extremes of the result, so that a round of winsorisation reads the column twice, not four times.
 */
function pullExtreme(
  y: Float64Array,
  sign: 1 | -1,
  before: Extremes,
): { count: number; n: number; sum: number; after: Extremes } {
  const [ext, next] = sign === 1 ? before.hi : before.lo;
  const after: Extremes = { hi: [-Infinity, -Infinity], lo: [-Infinity, -Infinity] };
  let count = 0;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    if (sign * y[i]! === ext) {
      y[i] = sign * next;
      count++;
    }
    const v = y[i]!;
    if (Number.isFinite(v)) {
      n++;
      sum += v;
    }
    topTwo(after.hi, v);
    topTwo(after.lo, -v);
  }
  return { count, n, sum, after };
}

/**
 * COINr's winsorisation: while the rule fails and fewer than `winmax` points sit at the treated extreme,
 * replace the current maximum (or minimum, when skew is negative) — all tied points together — by the next value.
 * Points winsorised earlier tie with the new extreme, so the count at each extreme is that of its last round.
 */
export function winsorise(
  x: Float64Array,
  p: Winsorise,
  /** Where to write the winsorised values (a scratch column reused while winsorisation keeps failing). */
  y: Float64Array = new Float64Array(x.length),
): { x: Float64Array; nwin: number; moments: CentralMoments } {
  y.set(x);
  let atMax = 0;
  let atMin = 0;
  let m = centralMoments(y);
  // The extremes of the column as it stands: found once, then by each round's replacement pass.
  let extremes: Extremes | null = null;
  while (!passes(m, p) && atMax + atMin < p.winmax) {
    const sign = skewnessOf(m) >= 0 ? 1 : -1;
    extremes ??= extremesOf(y);
    const r = pullExtreme(y, sign, extremes);
    if (sign === 1) atMax = r.count;
    else atMin = r.count;
    extremes = r.after;
    m = centralMomentsAbout(y, r.n, r.sum);
  }
  return { x: y, nwin: atMax + atMin, moments: m };
}

/**
 * COINr's log_CT transform: log(x − min + 0.01·(max − min)).
 * @example logCT(new Float64Array([0, 10])) // [log(0.1), log(10.1)]
 */
export function logCT(x: Float64Array): Float64Array {
  const [min, max] = extent(x);
  const shift = -min + 0.01 * (max - min);
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = Math.log(x[i]! + shift);
  return y;
}

/** The points a winsorisation changed, with their values before and after. */
function changedPoints(x: Float64Array, y: Float64Array, units: string[]): TreatmentRecord['points'] {
  const points: TreatmentRecord['points'] = [];
  for (let i = 0; i < y.length; i++)
    if (y[i] !== x[i] && !Number.isNaN(x[i]!))
      points.push({ unit: units[i]!, kind: y[i]! < x[i]! ? 'winhi' : 'winlo', before: x[i]!, after: y[i]! });
  return points;
}

function treatColumn(
  code: string,
  x: Float64Array,
  units: string[],
  p: TreatMethod,
  /** Scratch for winsorisation: used as the result only when winsorisation is kept, else free for the next column. */
  scratch: () => Float64Array,
): { x: Float64Array; record: TreatmentRecord } {
  const before = centralMoments(x);
  const skewBefore = skewnessOf(before);
  const kurtosisBefore = kurtosisOf(before);
  const done = (
    y: Float64Array,
    action: TreatmentRecord['action'],
    winsorised = 0,
    moments?: CentralMoments,
  ) => {
    const after = y === x ? before : (moments ?? centralMoments(y));
    return {
      x: y,
      record: {
        indicator: code,
        skewBefore,
        kurtosisBefore,
        action,
        winsorised,
        skewAfter: skewnessOf(after),
        kurtosisAfter: kurtosisOf(after),
        points: action === 'winsorise' || action === 'failed' ? changedPoints(x, y, units) : [],
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
    const y = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) y[i] = Math.log(x[i]! + p.offset);
    return done(y, 'log');
  }
  // Skewness needs 3 values and kurtosis 4: with fewer the indicator is left as it is, and the record says so.
  if (Number.isNaN(kurtosisBefore)) return done(x, 'skipped');
  if (passes(before, p)) return done(x, 'none');
  const w = winsorise(x, p, scratch());
  if (passes(w.moments, p)) return done(w.x, 'winsorise', w.nwin, w.moments);
  // As COINr (combine_treat = FALSE): the fallback applies to the original values, not the winsorised ones.
  if (p.fallback === 'log_ct') return done(logCT(x), 'log_ct');
  return done(w.x, 'failed', w.nwin, w.moments);
}

/**
 * Treat outliers indicator by indicator (JRC rule, winsorisation, then log_CT), with per-indicator overrides.
 */
/** No more points can be winsorised than there are units: a larger winmax is a mistake in the spec, not a cap. */
function checkWinmax(spec: IndexSpec['treat'], units: number): void {
  const rules: [string, TreatMethod][] = [
    ['treat', spec],
    ...Object.entries(spec.overrides ?? {}).map(([code, p]): [string, TreatMethod] => [
      `treat.overrides.${code}`,
      p,
    ]),
  ];
  const issues = rules.flatMap(([path, p]) =>
    p.method === 'winsorise' && p.winmax > units
      ? [
          {
            path: `${path}.winmax`,
            message: `${p.winmax} is more than the number of units (${units}); at most ${units}`,
          },
        ]
      : [],
  );
  if (issues.length) throw new SpecError(issues);
}

export function treat(
  data: Dataset,
  spec: IndexSpec['treat'],
): { data: Dataset; records: TreatmentRecord[] } {
  checkWinmax(spec, data.units.length);
  const columns: Record<string, Float64Array> = {};
  const records: TreatmentRecord[] = [];
  // A column winsorised in vain (log_CT then applies to the original values) leaves its buffer to the next one.
  let free: Float64Array | null = null;
  const scratch = () => (free ??= new Float64Array(data.units.length));
  for (const [code, x] of Object.entries(data.columns)) {
    const p = spec.overrides?.[code] ?? spec;
    const r = treatColumn(code, x, data.units, p, scratch);
    if (r.x === free) free = null;
    columns[code] = r.x;
    records.push(r.record);
  }
  return { data: { units: data.units, columns }, records };
}
