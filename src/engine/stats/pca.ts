import { pearson } from './pearson.js';
import { symmetricEigen } from './symmetric-eigen.js';

export interface PcaResult {
  /** Complete rows used. */
  n: number;
  /** Eigenvalues of the correlation matrix (variances of the standardised components). */
  eigenvalues: number[];
  /** Share of total variance explained by each component. */
  explained: number[];
  /** loadings[c][j]: weight of variable j in component c (unit-length eigenvectors, as prcomp's rotation). */
  loadings: number[][];
}

/**
 * Principal components of standardised variables (correlation matrix) on complete cases, as R's
 * prcomp(scale. = TRUE). Signs follow symmetricEigen's convention.
 */
export function pca(columns: ArrayLike<number>[]): PcaResult {
  const n0 = columns[0]?.length ?? 0;
  const rows: number[] = [];
  for (let i = 0; i < n0; i++) if (columns.every((c) => Number.isFinite(c[i]!))) rows.push(i);
  const cols = columns.map((c) => rows.map((i) => c[i]!));
  const k = cols.length;
  const r = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : pearson(cols[i]!, cols[j]!))),
  );
  const { values, vectors } = symmetricEigen(r);
  const total = values.reduce((a, b) => a + b, 0);
  return { n: rows.length, eigenvalues: values, explained: values.map((v) => v / total), loadings: vectors };
}
