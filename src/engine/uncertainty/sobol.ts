import { mulberry32 } from '../random/mulberry32.js';

/**
 * Saltelli's design for N base points and k factors: matrices A and B of independent uniform points, and for each
 * factor i the matrix A_B(i) = A with column i taken from B. N·(k + 2) model runs in all, in the order
 * A, B, A_B(1), …, A_B(k).
 */
export function saltelliSample(
  n: number,
  k: number,
  seed: number,
): { points: Float64Array[]; n: number; k: number } {
  const rand = mulberry32(seed);
  const a = Array.from({ length: n }, () => Float64Array.from({ length: k }, () => rand()));
  const b = Array.from({ length: n }, () => Float64Array.from({ length: k }, () => rand()));
  const points = [...a, ...b];
  for (let i = 0; i < k; i++)
    for (let j = 0; j < n; j++) {
      const p = Float64Array.from(a[j]!);
      p[i] = b[j]![i]!;
      points.push(p);
    }
  return { points, n, k };
}

export interface SobolIndices {
  first: number[];
  total: number[];
  variance: number;
}

/**
 * First-order and total Sobol indices from the outputs of a Saltelli design, with Jansen's estimators:
 * Sᵢ = (V − ½·mean((f(B) − f(A_Bᵢ))²)) / V and STᵢ = ½·mean((f(A) − f(A_Bᵢ))²) / V, V the variance of f over A and B.
 * `rows` selects which base points to use (for the bootstrap).
 */
export function jansenIndices(
  y: ArrayLike<number>,
  n: number,
  k: number,
  rows?: ArrayLike<number>,
): SobolIndices {
  const idx = rows ?? Array.from({ length: n }, (_, j) => j);
  const m = idx.length;
  let s = 0;
  let s2 = 0;
  for (let t = 0; t < m; t++) {
    const j = idx[t]!;
    for (const v of [y[j]!, y[n + j]!]) {
      s += v;
      s2 += v * v;
    }
  }
  const mu = s / (2 * m);
  const variance = s2 / (2 * m) - mu * mu;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    let dB = 0;
    let dA = 0;
    for (let t = 0; t < m; t++) {
      const j = idx[t]!;
      const ab = y[(2 + i) * n + j]!;
      dB += (y[n + j]! - ab) ** 2;
      dA += (y[j]! - ab) ** 2;
    }
    first.push((variance - dB / (2 * m)) / variance);
    total.push(dA / (2 * m) / variance);
  }
  return { first, total, variance };
}

export interface SobolWithIntervals extends SobolIndices {
  firstCI: [number, number][];
  totalCI: [number, number][];
}

/** Jansen indices with percentile bootstrap confidence intervals (resampling base points; seeded). */
export function sobolWithBootstrap(
  y: ArrayLike<number>,
  n: number,
  k: number,
  options: { bootstrap: number; seed: number; level?: number },
): SobolWithIntervals {
  const est = jansenIndices(y, n, k);
  const rand = mulberry32(options.seed);
  const firsts: number[][] = Array.from({ length: k }, () => []);
  const totals: number[][] = Array.from({ length: k }, () => []);
  const rows = new Uint32Array(n);
  for (let b = 0; b < options.bootstrap; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(rand() * n);
    const r = jansenIndices(y, n, k, rows);
    for (let i = 0; i < k; i++) {
      firsts[i]!.push(r.first[i]!);
      totals[i]!.push(r.total[i]!);
    }
  }
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  const ci = (xs: number[]): [number, number] => {
    const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))] ?? NaN;
    return [q(alpha), q(1 - alpha)];
  };
  return { ...est, firstCI: firsts.map(ci), totalCI: totals.map(ci) };
}
