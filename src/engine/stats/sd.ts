import { mean } from './mean.js';

/**
 * Sample standard deviation (n − 1 denominator, as R's `sd`) of the finite values.
 * @example sd([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138…
 */
export function sd(x: ArrayLike<number>): number {
  const m = mean(x);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isFinite(v)) {
      ss += (v - m) ** 2;
      n++;
    }
  }
  return n < 2 ? NaN : Math.sqrt(ss / (n - 1));
}
