export interface CentralMoments {
  n: number;
  m2: number;
  m3: number;
  m4: number;
}

/**
 * Count and central moment sums (Σd², Σd³, Σd⁴ with d = x − mean) of the finite values, without allocating:
 * the basis of skewness and kurtosis, which run many times per winsorisation.
 * @example centralMoments([1, 2, 3]) // { n: 3, m2: 2, m3: 0, m4: 2 }
 */
export function centralMoments(x: ArrayLike<number>): CentralMoments {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      n++;
      s += v;
    }
  }
  return centralMomentsAbout(x, n, s);
}

/**
 * `centralMoments` when the count and sum of the finite values are already known (summed in index order, as
 * `centralMoments` does): the second pass only.
 */
export function centralMomentsAbout(x: ArrayLike<number>, n: number, s: number): CentralMoments {
  const mean = s / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) continue;
    const d = v - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, m2, m3, m4 };
}
