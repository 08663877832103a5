import { UsageError } from './output.js';

/**
 * A whole-number option (--runs, --seed, --sobol…) written in digits, at least `min` and at most `max`, else a
 * usage error (exit 2). Past 2^53 JavaScript numbers round, so such a seed would silently become another one.
 */
export function wholeNumberOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value ?? '') || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name}: expected a whole number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? '2^53 − 1' : max}, got ${JSON.stringify(value)}`,
    );
  return n;
}
