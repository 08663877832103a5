import type { AggregateMethod } from '../spec.js';

/** A value outside a mean's domain (e.g. zero in a geometric mean), with the row where it was met first. */
export class MeanDomainError extends RangeError {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

// Logarithms of columns that will be met again (columns are never modified): replications that share normalised
// indicators and differ in weights take their logs, and check for missing values, once.
const logs = new WeakMap<Float64Array, LoggedColumn>();

interface LoggedColumn {
  log: Float64Array;
  /** The first row whose value is not positive (the length if none). */
  bad: number;
  /** Whether no value is missing. */
  complete: boolean;
}

/** Natural log of every value, the first row whose value is not positive, and whether any value is missing. */
function logColumn(c: Float64Array): LoggedColumn {
  let v = logs.get(c);
  if (!v) {
    const log = new Float64Array(c.length);
    let bad = c.length;
    let complete = true;
    for (let i = 0; i < c.length; i++) {
      log[i] = Math.log(c[i]!);
      if (c[i]! <= 0 && i < bad) bad = i;
      if (c[i] !== c[i]) complete = false;
    }
    logs.set(c, (v = { log, bad, complete }));
  }
  return v;
}

/** Whether no value of the column is missing. */
function isComplete(c: Float64Array): boolean {
  for (let i = 0; i < c.length; i++) if (c[i] !== c[i]) return false;
  return true;
}

/**
 * Row-wise weighted means of aligned columns, computed column by column (no per-row arrays or calls); missing
 * values (NaN) drop out with their weights, and a row with none is NaN. As COINr's a_amean (Σ (wᵢ/Σw)·xᵢ),
 * a_gmean (exp(Σ wᵢ·log xᵢ / Σw), positive values only) and a_hmean, and the generalised (power) mean
 * (Σ wᵢxᵢᵖ / Σw)^(1/p): p = −1 harmonic, p → 0 geometric. Throws MeanDomainError naming the first row (in row,
 * then column order) holding a value the mean cannot take.
 * @example weightedMean([Float64Array.of(1, 1), Float64Array.of(3, NaN)], [1, 3], { method: 'arithmetic' }) // [2.5, 1]
 */
export function weightedMean(
  cols: Float64Array[],
  w: readonly number[],
  m: AggregateMethod,
  /** Per column: whether it will be met again (e.g. a memoised normalised indicator), so its logs are kept. */
  reused: readonly boolean[] = [],
  /** Where to write the means (a view into a block shared by many aggregates saves an allocation each). */
  s: Float64Array = new Float64Array(cols[0]?.length ?? 0),
): Float64Array {
  if (m.method === 'copeland') throw new Error('weightedMean: Copeland is not a mean');
  const n = cols[0]?.length ?? 0;
  const p =
    m.method === 'harmonic' ? -1 : m.method === 'generalised' ? m.p : m.method === 'geometric' ? 0 : 1;
  if (p === undefined) throw new Error('aggregate: the generalised mean needs "p"');
  if (m.method === 'arithmetic') return arithmeticMean(cols, w, s);
  // Σw of the available children per row; without a missing value it is the same Σw for every row, summed in the
  // same order, so one number serves.
  // The cached logs of the columns met again, for the geometric mean: looked up once per column.
  const logged = p === 0 ? cols.map((c, k) => (reused[k] ? logColumn(c) : null)) : [];
  let complete = true;
  for (let k = 0; k < cols.length && complete; k++) complete = logged[k]?.complete ?? isComplete(cols[k]!);
  let total = 0;
  for (let k = 0; k < cols.length; k++) total += w[k]!;
  const sw = complete ? null : new Float64Array(n);
  if (sw)
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k]!;
      const wk = w[k]!;
      for (let i = 0; i < n; i++) if (!Number.isNaN(c[i]!)) sw[i] = sw[i]! + wk;
    }
  s.fill(0);
  let badRow = n;
  let badValue = NaN;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k]!;
    const wk = w[k]!;
    const cached = logged[k];
    if (cached) {
      const { log, bad, complete: full } = cached;
      if (bad < badRow) [badRow, badValue] = [bad, c[bad]!];
      if (full) for (let i = 0; i < n; i++) s[i] = s[i]! + wk * log[i]!;
      else for (let i = 0; i < n; i++) if (!Number.isNaN(c[i]!)) s[i] = s[i]! + wk * log[i]!;
    } else if (p === 0)
      for (let i = 0; i < n; i++) {
        const v = c[i]!;
        if (Number.isNaN(v)) continue;
        if (v <= 0 && i < badRow) [badRow, badValue] = [i, v];
        s[i] = s[i]! + wk * Math.log(v);
      }
    else
      for (let i = 0; i < n; i++) {
        const v = c[i]!;
        if (Number.isNaN(v)) continue;
        if ((v < 0 || (v === 0 && p < 0)) && i < badRow) [badRow, badValue] = [i, v];
        s[i] = s[i]! + wk * v ** p;
      }
  }
  if (badRow < n)
    throw new MeanDomainError(
      p === 0
        ? `geometricMean: value ${badValue} is not positive; normalise onto a positive range such as [1, 100]`
        : `generalisedMean: value ${badValue} not allowed with p = ${p}`,
      badRow,
    );
  for (let i = 0; i < n; i++) {
    const wi = sw ? sw[i]! : total;
    s[i] = wi === 0 ? NaN : p === 0 ? Math.exp(s[i]! / wi) : (s[i]! / wi) ** (1 / p);
  }
  return s;
}

/**
 * The arithmetic mean Σ (wᵢ/Σw)·xᵢ over the available children, row by row: each row read once and written once
 * (column by column, every child's pass re-read and re-wrote the sums). A row without a missing child divides by
 * Σw of all children, summed in the same order as the per-row Σw, so every row gets the same bits either way.
 */
function arithmeticMean(cols: Float64Array[], w: readonly number[], s: Float64Array): Float64Array {
  const n = cols[0]?.length ?? 0;
  const K = cols.length;
  let total = 0;
  for (let k = 0; k < K; k++) total += w[k]!;
  // A plain array: a typed array of more than eight values has a buffer of its own, slow to allocate.
  const share: number[] = [];
  for (let k = 0; k < K; k++) share.push(w[k]! / total);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    let k = 0;
    for (; k < K; k++) {
      const v = cols[k]![i]!;
      if (v !== v) break;
      acc += share[k]! * v;
    }
    if (k === K) {
      s[i] = total === 0 ? NaN : acc;
      continue;
    }
    // A child is missing: its weight drops out of Σw for this row.
    let sw = 0;
    for (k = 0; k < K; k++) if (cols[k]![i] === cols[k]![i]) sw += w[k]!;
    acc = 0;
    for (k = 0; k < K; k++) {
      const v = cols[k]![i]!;
      if (v === v) acc += (w[k]! / sw) * v;
    }
    s[i] = sw === 0 ? NaN : acc;
  }
  return s;
}
